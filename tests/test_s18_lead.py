"""The lead's checks of the eighteenth session's merged work."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.paths import app_home
from personas import WINE_LIST_AND_SHELF, winemaker_profile
from support import Kindly, eml, profile_file, triaged_one


def test_a_test_without_an_app_folder_of_its_own_never_writes_into_the_real_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDLY_HOME", raising=False)
    real = Path.home() / ".local" / "share" / "kindly"
    assert app_home() != real


# -- a board seat declined: the role passed on, not a group's details -----------------------------------------------

BOARD = """\
Dear Dana,

On behalf of the nominating committee of the Eastside Literacy Project, I'm writing to ask whether you would
consider joining our board as treasurer. The board meets six times a year and the term is three years.

Would you be open to it? I'd be glad to tell you more.

Ruth Abernathy
Chair, Nominating Committee
"""

GROUP = """\
Dear Dana,

A few of us who coach youth soccer in Portland meet for breakfast once a month to swap notes on drills and
fundraising for the league. Would you like to join us? The next one is Thursday 10 December at 7:30 at Daily Cafe.

Ruth Abernathy
"""


def test_a_board_seat_declined_offers_to_pass_the_role_on(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        eml(
            tmp_path / "board.eml",
            BOARD,
            sender="Ruth Abernathy <ruth@eastside.example.org>",
            subject="A question",
            date="Tue, 24 Nov 2026 10:00:00 -0800",
        ),
    )
    assert record["decision"] == "decline", record["reason"]
    draft = record["draft"]
    assert "I'm not able to take on a board seat at the moment" in draft
    assert "the role" in draft  # a seat to fill: someone who would suit it
    assert "who'd get a lot out of it" not in draft and "with the group" not in draft


def test_a_group_declined_still_offers_to_mention_it(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        eml(
            tmp_path / "group.eml",
            GROUP,
            sender="Ruth Abernathy <ruth@eastside.example.org>",
            subject="A question",
            date="Tue, 24 Nov 2026 10:00:00 -0800",
        ),
    )
    assert record["decision"] == "decline", record["reason"]
    assert "the role" not in record["draft"] and "board seat" not in record["draft"]


def test_a_board_of_advisors_is_an_advisory_board_not_a_governing_seat() -> None:
    from kindly.decide.fit import board_seat_offered

    assert board_seat_offered("Would you consider joining our board of advisors?") == ""
    assert board_seat_offered("Would you consider joining our advisory board?") == ""
    assert (
        board_seat_offered("Would you consider joining our board of directors?")
        == "joining our board of directors"
    )


# -- a provider's region written as a state's code is read in the user's own country --------------------------------

CA_WINEMAKER = winemaker_profile(
    tone=None,
    date_style=None,
    holidays=None,
    meeting_hours=None,
    goals=(WINE_LIST_AND_SHELF,),
    providers=(("wine distribution", "Sonoma Distributors (CA)"),),
    never=(),
)

DISTRIBUTOR = (
    "Elena,\n\nGolden Coast Fine Wine is a boutique wine distributor based in {where}. We represent 40 small "
    "family wineries and we're looking to add a Sonoma Zinfandel producer.\n\nWould you have 30 minutes for a "
    "call in the next couple of weeks to see if we make sense for you?\n\nBrent Haskell\nVP Sales, Golden Coast"
)


def distributor_in(where: str, kindly: Kindly, tmp_path: Path) -> dict[str, object]:
    mail = eml(
        tmp_path / "pitch.eml",
        DISTRIBUTOR.format(where=where),
        sender="Brent Haskell <brent@goldencoastwine.com>",
        subject="Distribution for Marchetti Vineyards",
        date="Mon, 30 Nov 2026 10:00:00 -0800",
    )
    return triaged_one(kindly, mail, profile=profile_file(CA_WINEMAKER, tmp_path))


def test_a_region_written_as_a_state_code_is_that_state_to_a_user_in_its_country(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = distributor_in("Los Angeles", kindly, tmp_path)
    assert record["decision"] == "decline", record["reason"]
    assert "For wine distribution, I already work with a provider" in str(record["draft"])


def test_a_town_of_the_country_the_code_also_names_is_elsewhere(kindly: Kindly, tmp_path: Path) -> None:
    record = distributor_in("Toronto", kindly, tmp_path)
    assert record["decision"] == "ask_details", record["reason"]


def test_a_code_is_read_in_the_users_country_only() -> None:
    from kindly.decide.places import region_named

    assert region_named("CA", "US") == "California"
    assert region_named("ON", "CA") == "Ontario"
    assert region_named("CA", "CA") == "CA"  # a Canadian's "(CA)": the country
    assert region_named("California", "US") == "California"
    assert region_named("CA", "") == "CA"


# -- "a record 500 attendees" records nothing ----------------------------------------------------------------------


def test_a_record_number_is_no_recording_but_a_recording_asked_still_is() -> None:
    from kindly.hours import CALL, RECORDING, meeting_activities

    grew = "Our summit grew to a record 500 attendees last year. Could we set up a call next week?"
    assert meeting_activities("call", grew) == {CALL}
    assert meeting_activities("call", "We hit a record-breaking turnout. A quick call?") == {CALL}
    assert meeting_activities("call", "Could we record 45 minutes on Zoom next week?") == {CALL, RECORDING}
    assert meeting_activities("call", "We'd love to record an episode with you.") == {CALL, RECORDING}


# -- "the week after next" -----------------------------------------------------------------------------------------

COFFEE = """\
Hi Dana,

I run a small design studio in Portland and I'm thinking about bringing in a part-time CFO next year. Could we grab
coffee {when}? I'd love to hear how you work with studios like mine.

Maya Chen
Founder, Chen Studio
"""


def test_the_week_after_next_is_offered_in_that_week(kindly: Kindly, tmp_path: Path) -> None:
    # written on Monday 30 November: the week after next runs from Monday 14 December
    mail = eml(
        tmp_path / "coffee.eml",
        COFFEE.format(when="the week after next"),
        sender="Maya Chen <maya@chenstudio.example>",
        subject="Coffee?",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
    )
    draft = str(triaged_one(kindly, mail)["draft"])
    assert "December 14" in draft or "December 15" in draft, draft
    assert "December 2" not in draft and "December 3" not in draft and "December 4" not in draft


def test_next_week_is_still_the_week_after_the_one_written_in(kindly: Kindly, tmp_path: Path) -> None:
    mail = eml(
        tmp_path / "coffee.eml",
        COFFEE.format(when="next week"),
        sender="Maya Chen <maya@chenstudio.example>",
        subject="Coffee?",
        date="Mon, 30 Nov 2026 09:00:00 -0800",
    )
    draft = str(triaged_one(kindly, mail)["draft"])
    assert "December 14" not in draft and "December 15" not in draft, draft


# -- an old name of a time zone keeps its country's holidays ---------------------------------------------------------


def test_an_old_name_of_a_time_zone_is_its_countrys() -> None:
    from kindly.days_off import zone_country

    assert zone_country("US/Pacific") == zone_country("America/Los_Angeles") == "US"
    assert zone_country("Canada/Eastern") == "CA"
    assert zone_country("UTC") == ""  # no one country's


def test_a_profile_in_an_old_zone_name_keeps_no_meeting_on_new_years_day(tmp_path: Path) -> None:
    from datetime import date

    from support import written_profile

    profile = written_profile(CA_WINEMAKER.replace("America/Los_Angeles", "US/Pacific"), tmp_path)
    assert profile.user.holiday_region == "US"
    assert date(2027, 1, 1) in profile.user.off
