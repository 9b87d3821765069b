"""The understanding step: the shipped model, how it is stored, and what it answers."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from kindly.errors import ModelError
from kindly.model import Intent
from kindly.understand.classify import (
    MODEL_PATH,
    Classifier,
    Text,
    introduced_connection_request,
    load_shipped_model,
)
from kindly.understand.features import model_text
from kindly.understand.linear import LinearTextModel
from kindly.understand.train import fit
from kindly.understand.training_data import Example, data_fingerprint, features_fingerprint, read_examples
from support import REPO, SHARED, Kindly

DATA = REPO / "data" / "intents"


def test_the_shipped_model_was_trained_on_the_training_data_as_it_is_now() -> None:
    """Fails when data/intents, the cues or the text features changed without `make model` (a stale model
    would ship)."""
    model = load_shipped_model()
    assert model.metadata["data_sha256"] == data_fingerprint(DATA)
    assert model.metadata["features_sha256"] == features_fingerprint()
    assert model.metadata["version"].startswith("intent-")
    assert set(model.heads["intent"].classes) == {i.value for i in Intent}


def test_training_data_covers_every_intent_with_many_examples() -> None:
    examples = read_examples(DATA)
    counts: dict[str, int] = {}
    for example in examples:
        counts[example.intent] = counts.get(example.intent, 0) + 1
    assert set(counts) == {i.value for i in Intent}
    assert min(counts.values()) >= 100, counts


def tiny_model() -> LinearTextModel:
    examples = [
        Example("coffee?", "Would you like to grab coffee next week?", "coffee_chat", False),
        Example("coffee", "Coffee on Tuesday to talk about pricing?", "coffee_chat", True),
        Example("invoice", "Your invoice is attached.", "none", None),
        Example("receipt", "Thanks for your payment, receipt attached.", "none", None),
    ]
    return fit(examples, {"version": "tiny"})


def test_a_model_file_round_trips_and_is_written_atomically(tmp_path: Path) -> None:
    model = tiny_model()
    path = tmp_path / "models" / "intent.npz"
    model.save(path)
    assert [p.name for p in path.parent.iterdir()] == ["intent.npz"]  # no temporary file left behind
    loaded = LinearTextModel.load(path)
    texts = ["coffee next week?", "invoice attached"]
    assert np.allclose(
        loaded.predict("intent", loaded.features(texts)),
        model.predict("intent", model.features(texts)),
        atol=1e-5,
    )
    with np.load(path, allow_pickle=False) as data:  # plain arrays: loads without pickle
        assert "terms" in data


def test_a_missing_or_broken_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="missing"):
        LinearTextModel.load(tmp_path / "nope.npz")
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="unreadable"):
        LinearTextModel.load(broken)


def test_quoted_history_does_not_decide_the_intent() -> None:
    classifier = Classifier()
    reply = (
        "Thanks, received - all good on our side.\n\n"
        "-----Original Message-----\nFrom: Sam\nSent: Monday\nTo: Dana\nSubject: coffee\n\n"
        "Would you like to grab coffee next week to catch up?"
    )
    [understanding] = classifier.understand([Text.from_body("RE: coffee", reply)])
    assert understanding.intent is Intent.NONE


def test_a_short_reply_accepts_what_it_quotes_and_asks_nothing() -> None:
    # Under a "Re:" subject a few words answer the quoted invitation; only a forward is read for what it quotes.
    reply = (
        "count me in!!\n\n-----Original Message-----\nFrom: Sherry Vail\nSent: Wednesday\nTo: Amy\n"
        "Subject: Friday lunch for Jenny\n\nWe're taking Jenny to lunch at Casa Olmos at 11:45 on Friday. "
        "Let me know if you can come so I can get a headcount."
    )
    [understanding] = Classifier().understand([Text.from_body("Re: Friday lunch for Jenny", reply)])
    assert understanding.intent is Intent.NONE


FORWARDED_INVITATION = (
    "\n---------------------- Forwarded by Mark Feeley/HOU/Westvale on 09/05/2000 10:14 AM -----------\n\n"
    "You are invited to the Southwest Energy Bar Association fall meeting and reception, October 12 at the\n"
    "Houston Club, 5:30 pm. Please register by October 1; members and guests welcome."
)


@pytest.mark.parametrize("note", ["FYI", "fyi -", "See below.", "For your records"])
def test_a_forward_passed_on_for_information_asks_nothing(note: str) -> None:
    [understanding] = Classifier().understand(
        [Text.from_body("FW: SWEBA Fall Meeting", note + FORWARDED_INVITATION)], explain=True
    )
    assert understanding.intent is Intent.NONE and not understanding.is_invitation
    assert understanding.confidence == 0.9 and understanding.intent_scores == {}
    assert understanding.evidence[0] == f'forwarded with only "{note}": nothing is asked'


def test_a_forward_with_a_question_of_its_own_is_read_for_what_it_forwards() -> None:
    [understanding] = Classifier().understand(
        [Text.from_body("FW: SWEBA Fall Meeting", "want to go?" + FORWARDED_INVITATION)]
    )
    assert understanding.intent is Intent.EVENT_INVITATION


def test_evidence_names_the_terms_behind_the_intent() -> None:
    [understanding] = Classifier().understand(
        [
            Text.from_body(
                "Speaker invitation", "Would you speak on our panel about pricing at the conference?"
            )
        ],
        explain=True,
    )
    assert understanding.intent is Intent.SPEAKING_INVITATION
    assert understanding.evidence[0].startswith("intent speaking_invitation:")
    assert understanding.purpose_clear is True


def test_model_path_is_inside_the_package() -> None:
    assert MODEL_PATH.exists() and "kindly" in MODEL_PATH.parts


def test_eval_prints_every_metric_for_a_labelled_file(kindly: Kindly, tmp_path: Path) -> None:
    rows = [
        {
            "subject": "Coffee?",
            "body": "Would you like to grab coffee next week and catch up?",
            "intent": "coffee_chat",
            "is_invitation": True,
            "purpose_clear": "no",
        },
        {
            "subject": "Invoice",
            "body": "Your invoice for October is attached.",
            "intent": "none",
            "is_invitation": False,
            "purpose_clear": None,
        },
    ]
    labelled = tmp_path / "labelled.jsonl"
    labelled.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n")
    result = kindly("eval", str(labelled))
    assert result.exit_code == 0, result.output
    for part in (
        "precision",
        "recall",
        "intent accuracy",
        "macro-F1",
        "invitation F1",
        "purpose accuracy",
        "Confusion",
        "skipped",
    ):
        assert part in result.output


@pytest.mark.eval
def test_scores_on_the_shared_dev_set(kindly: Kindly) -> None:
    """Evaluation only: reads ../shared/eval/dev.jsonl, never trains on it. Prints the numbers."""
    dev = SHARED / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip(f"evaluation set not found at {dev}")
    result = kindly("eval", str(dev))
    assert result.exit_code == 0
    print(result.stdout)


def _blind_scores(name: str) -> tuple[int, int, int]:
    """(rows, intents right, invitation-or-not right) of tests/data/NAME, read as `kindly eval` reads it."""
    text = (REPO / "tests" / "data" / name).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    found = Classifier().understand([Text.from_body(r["subject"], r["body"]) for r in rows])
    right = sum(u.intent.value == r["intent"] for u, r in zip(found, rows, strict=True))
    invitation_right = sum(u.is_invitation == r["is_invitation"] for u, r in zip(found, rows, strict=True))
    return len(rows), right, invitation_right


def test_todays_mail_written_blind_is_understood() -> None:
    """tests/data/intent_modern_blind.jsonl: 100 messages of a 2024-2026 inbox (45 non-invitations, every intent)
    written and labelled from the guide by a helper who never saw the model or its data. Scored once: accuracy
    0.96, invitation F1 0.964, purpose 0.945. (The corporate mail of 1999-2002 in ../shared/eval is harder.)"""
    rows, right, invitation_right = _blind_scores("intent_modern_blind.jsonl")
    assert rows == 100
    assert right >= 92
    assert invitation_right >= 93


def test_a_money_professionals_mail_written_blind_is_understood() -> None:
    """tests/data/intent_money_blind.jsonl: 100 messages to a bookkeeper, a fractional CFO, a financial planner
    and a tax accountant (30 non-invitations; clients who talk of cash flow and payroll, peers, lenders and
    vendors who pitch), written and labelled from the guide by a helper who never saw the model or its data.
    Scored before and after the examples of money talk that is not selling were added (by other helpers, who
    never saw this set): accuracy 0.92 -> 0.94, invitation F1 0.971 -> 0.979."""
    rows, right, invitation_right = _blind_scores("intent_money_blind.jsonl")
    assert rows == 100
    assert right >= 91
    assert invitation_right >= 95


def test_a_founders_mail_is_understood() -> None:
    """tests/data/intent_founder_blind.jsonl: 120 messages to founders (54 non-invitations): recruiters and
    their nudges, investors, mentors offering help, colleagues' forwards with a note, written and labelled
    from the guide by a helper who never saw the model or its data. Scored blind: accuracy 0.858. Then
    data/intents/founder_boundaries.jsonl, written by another helper who never saw this set: 0.875. Its errors
    were then read (so it no longer measures what carries over): a forward whose note opens "FYI" and asks
    nothing is the guide's forwarded news (0.883)."""
    rows, right, invitation_right = _blind_scores("intent_founder_blind.jsonl")
    assert rows == 120
    assert right >= 104
    assert invitation_right >= 114


