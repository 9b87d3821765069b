"""Details are read right on invitations written and labelled by someone who never saw the extractor.

tests/data/details_holdout.jsonl holds 60 such messages (bench/details_quality.py prints the table). The
floors sit a little under what the extractor reaches today, so a change that breaks a field fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.errors import ParseError
from kindly.understand.details_eval import labelled_messages, same, score_details
from kindly.understand.extract import Details, extract

HOLDOUT = Path(__file__).parent / "data" / "details_holdout.jsonl"
# A second set, written later by another blind writer around the people named and the form of the meeting,
# and scored only once the rules stood: what the first set's rules carry over to (attendees 0.35 then; the
# given-names finder was later refined on this set too).
HOLDOUT_2 = Path(__file__).parent / "data" / "details_holdout_2.jsonl"
FLOORS_2 = {
    "sender_name": 0.9,
    "organisation": 0.8,
    "role": 0.75,
    "format": 0.8,
    "when": 0.88,
    "duration": 0.9,
    "place": 0.75,
    "service_category": 0.9,
    "event_name": 0.65,
    "cost": 0.9,
    "attendees": 0.9,
}
# A third set by a third blind writer (50 invitations, harder on names: initials, accents, first names alone,
# venues and firms named like people). Scored once blind (attendees 0.36 with the phrasing rules, 0.68 with
# the first given-names version); the finder was then refined on it, so its attendees floor is no longer blind.
HOLDOUT_3 = Path(__file__).parent / "data" / "details_holdout_3.jsonl"
FLOORS_3 = {
    "sender_name": 0.95,
    "organisation": 0.7,
    "role": 0.8,
    "format": 0.6,  # the writer names the kind of event ("reception", "conference") where we say "event"
    "when": 0.75,
    "duration": 0.85,
    "place": 0.7,
    "service_category": 0.75,
    "event_name": 0.7,
    "cost": 0.9,
    "attendees": 0.9,
}
FLOORS = {  # the first set, on which the rules were worked out
    "sender_name": 0.95,
    "organisation": 0.88,
    "role": 0.9,
    "format": 0.85,
    "when": 0.9,
    "duration": 0.95,
    "place": 0.75,
    "service_category": 0.93,
    "event_name": 0.85,
    "cost": 0.95,
    "attendees": 0.9,
}


# A fourth blind writer, labelling only the sender, the event's name and who takes part, with traps: people
# named who will not be there (on leave, withdrawn, a referrer, a former partner), venues, firms and awards
# named after people. Scored once blind (attendees 0.45, event name 0.75; 0.30 and 0.75 before the given-names
# finder), then used to refine it (attendees 0.65; 0.80 in the fifth session: absent people set off by commas,
# referrers in the passive, apostrophe names, a name the list lacks introduced as someone).
HOLDOUT_4 = Path(__file__).parent / "data" / "details_holdout_4.jsonl"
FLOORS_4 = {"sender_name": 0.95, "event_name": 0.7, "attendees": 0.75}
# A fifth blind writer, ordinary mail rather than traps (speaker lists, "my colleague Sam", friends by first
# name, 2001 memos whose quoted history names people who are not invited). Scored once, after all the rules
# stood: attendees 0.93 (0.45 with the phrasing rules), event name 0.85 (0.75). Its misses were looked at
# after the finder's review, so it is no longer blind.
HOLDOUT_5 = Path(__file__).parent / "data" / "details_holdout_5.jsonl"
FLOORS_5 = {"sender_name": 0.95, "event_name": 0.8, "attendees": 0.85}
# A sixth blind writer, all fields, everyday mail ("When:/Where:" blocks, cafés named by their street, dial-ins).
# Scored once blind with this session's rules: attendees 0.88, event name 0.88, place 0.55, organisation 0.80,
# role 0.82, format 0.82, when 0.90 (place 0.45 and attendees 0.65 with the session's first rules). Then used to
# refine place and role (place 0.80: the writer counts Zoom or Teams as a place, the other writers do not).
HOLDOUT_6 = Path(__file__).parent / "data" / "details_holdout_6.jsonl"
FLOORS_6 = {
    "sender_name": 0.95,
    "organisation": 0.75,
    "role": 0.8,
    "format": 0.9,
    "when": 0.85,
    "duration": 0.9,
    "place": 0.7,
    "service_category": 0.75,
    "event_name": 0.8,
    "cost": 0.9,
    "attendees": 0.8,
}

# A seventh blind writer (sixth session), all fields, 40 invitations asked to include speaking stages, assistants
# who only schedule and names written family name first. Scored once blind with that session's rules: format
# 0.97, attendees 0.80 (0.80 and 0.75 with the session's first commit), organisation 0.65, role 0.80, when 0.75,
# place 0.75, event name 0.72.
HOLDOUT_7 = Path(__file__).parent / "data" / "details_holdout_7.jsonl"
FLOORS_7 = {
    "sender_name": 0.95,
    "organisation": 0.6,
    "role": 0.75,
    "format": 0.9,
    "when": 0.7,
    "duration": 0.9,
    "place": 0.7,
    "service_category": 0.9,
    "event_name": 0.65,
    "cost": 0.9,
    "attendees": 0.75,
}

# An eighth blind writer (sixth session), all fields, 40 invitations in the writer's own choice of forms and
# traps, nothing asked for. Scored once blind at the end of that session's details work: organisation 0.95,
# role 0.88, format 0.93, when 0.85, place 0.85, service 0.82, event name 0.70, cost 0.93, attendees 0.82
# (with the session's first commit: 0.88, 0.85, 0.72, 0.75, 0.85, 0.82, 0.65, 0.93, 0.80).
HOLDOUT_8 = Path(__file__).parent / "data" / "details_holdout_8.jsonl"
FLOORS_8 = {
    "sender_name": 0.95,
    "organisation": 0.9,
    "role": 0.8,
    "format": 0.88,
    "when": 0.8,
    "duration": 0.95,
    "place": 0.8,
    "service_category": 0.75,
    "event_name": 0.65,
    "cost": 0.88,
    "attendees": 0.75,
}

# A ninth blind writer (end of the sixth session), 40 invitations as real mail writes them (buried asks, HTML
# leftovers, replies and forwards, non-native writers). Scored once, at the end, and left blind: organisation
# 0.78, role 0.78, format 0.95, when 0.82, place 0.88, service 0.95, event name 0.85, cost 0.93, attendees 0.82
# (with the session's first commit: 0.75, 0.78, 0.78, 0.72, 0.88, 0.93, 0.80, 0.93, 0.78).
HOLDOUT_9 = Path(__file__).parent / "data" / "details_holdout_9.jsonl"
FLOORS_9 = {
    "sender_name": 0.95,
    "organisation": 0.72,
    "role": 0.72,
    "format": 0.9,
    "when": 0.75,
    "duration": 0.95,
    "place": 0.82,
    "service_category": 0.9,
    "event_name": 0.78,
    "cost": 0.88,
    "attendees": 0.75,
}

# A tenth blind writer (eighth session), 30 invitations as real mail comes (threads, forwards whose details
# are only in the forwarded mail, a course code, signatures with "|"), with traps. Scored once blind:
# organisation 0.83, role 0.83, format 0.80, when 0.83, place 0.87, service 0.87, event name 0.90, cost 0.93,
# attendees 0.77; then used to refine the rules (0.87, 0.93, 0.83, 0.83, 0.87, 0.87, 1.00, 0.93, 0.87).
HOLDOUT_10 = Path(__file__).parent / "data" / "details_holdout_10.jsonl"
FLOORS_10 = {
    "sender_name": 0.95,
    "organisation": 0.8,
    "role": 0.85,
    "format": 0.78,
    "when": 0.78,
    "duration": 0.9,
    "place": 0.8,
    "service_category": 0.8,
    "event_name": 0.9,
    "cost": 0.88,
    "attendees": 0.8,
}


@pytest.mark.parametrize(
    ("path", "count", "floors"),
    [
        (HOLDOUT, 60, FLOORS),
        (HOLDOUT_2, 40, FLOORS_2),
        (HOLDOUT_3, 50, FLOORS_3),
        (HOLDOUT_4, 40, FLOORS_4),
        (HOLDOUT_5, 40, FLOORS_5),
        (HOLDOUT_6, 40, FLOORS_6),
        (HOLDOUT_7, 40, FLOORS_7),
        (HOLDOUT_8, 40, FLOORS_8),
        (HOLDOUT_9, 40, FLOORS_9),
        (HOLDOUT_10, 30, FLOORS_10),
    ],
)
def test_every_field_is_read_right_on_most_labelled_invitations(
    path: Path, count: int, floors: dict[str, float]
) -> None:
    rows = labelled_messages(path.read_text(encoding="utf-8").splitlines())
    assert len(rows) == count
    scores = {s.field: s for s in score_details([(extract(m, intent), expect) for m, intent, expect in rows])}
    below = {f: round(scores[f].accuracy, 2) for f, floor in floors.items() if scores[f].accuracy < floor}
    assert not below, f"fields below their floor: {below}"
    # Left empty rather than guessed: few values where the writer saw none.
    assert sum(s.guessed for s in scores.values()) <= 10


@pytest.mark.parametrize(
    ("extracted", "label", "right"),
    [
        ("next Tuesday", "next Tuesday at 10am", True),  # the same day, less precisely
        ("The Hoxton Hotel", "the Hoxton Hotel", True),
        ("Tuesday", "Tuesday, March 11, 6-8pm", False),  # too little of it
        ("", "", True),
        ("Portland", "", False),  # a guess
        ("", "Besaw's", False),
    ],
)
def test_a_value_is_right_when_it_names_the_same_thing(extracted: str, label: str, right: bool) -> None:
    assert same(extracted, label) is right


def test_guesses_and_misses_are_counted_apart() -> None:
    [score] = [s for s in score_details([(Details(place="Portland"), {"place": ""})]) if s.field == "place"]
    assert (score.right, score.guessed, score.missed) == (0, 1, 0)


def test_a_row_without_labels_is_named() -> None:
    with pytest.raises(ParseError, match="line 2"):
        labelled_messages(['{"body": "x", "expect": {"intent": "coffee_chat"}}', '{"body": "no labels"}'])
