"""Eighteenth session, gaps the last closing note left: a provider limited to a region and the towns said, job
seekers where the profile names where applications go, a tool that does a provider's job, greetings of two or
three people or of a page, and a council's consultation mailed to a group. Each as an example of use."""

from __future__ import annotations

from pathlib import Path

from kindly.decide.places import inside
from personas import (
    CAREERS_PAGE,
    HR_JOB_SEEKER,
    HR_PEER_GROUP,
    SONOMA_WINEMAKER,
    hr_director_profile,
)
from support import Kindly, eml, profile_file, triaged_one

WRITTEN = "Mon, 30 Nov 2026 10:00:00 -0800"


BAKER = """
[user]
name = "Priya Nair"
email = "priya@northloafbakery.ca"
signature = "Priya"
tone = "warm"
weekly_networking_hours = 2

[[goals]]
kind = "find_clients"
description = "Cafes and grocers that want to stock fresh sourdough"
targets = ["cafes", "grocers", "restaurants"]
priority = 1

[[providers]]
category = "accounting"
name = "our accountant (Ontario)"
"""


def triage(
    kindly: Kindly, tmp_path: Path, profile: str, body: str, sender: str, subject: str
) -> dict[str, object]:
    mail = eml(tmp_path / "mail.eml", body, sender=sender, subject=subject, date=WRITTEN)
    return triaged_one(kindly, mail, profile=profile_file(profile, tmp_path))


# -- 1. a provider limited to a region: the towns a sender names lie in it or not ----------------------------------

DISTRIBUTOR_PITCH = (
    "Elena,\n\nGolden Coast Fine Wine is a boutique wine distributor {where}. We represent 40 small family "
    "wineries and we're looking to add a Sonoma Zinfandel producer.\n\nWould you have 30 minutes for a call in "
    "the next couple of weeks to see if we make sense for you?\n\nBrent Haskell\nVP Sales, Golden Coast Fine Wine"
)


def test_a_distributor_in_a_city_inside_the_providers_state_is_one_she_already_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        DISTRIBUTOR_PITCH.format(where="based in Los Angeles"),
        sender="Brent Haskell <brent@goldencoastwine.com>",
        subject="Distribution for Marchetti Vineyards",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "For wine distribution, I already work with a provider" in str(record["draft"])


def test_an_accountant_based_in_a_city_of_the_providers_province_is_one_she_already_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        BAKER,
        "Hi Priya,\n\nWe're a small accounting firm based in Toronto that works only with food businesses: "
        "bookkeeping, HST filings and year-end accounts. We'd love to take the numbers off your plate.\n\nWould "
        "you be open to a quick call this week?\n\nBest,\nOmar Haddad\nPartner, Haddad & Lee CPA\n",
        sender="Omar Haddad <omar@haddadlee.ca>",
        subject="Accounting for North Loaf Bakery",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "For accounting, I already work with" in str(record["draft"])


def test_a_distributor_in_a_city_of_another_state_is_asked_what_they_have_in_mind(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        DISTRIBUTOR_PITCH.format(where="based in Austin"),
        sender="Brent Haskell <brent@goldencoastwine.com>",
        subject="Distribution for Marchetti Vineyards",
    )
    assert record["decision"] == "ask_details", record["reason"]
    assert "In California I work with Sonoma Distributors" in str(record["draft"])


def test_a_place_no_gazetteer_knows_is_read_as_before_another_region(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        DISTRIBUTOR_PITCH.format(where="covering Wine Country Eastbank"),
        sender="Brent Haskell <brent@goldencoastwine.com>",
        subject="Distribution for Marchetti Vineyards",
    )
    assert record["decision"] == "ask_details", record["reason"]


def test_the_gazetteer_knows_towns_in_states_provinces_counties_and_countries() -> None:
    assert inside("Los Angeles", "California") is True
    assert inside("Toronto", "Ontario") is True
    assert inside("Toronto", "Canada") is True
    assert inside("Santa Rosa", "Sonoma County") is True  # a town of the region is theirs
    assert inside("Manchester", "UK") is True
    assert inside("Austin", "California") is False  # Texas's Austin, not a small namesake
    assert inside("Paris", "Texas") is False  # France's, not the small Paris, Texas
    assert inside("Ontario", "California") is False  # the province, not the town in California
    assert inside("Wine Country Eastbank", "California") is None


