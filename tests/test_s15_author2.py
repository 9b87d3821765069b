"""Fifteenth session, round two of the author's inbox (Priya Raman, whose book on burnout in healthcare is out in
January): a podcast that leaves the evening to her, a festival whose authors pay their own way, a two-day
conference, a publicist's coffee and a first mail too vague to weigh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kindly.model import Intent
from kindly.understand.extract import extract
from support import Kindly, eml, incoming, profile_file, triaged_one
from test_s15_author import AUTHOR, WRITTEN

SPEAKING = """
[[goals]]
kind = "build_credibility"
description = "Speak about burnout in healthcare at medical conferences and NHS trusts"
targets = ["medical conferences", "NHS trusts", "grand rounds", "royal colleges"]
priority = 2
"""


def decided(kindly: Kindly, tmp_path: Path, body: str, profile: str = AUTHOR, **mail: str) -> dict[str, Any]:
    mail.setdefault("sender", "Dr Amir Shah <amir@thedoctorsroom.example>")
    mail.setdefault("subject", "The Doctors' Room podcast - would you come on?")
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = eml(tmp_path / "mail.eml", body, date=WRITTEN, to="priya@priyaraman.example", **mail)
    return triaged_one(kindly, path, profile=profile_file(profile, tmp_path))


# -- a podcast that asks the user to pick an evening in a week -----------------------------------------------------

PODCAST = (
    "Hi Priya,\n\nI co-host The Doctors' Room, a podcast for junior doctors and other NHS clinicians (about 15,000 "
    "listeners a month). We'd love to have you on to talk about Running on Empty.\n\nWe record remotely over Zoom, "
    "it takes about 45 minutes, and we'd publish the episode on Friday 15 January to line up with the launch. "
    "{ask}\n\nThanks,\nAmir\n"
)


def test_a_podcast_asking_for_an_evening_in_a_week_is_offered_evenings_of_that_week_at_its_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    for n, ask in enumerate(
        (
            "Could you do an evening in the week of 4 January? We usually record at 7:30pm.",
            "Would an evening in the week of 4 January suit you? We normally start recording at 19:30.",
        )
    ):
        record = decided(kindly, tmp_path / str(n), PODCAST.format(ask=ask))
        assert record["decision"] == "accept", ask
        assert "I'd be glad to be your guest." in record["draft"], ask
        assert (
            "Would Monday 4 January at 19:30 or Wednesday 6 January at 19:30 work for you?" in record["draft"]
        ), ask
        assert "details" not in record["draft"] and "15 January" not in record["draft"], ask


def test_an_evening_in_a_week_with_no_hour_is_offered_at_an_evening_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly, tmp_path, PODCAST.format(ask="Could you do an evening in the week of 4 January?")
    )
    assert "Would Monday 4 January at 18:00 or Wednesday 6 January at 18:30 work for you?" in record["draft"]


def test_a_podcast_that_names_its_day_or_no_week_to_pick_from_is_offered_no_week(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near misses: a recording day given, and a week that is only when the episode goes out
    for n, ask in enumerate(
        (
            "Could we record on Tuesday 5 January at 7:30pm?",
            "The episode goes out in the week of 11 January. Would you come on? We usually record at 7:30pm.",
        )
    ):
        record = decided(kindly, tmp_path / str(n), PODCAST.format(ask=ask))
        assert record["decision"] == "accept", ask
        assert "Monday 4 January" not in record["draft"] and "11 January at" not in record["draft"], ask


# -- a conference of two days, said day first, under a name with its year -------------------------------------------

CONFERENCE = (
    "Dear Ms Raman,\n\nOn behalf of the programme committee, I'm writing to invite you to join a panel on \"Burnout "
    "and retention in the medical workforce\" at Medicine 2027, the Royal College of Physicians' annual conference, "
    "held on {days} at the ExCeL London.\n\nThe panel would be 60 minutes with three other speakers. We cover "
    "speakers' registration and reasonable travel expenses. Could you let me know whether you'd be available?\n\n"
    "Kind regards,\nLiz Baker\nConference Programme Manager\nRoyal College of Physicians\n"
)


def test_a_two_day_conference_said_day_first_asks_which_day_and_time_the_panel_is(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        CONFERENCE.format(days="22-23 April 2027"),
        profile=AUTHOR + SPEAKING,
        sender="Liz Baker <liz.baker@rcpconferences.example>",
        subject="Panel invitation: Medicine 2027, Royal College of Physicians",
    )
    assert record["decision"] == "accept"
    assert "Could you let me know the day and time of my session?" in record["draft"]
    assert "Medicine" not in record["draft"] and "send me the details" not in record["draft"]


def test_a_conference_of_one_day_is_said_yes_to_on_it(kindly: Kindly, tmp_path: Path) -> None:
    # a near miss: one day given is the day, not a choice of days
    record = decided(
        kindly,
        tmp_path,
        CONFERENCE.format(days="22 April 2027"),
        profile=AUTHOR + SPEAKING,
        sender="Liz Baker <liz.baker@rcpconferences.example>",
        subject="Panel invitation: Medicine 2027, Royal College of Physicians",
    )
    assert "22 April" in record["draft"] and "day and time of my session" not in record["draft"]


def test_a_name_with_its_year_is_the_event_not_where_it_is() -> None:
    said = CONFERENCE.format(days="22-23 April 2027")
    assert extract(incoming(said), Intent.SPEAKING_INVITATION).place == "the ExCeL London"
    # a near miss: a venue with no year after it is still where
    said = CONFERENCE.replace("at Medicine 2027", "at the Barbican").format(days="22 April 2027")
    assert extract(incoming(said), Intent.SPEAKING_INVITATION).place == "the Barbican"


# -- a coffee from someone who signs as a PR firm ---------------------------------------------------------------------

COFFEE = (
    "Hi Priya,\n\nI loved your first book and saw Running on Empty is out in January - congratulations! I'd love to "
    "buy you a coffee and hear how the launch planning is going.\n\nAre you free for a coffee in Bloomsbury one "
    "morning next week?\n\nSophie\nSophie Knight | {signs}\n"
)


def test_a_coffee_from_the_founder_of_a_pr_firm_is_declined_for_the_publicist_she_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        COFFEE.format(signs="Founder, Inkwell Author PR"),
        sender="Sophie Knight <sophie@inkwell.example>",
        subject="Coffee?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "Inkwell Author PR" in record["reason"]
    assert "For a publicist, I already work with someone" in record["draft"]
    assert "what you're after" not in record["draft"]


def test_someone_in_pr_at_another_kind_of_firm_or_a_user_with_no_publicist_is_no_rival_publicist(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near misses: the head of PR of a museum is no PR firm; a PR firm's coffee to a user with no publicist is no
    # pitch for a provider she has
    no_publicist = AUTHOR.replace('category = "publicist"', 'category = "literary agent"')
    for n, (signs, profile) in enumerate(
        (
            ("Head of PR, Wellcome Collection", AUTHOR),
            ("Founder, Inkwell Author PR", no_publicist),
        )
    ):
        record = decided(
            kindly,
            tmp_path / str(n),
            COFFEE.format(signs=signs),
            profile=profile,
            sender="Sophie Knight <sophie@inkwell.example>",
            subject="Coffee?",
        )
        assert record["reason_code"] != "has_provider", signs


# -- a festival that leaves the way there to the author ------------------------------------------------------------

FESTIVAL = (
    "Dear Priya,\n\nWe are delighted to invite you to appear at the Marches Book Festival in Ludlow on Saturday 24 "
    "April 2027, for a one-hour session on Running on Empty in our Health & Society strand (around 200 seats).\n\n"
    "{costs}\n\nDo let us know if you can join us.\n\nWarmly,\nClare Dunmore\nProgramme Director, Marches Book "
    "Festival\n"
)


def test_a_festival_whose_authors_pay_their_own_travel_and_hotel_names_that_cost(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = decided(
        kindly,
        tmp_path,
        FESTIVAL.format(
            costs="As a small volunteer-run festival we're unable to offer a fee, and we ask authors to cover their "
            "own travel and accommodation, but we will of course sell your books on the day."
        ),
        sender="Clare Dunmore <programme@marchesbookfest.example>",
        subject="Invitation: Marches Book Festival 2027",
    )
    assert record["decision"] == "accept"
    assert (
        'You would pay your own travel and accommodation ("we ask authors to cover their own travel and '
        'accommodation"): a cost to weigh before you send the yes.'
    ) in record["reason"]
    assert "I'll cover my own travel and accommodation." in record["draft"]


def test_travel_said_otherwise_or_covered_is_no_cost_of_the_users(kindly: Kindly, tmp_path: Path) -> None:
    for n, costs in enumerate(
        (
            "Travel is at your own expense, I'm afraid.",
            "Sadly we're unable to cover travel or hotels.",
        )
    ):
        record = decided(kindly, tmp_path / str(n), FESTIVAL.format(costs=costs))
        assert "a cost to weigh" in record["reason"], costs
        assert "I'll cover my own travel" in record["draft"], costs
    # near misses: travel paid by them, and no fee said with nothing of travel
    for n, costs in enumerate(
        (
            "We cover speakers' travel and accommodation, and we'll sell your books on the day.",
            "As a small volunteer-run festival we're unable to offer a fee.",
            "We will pay your travel expenses and put you up for the night.",
        )
    ):
        record = decided(kindly, tmp_path / f"near{n}", FESTIVAL.format(costs=costs))
        assert record["decision"] == "accept", costs
        assert "cost to weigh" not in record["reason"] and "my own" not in record["draft"], costs


# -- a first note that says there is an idea, not what it is -------------------------------------------------------

IDEA = (
    "Hi Priya,\n\nI programme public events at the Wellcome Collection. {ask}\n\nDaniel Osei\nPublic Programmes, "
    "Wellcome Collection\n"
)


def test_a_short_chat_about_an_unnamed_idea_asks_what_it_is(kindly: Kindly, tmp_path: Path) -> None:
    for n, ask in enumerate(
        (
            "Would you have time for a short chat about an idea for an event in the new year?",
            "Could we have a quick call about an opportunity next week?",
        )
    ):
        record = decided(
            kindly,
            tmp_path / str(n),
            IDEA.format(ask=ask),
            sender="Daniel Osei <d.osei@wellcome.example>",
            subject="Possible event in the new year",
        )
        assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), ask
        assert record["purpose_clear"] is False


def test_an_idea_the_note_names_is_weighed_as_what_it_is(kindly: Kindly, tmp_path: Path) -> None:
    # near misses: the idea named in the ask, or said in the note's next sentence
    for n, ask in enumerate(
        (
            "Would you have time for a short chat about an idea for a podcast episode on burnout in nursing?",
            "Would you have time for a short chat about an idea for an event in the new year? We're planning a "
            "Friday Late on burnout among NHS staff in February and would love you to speak about Running on Empty "
            "to our audience of clinicians and the public.",
        )
    ):
        record = decided(
            kindly,
            tmp_path / str(n),
            IDEA.format(ask=ask),
            sender="Daniel Osei <d.osei@wellcome.example>",
            subject="Possible event in the new year",
        )
        assert record["reason_code"] != "purpose_unclear", ask