@pytest.mark.parametrize(("name", "intents", "invitations"), [("a", 90, 94), ("b", 93, 97)])
def test_corporate_mail_of_1999_2002_written_blind_is_understood(
    name: str, intents: int, invitations: int
) -> None:
    """tests/data/intent_era_blind_{a,b}.jsonl: 100 messages each in the voice of 1999-2002 corporate mail
    (terse notes, Lotus Notes forwards, minutes, reminders, spam), written and labelled from the guide by two
    helpers who never saw the model, its data or ../shared/eval. Scored once: accuracy 0.93 and 0.95,
    invitation F1 0.959 and 0.979 (0.96 and 0.989 on the second once a forward with only "FYI" asked
    nothing). Real mail of that kind (../shared/eval/dev.jsonl) scores 0.76: the gap is what real mail has
    and written mail lacks, not the era's voice."""
    rows, right, invitation_right = _blind_scores(f"intent_era_blind_{name}.jsonl")
    assert rows == 100
    assert right >= intents
    assert invitation_right >= invitations


def test_blanks_run_together_by_a_mail_tool_do_not_hide_a_cue() -> None:
    # "would  you" where wrapped lines were joined reads as "would you"
    assert (
        model_text("Lunch", "Would  you be\tfree for lunch?").split("\n")[-1]
        == model_text("Lunch", "Would you be free for lunch?").split("\n")[-1]
    )
    assert "zzcuemeetrequest" in model_text("", "Are  you  free for a call?")


