"""Session 24, helper "debts": code debts paid without changing behaviour. Whether a client asks Kendra (the
contractor) to come and see their project is read once per message, and the yes says she will come whenever the
decision read the visit; a "get back to you" is read by one named pattern on both sides of a thread - a
correspondent's reply that only holds the conversation (holding_reply) and the user's own note that only puts her
answer off (decide.thread) - each with its own additions; the phrases each side reads are pinned here as they were
before the patterns were shared."""

from __future__ import annotations

from pathlib import Path

import pytest

import kindly.decide.site_visit as site_visit
from kindly.decide.assess import site_visit_in
from kindly.decide.thread import only_defers
from kindly.holding_reply import only_holds
from kindly.profile import Profile
from personas import contractor_profile, pastor_profile, text_to_kendra, to_kendra
from support import Kindly, incoming, profile_file, triaged_one, written_profile

# -- a client's site visit, read once ------------------------------------------------------------------------------

SUNDAY_VISIT = (
    "Hey Kendra, it's Omar Haddad from the Park Hill block association. We're finally doing our basement! Could "
    "you stop by this Sunday to take a look? Weekends are all we have, sorry."
)


def _reads_of_a_visit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every reading of a text for a site visit from now on (each starts from the profile's work words)."""
    reads: list[str] = []
    work_words = site_visit._work_words

    def counted(profile: Profile) -> frozenset[str]:
        reads.append("read")
        return work_words(profile)

    monkeypatch.setattr(site_visit, "_work_words", counted)
    return reads


def test_a_homeowners_visit_is_read_once_for_its_client_need_decision_and_yes(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The client's need, the day of the visit against "never on Sundays", the purpose and the yes all ask it."""
    reads = _reads_of_a_visit(monkeypatch)
    text = text_to_kendra(tmp_path / "text.txt", SUNDAY_VISIT, sender="Omar Haddad")
    record = triaged_one(kindly, text, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "I'd be glad to come and take a look." in record["draft"]
    assert len(reads) == 1


def test_the_yes_says_she_will_come_when_the_project_is_named_in_the_subject(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "Our basement" in the subject, "Could you stop by this Sunday to take a look?" in the body: the decision
    read a visit (its Sunday is no reason to turn the client away), and now the yes says so too."""
    mail = to_kendra(
        tmp_path / "m.eml",
        "Hi Kendra,\n\nCould you stop by this Sunday to take a look?\n\nThanks,\nJo Park\n",
        sender="Jo Park <jo.park@example.com>",
        subject="Our basement",
    )
    record = triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "I'd be glad to come and take a look." in record["draft"]
    assert "This Sunday doesn't work for me" in record["draft"]


def test_a_seller_asking_to_swing_by_her_shop_gets_no_promise_to_come_and_look(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: "Can I swing by your shop" is the seller's visit, not hers."""
    mail = to_kendra(
        tmp_path / "m.eml",
        "Hi Kendra,\n\nI rep Alder Cabinetry in the Denver metro. Can I swing by your shop this Sunday to show you "
        "our new frameless kitchen line? Dealer pricing for remodelers this quarter.\n\nCole Whitman\n",
        sender="Cole Whitman <cole@aldercabinetry.example>",
        subject="New kitchen cabinet line",
    )
    record = triaged_one(kindly, mail, profile_file(contractor_profile(), tmp_path))
    assert record["decision"] != "accept"
    assert "come and take a look" not in (record.get("draft") or "")


def test_a_visit_read_for_one_profile_is_read_anew_for_another(tmp_path: Path) -> None:
    """The reading kept on the message is the profile's: a pastor with no remodelling work reads no visit in it."""
    (tmp_path / "kendra").mkdir()
    (tmp_path / "pastor").mkdir()
    kendra = written_profile(contractor_profile(), tmp_path / "kendra")
    pastor = written_profile(pastor_profile(), tmp_path / "pastor")
    message = incoming(SUNDAY_VISIT, subject="basement")
    assert site_visit_in(message, kendra) == "Could you stop by this Sunday to take a look?"
    assert site_visit_in(message, pastor) == ""
    assert site_visit_in(message, kendra) == "Could you stop by this Sunday to take a look?"


# -- "get back to you" on both sides of a thread --------------------------------------------------------------------

# (words, a sender's reply only holds, the user's note only defers): as both read them before session 24
PUT_OFF = [
    # both sides: the promise itself
    ("Let me check my calendar and I'll get back to you.", True, True),
    ("I'll get back to you.", True, True),
    ("Will get back to you", True, True),
    ("Ill get back to you", True, True),
    ("I'm going to circle back to you next week", True, True),
    ("I'll let you know soon", True, True),
    ("I will confirm by Friday", True, True),
    ("I'll let you know once I've spoken to Sam", True, True),
    # a sender's holding reply: whoever promises, any way back to you, a bare "we will confirm"
    ("We'll come back to you on that", True, False),
    ("I will revert back to you", True, False),
    ("Let me check with my partner and come back to you", True, False),
    ("We will confirm", True, False),
    ("We'll let you know", True, False),
    ("I'll let you know", True, False),
    ("I'll confirm the booking", True, False),
    ("Ill let you know soon", True, False),
    # ...read across a line break on both sides
    # session 24: the user's hard-wrapped note is read as one line now (leftovers3): it puts her answer off too
    ("I'll get back\nto you", True, True),
    ("I'll let you\nknow soon", True, True),
    # the user's note: the answer put off for her calendar, a bare "get back to you" or "circle back"
    ("Thanks, get back to you soon", False, True),
    ("Will circle back next week", False, True),
    ("I'll check my schedule", False, True),
    ("Let me look at the diary first", False, True),
    ("I need to quickly check our availability", False, True),
    ("I'd need to have a look at my plans", False, True),
    ("I'll check my calendar and confirm", False, True),
    # near misses: neither
    ("Please get back to me when you can", False, False),
    ("I'd love to get back into running", False, False),
    ("I'll check your schedule", False, False),
    ("Thanks for confirming", False, False),
    ("I will circle the date", False, False),
]


@pytest.mark.parametrize(("words", "holds", "defers"), PUT_OFF)
def test_each_side_reads_its_own_get_back_to_you(words: str, holds: bool, defers: bool) -> None:
    assert only_holds(words) is holds
    assert only_defers(words) is defers


def test_an_answer_beside_the_promise_is_an_answer_on_either_side() -> None:
    """Near misses: a time, a question or a yes beside "I'll get back to you" answers after all."""
    assert not only_holds("I'll get back to you - does 2pm work?")
    assert not only_defers("Yes please! I'll get back to you with the address.")
