"""Days the user does not meet: public holidays of their region and their own days off."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from kindly.days_off import DaysOff
from kindly.decide import policy
from kindly.decide.policy import Context, decide
from kindly.model import Decision, Intent, Message, Understanding, Verdict
from kindly.profile import Profile, User, load_profile
from kindly.reply.acceptance import proposed_times
from kindly.reply.check import check_draft
from kindly.reply.compose import compose
from kindly.services import Triage
from kindly.store.db import open_database
from kindly.understand.classify import Classifier
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")  # Dana, in Portland: holidays = "US-OR"
MONDAY_BEFORE_THANKSGIVING = datetime(2026, 11, 23, 9, tzinfo=UTC)


def away_over_new_year(profile: Profile = PROFILE) -> Profile:
    user = profile.user.model_copy(update={"days_off": ["2026-12-24/2027-01-01"]})
    return profile.model_copy(update={"user": user})


def coffee(body: str, subject: str = "Coffee?", written: datetime = MONDAY_BEFORE_THANKSGIVING) -> Message:
    return Message(
        source=subject,
        from_name="Gordon Pike",
        from_addr="gordon@pike.example",
        subject=subject,
        body=body,
        own_text=body,
        date=written,
    )


def understood(intent: Intent) -> Understanding:
    return Understanding(is_invitation=True, intent=intent, purpose_clear=True, confidence=0.9)


def test_a_region_names_its_public_holidays_and_a_span_the_users_own_days() -> None:
    off = DaysOff.of("US-OR", ["2026-12-24/2027-01-01", "2027-02-12"])
    assert off.why(date(2026, 11, 26)) == "Thanksgiving Day"
    assert off.why(date(2026, 12, 28)) == "a day off"
    assert date(2027, 2, 12) in off and date(2027, 2, 11) not in off
    assert date(2026, 11, 27) not in DaysOff()  # no region, no holidays


def test_a_profile_with_an_unknown_region_or_an_unreadable_day_is_refused_with_the_reason() -> None:
    with pytest.raises(ValidationError, match="no holiday table for the country 'XX'"):
        User(name="Dana", email="dana@example.com", holidays="XX")
    with pytest.raises(ValidationError, match="US has no region 'ZZ'"):
        User(name="Dana", email="dana@example.com", holidays="US-ZZ")
    with pytest.raises(ValidationError, match="'Dec 24' is not a day"):
        User(name="Dana", email="dana@example.com", days_off=["Dec 24"])
    with pytest.raises(ValidationError, match="ends before it begins"):
        User(name="Dana", email="dana@example.com", days_off=["2027-01-01/2026-12-24"])
    assert User(name="Dana", email="dana@example.com", holidays="us-or").holidays == "US-OR"


def test_proposed_times_skip_thanksgiving() -> None:
    plain = proposed_times(MONDAY_BEFORE_THANKSGIVING, later=False, style="us")
    with_holidays = proposed_times(MONDAY_BEFORE_THANKSGIVING, later=False, style="us", off=PROFILE.user.off)
    assert plain[0].startswith("Thursday, November 26")
    assert not any("November 26" in slot for slot in with_holidays)
    assert with_holidays[0].startswith("Friday, November 27")


def test_a_time_proposed_on_a_holiday_is_answered_with_other_days() -> None:
    ask = coffee(
        "Could we grab coffee on Thursday, November 26 at 10am? I'd love to hear how you price retainers."
    )
    draft = compose(
        ask, understood(Intent.COFFEE_CHAT), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=ask.date
    )
    assert draft is not None
    assert "Thursday, November 26 doesn't work for me, though - would Friday, November 27" in draft.text
    assert "work for you instead?\n\nWarmly," in draft.text
    assert "Thursday, November 26 at 10am works for me" not in draft.text
    assert check_draft(draft, ask, PROFILE).ok


def test_an_event_on_a_day_off_is_declined_as_away_and_the_draft_says_so() -> None:
    profile = away_over_new_year()
    party = coffee("Join us for the Creative Finance Circle year-end party on Monday, December 28 at 6pm!")
    away = Context(away_on="Monday, December 28 (a day off)")
    verdict = decide(party, understood(Intent.EVENT_INVITATION), profile, away)
    assert (verdict.decision, verdict.reason_code) == (Decision.DECLINE, "away")
    assert "it is on Monday, December 28" in verdict.reason
    draft = compose(party, understood(Intent.EVENT_INVITATION), verdict, profile, now=party.date)
    assert draft is not None and "I'm not available that day" in draft.text
    assert "keep me in mind for the next one" in draft.text  # only the day is wrong
    assert check_draft(draft, party, profile).ok
    assert decide(party, understood(Intent.EVENT_INVITATION), profile, Context()).decision is Decision.ACCEPT


def test_triage_reads_the_day_off_from_the_day_the_event_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, str] = {}
    real = policy.decide

    def spy(message: Message, understanding: Any, profile: Any, context: Context) -> Verdict:
        seen[message.subject] = context.away_on
        return real(message, understanding, profile, context)

    monkeypatch.setattr("kindly.services.decide", spy)
    triage = Triage(open_database(tmp_path / "k.db"), away_over_new_year(), Classifier())
    party = coffee("Join us for our year-end party on Monday, December 28 at 6pm!", "Year-end party")
    mixer = coffee("Join us for the CEN mixer on Thursday, December 3 at 6pm!", "Mixer")
    list(triage.run_items([party, mixer]))
    assert seen == {"Year-end party": "Monday, December 28 (a day off)", "Mixer": ""}


def test_an_event_or_a_talk_on_a_public_holiday_is_declined_and_a_meeting_on_one_moved(
    tmp_path: Path,
) -> None:
    triage = Triage(open_database(tmp_path / "k.db"), PROFILE, Classifier())
    rows = list(
        triage.run_items(
            [
                coffee(
                    "Would you speak on cash flow for creative studios at our paid webinar on Thursday, "
                    "November 26 at 10am? We pay a $300 honorarium.",
                    "Webinar",
                ),
                coffee(
                    "Our studio owners' holiday mixer is Friday, December 25 from 4-7pm at the Ace. Would love "
                    "to see you there!",
                    "Mixer",
                ),
            ]
        )
    )
    for row in rows:
        assert row.verdict.reason_code == "away", row.verdict.reason
    assert "Thursday, November 26 (Thanksgiving Day)" in rows[0].verdict.reason
    assert "Friday, December 25 (Christmas Day)" in rows[1].verdict.reason


def test_a_meeting_proposed_on_a_weekend_is_answered_with_weekdays() -> None:
    ask = coffee("Coffee on Saturday, December 5? I'd love to talk about my video studio's cash flow.")
    draft = compose(
        ask, understood(Intent.COFFEE_CHAT), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=ask.date
    )
    assert draft is not None
    assert "Saturday, December 5 doesn't work for me, though" in draft.text
    assert "works for me" not in draft.text


def test_a_day_already_past_is_not_called_a_day_off_but_a_day_the_reply_missed() -> None:
    ask = coffee("Could we grab coffee on Thursday, November 26 at 10am?")
    later = datetime(2026, 11, 30, 9, tzinfo=UTC)
    draft = compose(
        ask, understood(Intent.COFFEE_CHAT), Verdict(Decision.ACCEPT, "", "goal_fit"), PROFILE, now=later
    )
    assert (
        draft is not None and "doesn't work for me" not in draft.text
    )  # Thanksgiving went by: no excuse needed
    assert "I'm sorry my reply comes after Thursday, November 26" in draft.text


def test_of_several_times_offered_the_ones_the_user_can_do_are_taken(tmp_path: Path) -> None:
    accept = Verdict(Decision.ACCEPT, "", "goal_fit")
    panel = coffee(
        "Would you join our panel on studio pricing? We have two sessions: Thursday, November 26 at 2pm "
        "or Tuesday, December 1 at 10am. We pay a $300 honorarium.",
        "Panel",
    )
    talk = compose(panel, understood(Intent.SPEAKING_INVITATION), accept, PROFILE, now=panel.date)
    assert talk is not None and "glad to join the panel on Tuesday, December 1 at 10am." in talk.text
    meeting = coffee("Could we meet Thursday, November 26 at 10am or Monday, November 30 at 3pm?")
    draft = compose(meeting, understood(Intent.COFFEE_CHAT), accept, PROFILE, now=meeting.date)
    assert draft is not None and "Monday, November 30 at 3pm works for me." in draft.text
    assert "November 26" not in draft.text
    # both on days the user does not meet: other days are offered
    weekend = coffee("Could we meet Thursday, November 26 at 10am or Saturday, November 28 at 3pm?")
    draft = compose(weekend, understood(Intent.COFFEE_CHAT), accept, PROFILE, now=weekend.date)
    assert draft is not None and "Thursday, November 26 doesn't work for me, though" in draft.text
    # nor is a panel with a free session declined as away on the holiday
    triage = Triage(open_database(tmp_path / "k.db"), PROFILE, Classifier())
    [row] = list(triage.run_items([panel]))
    assert row.verdict.reason_code != "away", row.verdict.reason


PODCAST = (
    "I host The Loading Dock, a weekly podcast for logistics operators. Recording takes about 45 minutes over "
    "Riverside. I have two slots open:\n- Thursday, November 26 at 2:00 pm CT\n- Tuesday, December 1 at 11:00 am "
    "CT\n\nLet me know which works better."
)


def test_a_podcasts_recording_slots_are_read_from_its_list_and_a_free_one_taken() -> None:
    show = coffee(PODCAST, "Guest invitation: The Loading Dock")
    accept = Verdict(Decision.ACCEPT, "", "goal_fit")
    draft = compose(show, understood(Intent.SPEAKING_INVITATION), accept, PROFILE, now=show.date)
    assert draft is not None
    # Thanksgiving is skipped: the other slot is the one said yes to
    assert "I'd be glad to be your guest on Tuesday, December 1 at 11:00 am CT." in draft.text
    assert check_draft(draft, show, PROFILE).ok
    # every slot on a day off: a yes to the show, and another day asked for
    away = away_over_new_year()
    holidays = coffee(
        PODCAST.replace("Thursday, November 26", "Thursday, December 24").replace(
            "Tuesday, December 1", "Monday, December 28"
        )
    )
    draft = compose(holidays, understood(Intent.SPEAKING_INVITATION), accept, away, now=holidays.date)
    assert draft is not None
    assert "Neither of those times works for me, though - could we find another day?" in draft.text
    assert check_draft(draft, holidays, away).ok


def test_a_short_recording_takes_its_own_length_from_the_weekly_hours(tmp_path: Path) -> None:
    three = PROFILE.model_copy(
        update={"user": PROFILE.user.model_copy(update={"weekly_networking_hours": 3})}
    )
    triage = Triage(open_database(tmp_path / "k.db"), three, Classifier())
    [row] = list(triage.run_items([coffee(PODCAST, "Guest invitation: The Loading Dock")]))
    assert row.verdict.reason_code == "goal_fit", row.verdict.reason
    # 45 minutes and a little preparation, not the four hours of a talk: no "more than your networking hours"
    assert "more than your" not in row.verdict.reason and "hours" not in row.verdict.reason