@pytest.mark.parametrize(("name", "intents", "invitations"), [("a", 108, 112), ("b", 108, 112)])
def test_long_corporate_mail_that_only_looks_like_invitations_is_understood(
    name: str, intents: int, invitations: int
) -> None:
    """tests/data/intent_hard_blind_{a,b}.jsonl: 120 messages each, long 1999-2002 corporate mail hard-wrapped
    without blank lines (as the real mail of ../shared/eval is), 55% non-invitations chosen to look like
    invitations (bulletins listing events, itineraries, mandatory town halls, acceptances, work notes that
    mention calls), written and labelled from the guide by two helpers who never saw the model or its data.
    Scored blind: accuracy 0.908 and 0.908. Set b's errors were then read (bulletins and calendars taken for
    event invitations, an itinerary, an acceptance of a panel) and a third helper, who never saw either set,
    wrote 180 examples of those kinds and their contrasts (data/intents/era_bulletins_replies.jsonl): 0.917 and
    0.925, so only set a still measures what carries over."""
    rows, right, invitation_right = _blind_scores(f"intent_hard_blind_{name}.jsonl")
    assert rows == 120
    assert right >= intents
    assert invitation_right >= invitations


def test_the_readers_own_past_talk_is_how_the_sender_knows_them_not_a_request_to_speak() -> None:
    connect = "I run Little Owl Animation and heard you speak at the CEN mixer last spring. Would be great to connect."
    assert "zzcuepastappearance" in model_text("", connect)
    assert "zzcuespeak" not in model_text("", connect)
    again = "Loved your talk on pricing at Design Week! Would you speak at our meetup in May?"
    assert "zzcuespeak" in model_text("", again)
    [found] = Classifier().understand([Text.from_body("", connect)])
    assert found.intent is Intent.COFFEE_CHAT