# -- 2. a job seeker is referred to where the profile says applications go ----------------------------------------

EMPLOYER = hr_director_profile(
    date_style=None,
    holidays=None,
    time_zone=None,
    own_domains=None,
    goals=(HR_PEER_GROUP,),
    providers=(),
    resources=(),
)


def test_a_job_seeker_is_referred_to_the_careers_page_the_profile_names(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        hr_director_profile(
            date_style=None,
            holidays=None,
            time_zone=None,
            own_domains=None,
            goals=(HR_PEER_GROUP,),
            providers=(),
            resources=(CAREERS_PAGE,),
        ),
        HR_JOB_SEEKER,
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_resource"), record["reason"]
    assert 'applications go to "Pennine Foods careers page"' in str(record["reason"])
    draft = str(record["draft"])
    assert "https://penninefoods.co.uk/careers" in draft
    assert "I'll pass you on to where all our openings are listed" in draft
    assert "not looking" not in draft and "call" not in draft


def test_a_job_seeker_is_referred_to_the_recruiter_who_hires_for_the_user(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        hr_director_profile(
            date_style=None,
            holidays=None,
            time_zone=None,
            own_domains=None,
            goals=(HR_PEER_GROUP,),
            providers=(("recruitment", "Harper Talent Partners"),),
            resources=(),
        ),
        HR_JOB_SEEKER,
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
    )
    assert (record["decision"], record["reason_code"]) == ("refer", "refer_provider"), record["reason"]
    draft = str(record["draft"])
    assert "Harper Talent Partners" in draft
    assert "I work with them for" not in draft  # a candidate is not offered an introduction to a supplier
    assert "I don't handle applications one to one" in draft


def test_a_job_seeker_where_the_profile_names_no_place_for_applications_is_declined_as_before(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        EMPLOYER,
        HR_JOB_SEEKER,
        sender="Luke Jennings <luke.jennings97@gmail.com>",
        subject="HR roles at Pennine Foods?",
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I don't have a role to offer right now" in str(record["draft"])


# -- 4. greetings: two or three people writing together, and a page's or a business's name -----------------------


def paste(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    return path


ROUNDTABLE = (
    "Hi Elena,\n\n{opening}We are starting a small roundtable of family wineries that want small-lot wines on "
    "restaurant lists, and would love you to join our first meeting on Thursday, January 14 at 4pm in "
    "Healdsburg.\n\nWould you come?\n\n{signed}\n"
)


def test_three_people_writing_together_are_all_greeted(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        ROUNDTABLE.format(
            opening="Ana, Ben and Carla here from the Tidewater Growers Collective. ", signed="Ana"
        ),
        sender="Ana Ruiz <ana@tidewatergrowers.org>",
        subject="Tidewater Growers roundtable",
    )
    assert str(record["draft"]).startswith("Hi Ana, Ben and Carla,"), record["draft"]


def test_a_note_signed_by_three_people_greets_all_three(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        ROUNDTABLE.format(opening="", signed="Warm regards,\nAna, Ben & Carla"),
        sender="Ana Ruiz <ana@tidewatergrowers.org>",
        subject="Tidewater Growers roundtable",
    )
    assert str(record["draft"]).startswith("Hi Ana, Ben and Carla,"), record["draft"]


def test_people_the_note_only_mentions_are_not_greeted(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        ROUNDTABLE.format(opening="Ben and Carla from Dry Creek are coming too. ", signed="Best,\nAna"),
        sender="Ana Ruiz <ana@tidewatergrowers.org>",
        subject="Tidewater Growers roundtable",
    )
    assert str(record["draft"]).startswith("Hi Ana,"), record["draft"]


TOUR_DM = (
    "From: {name} (Instagram)\n\nHi Elena! We run small-group tours of Sonoma wineries and would love to bring a "
    "group of 8 restaurant owners to taste at Marchetti next month. Would a Saturday tasting work for you?\n"
)


def test_a_business_page_is_greeted_by_no_one_s_first_name(kindly: Kindly, tmp_path: Path) -> None:
    for name in ("Sonoma Wine Tours", "sonomavalleywinetours"):
        record = triaged_one(
            kindly, paste(tmp_path, TOUR_DM.format(name=name)), profile_file(SONOMA_WINEMAKER, tmp_path)
        )
        draft = str(record["draft"])
        assert draft.startswith("Hi,"), draft  # a DM's brief greeting, not "Hi Sonoma,"
        assert "Sonoma," not in draft.splitlines()[0] and "sonomavalleywinetours" not in draft


def test_a_person_whose_first_name_the_list_lacks_is_still_greeted_by_it(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        paste(tmp_path, TOUR_DM.format(name="Xiadani Lopez Garcia")),
        profile_file(SONOMA_WINEMAKER, tmp_path),
    )
    assert str(record["draft"]).startswith("Hi Xiadani,"), record["draft"]


# -- 5. a council's consultation mailed to a group is read, not answered ------------------------------------------

CONSULTATION = (
    "Dear local business owners,\n\nHealdsburg City Council is consulting on proposed changes to parking and "
    "loading zones downtown. We want to hear from businesses that rely on deliveries and customer parking.\n\n"
    "Please complete our short online survey by Friday, January 15, 2027: https://healdsburg.gov/parking-survey\n\n"
    "You are also welcome to attend a public drop-in session on Wednesday, January 6, 5-7pm at the Healdsburg "
    "Community Center, where council staff will answer questions.\n\nCommunity Engagement Team\nCity of Healdsburg\n"
)


def test_a_councils_consultation_to_local_business_owners_is_ignored_without_a_draft(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        CONSULTATION,
        sender="City of Healdsburg <engagement@healdsburg.gov>",
        subject="Have your say: downtown parking and loading zones",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]
    assert "Dear local business owners" in str(record["reason"])
    assert record["draft"] is None


def test_a_councillor_inviting_her_by_name_to_a_roundtable_is_still_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        "Dear Elena,\n\nI'm hosting a small roundtable of six local winemakers and restaurant owners on Wednesday, "
        "January 6 at 5pm at City Hall, as part of our public consultation on selling local wine downtown. I'd "
        "really value your view as a family winery - would you be able to join us?\n\nBest regards,\nMaria Lopez\n"
        "City Councillor, Healdsburg\n",
        sender="Councillor Maria Lopez <mlopez@healdsburg.gov>",
        subject="Roundtable with local winemakers",
    )
    assert record["decision"] != "ignore", record["reason"]


def test_a_consultation_to_a_group_that_asks_the_reader_to_speak_is_still_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        SONOMA_WINEMAKER,
        CONSULTATION.replace(
            "Please complete",
            "Would you be willing to speak for local wineries at the drop-in session? Please complete",
        ),
        sender="City of Healdsburg <engagement@healdsburg.gov>",
        subject="Have your say: downtown parking and loading zones",
    )
    assert record["decision"] != "ignore", record["reason"]


# -- 3. a product that does a provider's job is a pitch for the service the user already has ----------------------

AUTHOR = """
[user]
name = "Nora Blake"
email = "nora@norablake.com"
signature = "Nora"
weekly_networking_hours = 3

[[goals]]
kind = "build_credibility"
description = "Speak at book festivals and literary events about my historical novels"
targets = ["book festivals", "literary events", "historical fiction readers"]
priority = 1

[[providers]]
category = "editor"
name = "Ruth Park"
"""


def tool_pitch(product: str, does: str) -> str:
    return (
        f"Hi Nora,\n\nI'm the founder of ProseForge, {product} for novelists. It {does} in minutes.\n\nWould you be "
        "open to a 20-minute demo next week? I can also give you a free 3-month licence.\n\nBest,\nJason Wu\n"
        "Founder, ProseForge\n"
    )


def test_an_ai_editing_tool_is_told_she_already_works_with_an_editor(kindly: Kindly, tmp_path: Path) -> None:
    record = triage(
        kindly,
        tmp_path,
        AUTHOR,
        tool_pitch("an AI editing tool", "flags pacing problems, tightens prose and checks continuity"),
        sender="Jason Wu <jason@proseforge.ai>",
        subject="Cut your editing time in half",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "For an editor, I already work with someone" in str(record["draft"])
    assert "Ruth Park" not in str(record["draft"])


def test_a_tool_for_something_she_has_no_provider_for_is_no_already_served(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triage(
        kindly,
        tmp_path,
        AUTHOR,
        tool_pitch(
            "an AI cover design tool", "drafts book covers you can polish before sending them to your editor"
        ),
        sender="Jason Wu <jason@proseforge.ai>",
        subject="Book covers in minutes",
    )
    assert record["reason_code"] != "has_provider", record["reason"]
    assert "already work with" not in str(record["draft"])
