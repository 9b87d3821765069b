"""What an answer means given what kindly already said in its thread (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kindly.decide.thread import (
    History,
    Said,
    contact_details,
    directory_entry_from_answer,
    is_confirmation,
    is_nudge,
    silenced,
)
from kindly.model import Decision, Message, Verdict

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
DECLINED_WITH_OFFER = History((Said("decline", "has_provider", "web design", drafted=True),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "reach me at kayla@moss.example or +1 (503) 555-0100",
            "kayla@moss.example | +1 (503) 555-0100",
            id="mail-and-phone",
        ),
        pytest.param("portfolio: https://moss.example/work.", "https://moss.example/work", id="link"),
        pytest.param("thanks, talk soon", "", id="none"),
    ],
)
def test_contact_details(text: str, expected: str) -> None:
    assert contact_details(text) == expected


def answer(text: str) -> Message:
    return Message(
        source="t", from_name="Kayla Moss", from_addr="kayla@moss.example", own_text=text, body=text
    )


def test_details_after_our_offer_make_an_entry_in_the_category_we_declined() -> None:
    entry = directory_entry_from_answer(
        answer("Thanks! I'm Kayla, I build websites for small studios - kayla@moss.example, 503 555 0100."),
        DECLINED_WITH_OFFER,
        "t1",
    )
    assert entry is not None and entry.category == "web design" and entry.source_thread == "t1"


@pytest.mark.parametrize(
    "history",
    [
        pytest.param(History(), id="nothing-said"),
        pytest.param(
            History((Said("ask_details", "purpose_unclear", drafted=True),)), id="only-asked-details"
        ),
        pytest.param(History((Said("decline", "never_do", drafted=True),)), id="declined-without-offer"),
    ],
)
def test_no_entry_without_our_offer_to_pass_details_on(history: History) -> None:
    text = "Here are my details: kayla@moss.example, I build websites for small studios and shops."
    assert directory_entry_from_answer(answer(text), history, "t1") is None


def test_a_short_thanks_is_not_an_overview() -> None:
    assert (
        directory_entry_from_answer(answer("Thanks! kayla@moss.example"), DECLINED_WITH_OFFER, "t1") is None
    )


def decline() -> Verdict:
    return Verdict(Decision.DECLINE, "no", "not_a_fit")


def test_one_reply_per_thread_and_decision() -> None:
    history = History((Said("decline", "not_a_fit", drafted=True, sent=True),))
    assert "you already replied in this thread with a decline" in silenced(decline(), history, NOW, 30)
    assert silenced(Verdict(Decision.ACCEPT, "yes", "goal_fit"), history, NOW, 30) == ""


def test_a_draft_not_yet_sent_is_not_called_a_reply() -> None:
    history = History((Said("decline", "not_a_fit", drafted=True),))
    why = silenced(decline(), history, NOW, 30)
    assert why == "a decline is already drafted for an earlier message of this thread"
    assert "replied" not in why


def test_cooling_off_period() -> None:
    recent = History(last_declined=NOW - timedelta(days=3))
    assert "3 days ago" in silenced(decline(), recent, NOW, 30)
    assert silenced(decline(), History(last_declined=NOW - timedelta(days=31)), NOW, 30) == ""
    assert silenced(Verdict(Decision.IGNORE, "", "not_invitation"), recent, NOW, 30) == ""


def test_a_nudge_while_our_reply_waits_unsent_gets_no_second_reply() -> None:
    waiting = History((Said("decline", "not_a_fit", drafted=True, intent="recruiting"),))
    ask = Verdict(Decision.ASK_DETAILS, "unclear", "purpose_unclear")
    assert is_nudge("Hi Dana, just bubbling this up in case it got buried.")
    assert "already drafted: send or discard it first" in silenced(ask, waiting, NOW, 30, nudge=True)
    assert "already drafted" in silenced(ask, waiting, NOW, 30, intent="recruiting")  # the same ask again
    # a new, different request is decided and drafted
    assert silenced(ask, waiting, NOW, 30, intent="speaking_invitation") == ""
    # an answer to what the user sent (in kindly or from their own mail) is decided anew
    assert silenced(ask, waiting, NOW, 30, answers_user=True, nudge=True) == ""
    answered = History((Said("decline", "not_a_fit", drafted=True, answered=True, intent="recruiting"),))
    assert silenced(ask, answered, NOW, 30, nudge=True) == ""


def test_a_yes_to_the_users_own_proposal_is_not_answered_again(tmp_path: Path) -> None:
    from kindly.profile import load_profile
    from kindly.services import Triage
    from kindly.store.db import open_database
    from kindly.understand.classify import Classifier
    from support import EXAMPLES

    profile = load_profile(EXAMPLES / "profile.toml")
    first = datetime(2026, 11, 19, 20, 47, tzinfo=UTC)

    def linkedin(sender: str, text: str, sent: datetime) -> Message:
        return Message(
            source=f"li-{sent:%H%M}",
            channel="linkedin",
            conversation="conv-greg",
            from_name=sender,
            subject="",
            body=text,
            own_text=text,
            date=sent,
        )

    triage = Triage(open_database(tmp_path / "k.db"), profile, Classifier())
    rows = list(
        triage.run_items(
            [
                linkedin("Dana Reyes", "Greg, would Tuesday, December 1 at 9 am at Houndstooth work?", first),
                linkedin(
                    "Greg Holloway",
                    "Perfect - Tuesday Dec 1 at 9 works. See you then!",
                    first + timedelta(hours=1),
                ),
            ]
        )
    )
    assert (rows[1].verdict.decision, rows[1].verdict.reason_code) == (Decision.IGNORE, "confirmation")
    assert rows[1].draft is None
    assert is_confirmation("Sounds good - see you Thursday!")
    assert not is_confirmation(
        "Sounds good. Could you also introduce me to your banker?"
    )  # asks something new