FORWARDED_PANEL = (
    "---------- Forwarded message ---------\nFrom: James Porter <james@fintechsummit.example>\n"
    "Date: Mon, Nov 23, 2026 at 9:00 AM\nSubject: Panel on trust in digital banking\nTo: Emma <emma@clarke.example>\n\n"
    'Dear Emma,\n\nWe\'re putting together a panel on "Designing trust in digital banking" at the Fintech Experience '
    "Summit, London, on Wednesday 17 February 2027. Panellists receive a £500 honorarium and travel expenses.\n"
    "Would you, or a researcher you'd recommend, like to take part?\n\nJames Porter\nProgramme Lead"
)


def test_a_forward_whose_short_note_leaves_the_model_unsure_is_read_with_what_it_forwards() -> None:
    note = "Hi Marcus - this came to me but it's much more your area than mine. Forwarding in case it's of interest."
    body = f"{note}\nEmma\n\n{FORWARDED_PANEL}"
    [alone] = Classifier().understand(
        [Text("Fwd: Panel invitation - Fintech Experience Summit", f"{note}\nEmma")]
    )
    [whole] = Classifier().understand(
        [Text.from_body("Fwd: Panel invitation - Fintech Experience Summit", body)]
    )
    assert alone.intent is Intent.NONE and alone.confidence < 0.5  # the note alone asks nothing clear
    assert whole.intent is Intent.SPEAKING_INVITATION
    # a reply's quoted text is history, never read as the ask
    [reply] = Classifier().understand([Text.from_body("Re: Panel on trust in digital banking", body)])
    assert reply.intent is Intent.NONE


def test_a_forward_passed_on_for_information_stays_none() -> None:
    note = "FYI - I'm not going but wanted you to know this is out there since it's your region."
    [fyi] = Classifier().understand([Text.from_body("Fwd: Panel on trust", f"{note}\n\n{FORWARDED_PANEL}")])
    assert fyi.intent is Intent.NONE


def test_a_forward_whose_note_opens_fyi_and_asks_nothing_is_news_passed_on() -> None:
    note = (
        "FYI - declined the podcast on your behalf since you're travelling in February. "
        "Said you'd love to come on in spring."
    )
    forward = Text.from_body("Fwd: Panel on trust", f"{note}\n\n{FORWARDED_PANEL}")
    [alone] = Classifier().understand([replace(forward, for_information=False)])
    assert alone.intent is Intent.SPEAKING_INVITATION  # what the model makes of "podcast", "love to come on"
    [fyi] = Classifier().understand([forward], explain=True)
    assert fyi.intent is Intent.NONE and fyi.confidence == 0.9  # the guide: forwarded news asks nothing
    assert fyi.evidence[0] == 'forwarded with a note that opens "FYI": nothing is asked'


@pytest.mark.parametrize(
    "note",
    [
        "FYI - want to do this one? Deadline is Friday.",
        "FYI - please plan to join the panel prep call on Tuesday.",
    ],
)
def test_an_fyi_note_that_asks_is_read_for_what_it_asks(note: str) -> None:
    [asked] = Classifier().understand([Text.from_body("Fwd: Panel on trust", f"{note}\n\n{FORWARDED_PANEL}")])
    assert not (asked.intent is Intent.NONE and asked.confidence == 0.9)  # no ruling: the model reads it


def test_a_note_that_says_who_they_are_and_only_asks_to_connect_is_a_connection_request() -> None:
    note = (
        "Hi Dana - I'm on the portfolio team at Fieldwork Capital. Marcus Bell mentioned you work with a lot of "
        "the studios we're talking to in Portland, and Priya asked me to reach out. Let's connect!"
    )
    assert introduced_connection_request(note)
    [connect] = Classifier().understand([Text("", note)], explain=True)
    assert (connect.intent, connect.purpose_clear) == (Intent.COFFEE_CHAT, False)
    # a pitch, a job or a meal said before "let's connect" is more than a connection request
    for more in (
        "Hi Dana, I help studios cut their software spend by 30% with our audit tool. Let's connect!",
        "Hi Dana, we're hiring a controller for our Portland office and I think of you. Let's connect!",
        "Hi Dana, new to Portland and would love to grab lunch sometime soon with you. Let's connect!",
    ):
        assert not introduced_connection_request(more), more


@pytest.mark.parametrize(
    "note", ["Hi Jordan, I'd love to connect!", "I'd like to join your LinkedIn network."]
)
def test_a_plain_connection_request_is_a_coffee_chat_with_no_purpose_given(note: str) -> None:
    [connect] = Classifier().understand([Text("", note)], explain=True)
    assert (connect.intent, connect.purpose_clear) == (Intent.COFFEE_CHAT, False)
    assert connect.evidence[0].startswith("a plain connection request")
    # a longer note that says what it wants is read by the model
    longer = "I'd love to connect - we build invoicing software and I'd like to show you a 15-minute demo next week."
    [pitch] = Classifier().understand([Text("", longer)])
    assert pitch.intent is not Intent.COFFEE_CHAT or pitch.evidence == ()


def test_a_colleague_who_thought_of_you_passes_on_what_is_forwarded() -> None:
    note = "Kenji - they asked me for maintainers who make a living from OSS. Thought of you right away. -T"
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Eva de Vries <eva@pydata.example>\n"
        "Subject: PyData Amsterdam 2027 - panel on open-source sustainability\n\n"
        "For PyData Amsterdam 2027 we're putting together a 45-minute panel on open-source sustainability. We "
        "cover travel and one hotel night for panelists. Do you know any maintainers who'd be great on it?"
    )
    [alone] = Classifier().understand([Text("Fwd: PyData Amsterdam 2027", note)])
    [read] = Classifier().understand([Text.from_body("Fwd: PyData Amsterdam 2027", f"{note}\n\n{forwarded}")])
    assert alone.intent is Intent.NONE  # the note alone asks nothing
    assert read.intent is Intent.SPEAKING_INVITATION


def test_a_journalists_quote_is_a_comment_for_a_story_not_a_price() -> None:
    note = (
        "I'm a reporter at The Herald writing a piece on carbon pricing in Scotland. Could you give me a short "
        "quote on whether the new levy will work? My deadline is Thursday at noon."
    )
    [read] = Classifier().understand([Text("Request for comment", note)])
    assert read.intent is Intent.SPEAKING_INVITATION  # the guide: being interviewed


def test_a_bare_ask_for_a_few_minutes_is_a_meeting_whose_purpose_is_not_given() -> None:
    bare = "Hi Siobhan,\n\nHope you're well. Would you have 15 minutes for a quick chat next week?\n\nBest,\nLuke"
    [read] = Classifier().understand([Text.from_body("Quick chat?", bare)])
    assert (read.intent, read.purpose_clear) == (Intent.COFFEE_CHAT, False)  # ask what it is about
    pitch = "Do you have 20 minutes this week for a quick call? Would love to show you what we're building at Ledgerly."
    [sold] = Classifier().understand([Text("Quick call?", pitch)])
    assert sold.intent is Intent.SALES_PITCH
