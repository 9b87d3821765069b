"""Gaps the eighteenth session's reviews left (a family physician's and a food bank director's inboxes): a drug
company's dinner that never says "pharma", a venue asked for though the mail gives it, a volunteer team offered
meeting times, and two never-rules read word for word. Each near miss here must stay as it was."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from personas import (
    FOOD_BANK_ANSWERS,
    FOOD_BANK_PARTNERS,
    FOOD_BANK_SHORT_USER,
    FOOD_BANK_STAGE,
    PHYSICIAN_CME,
    PHYSICIAN_OWNERS,
    food_bank_director_profile,
    physician_profile,
    to_food_bank_director,
    to_physician,
    varied,
)
from support import Kindly, profile_file, triaged_one

PRIYA = physician_profile(goals=(PHYSICIAN_OWNERS, PHYSICIAN_CME), never=["{rule}"])


def _priya(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, rule: str
) -> dict[str, object]:
    mail = to_physician(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Thu, 12 Nov 2026 15:40:00 -0500"
    )
    profile = physician_profile(goals=(PHYSICIAN_OWNERS, PHYSICIAN_CME), never=[rule])
    return triaged_one(kindly, mail, profile_file(profile, tmp_path))


# -- 1. a drug company's dinner that never says "pharma" ----------------------------------------------------------

ASTRAVITA_DINNER = """Dear Dr. Raman,

You are cordially invited to an evening educational dinner on new approaches to heart failure with reduced
ejection fraction, featuring Dr. Samuel Ortiz (cardiology, Sunnybrook).

Date: Thursday, December 10, 2026, 6:30 pm
Venue: Canoe Restaurant, 66 Wellington St W, 54th floor

This dinner program is sponsored by AstraVita Canada. Space is limited; please RSVP by December 3.

Warm regards,
AstraVita Canada Medical Events
"""


def test_a_clinical_dinner_sponsored_by_a_company_named_only_by_its_name_falls_under_the_pharma_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _priya(
        kindly,
        tmp_path,
        ASTRAVITA_DINNER,
        "Events Team <events@astravita-ca.com>",
        "Invitation: An Evening on Heart Failure - dinner at Canoe, Dec 10",
        "pharma-sponsored dinners",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert record["reason"] == "You never accept pharma-sponsored dinners."
    # (session 24: was "You never do ...": a dinner is told by the verb it implies)


def test_a_dinner_on_a_brand_with_its_generic_name_is_a_drug_companys(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Dr. Raman,

Please join us for dinner at Canoe on Thursday, December 10 at 6:30 pm, where Dr. Samuel Ortiz will review
the latest outcomes with Cardivex (sacubitril/valsartan) in patients with heart failure.

Kindly RSVP by December 3.

Events Team
"""
    record = _priya(
        kindly,
        tmp_path,
        body,
        "Events Team <events@cardio-evenings.com>",
        "Dinner invitation: heart failure update",
        "pharma-sponsored dinners",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert record["reason"] == "You never accept pharma-sponsored dinners."
    # (session 24: was "You never do ...": a dinner is told by the verb it implies)


def test_a_dinner_where_our_medical_team_presents_clinical_data_is_a_drug_companys(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Dear Dr. Raman,

We would be delighted to host you at an intimate dinner at Canoe on Thursday, December 10 at 6:30 pm. Our
medical team will present the latest clinical data in type 2 diabetes, followed by a discussion.

Kindly RSVP by December 3.

Sarah Blake
Lundara Canada Inc.
"""
    record = _priya(
        kindly,
        tmp_path,
        body,
        "Sarah Blake <sblake@lundara.ca>",
        "Dinner invitation",
        "pharma-sponsored dinners",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


SONOVIEW_DINNER = """Dear Dr. Raman,

You are invited to an evening dinner on point-of-care ultrasound in heart failure, featuring Dr. Samuel
Ortiz (cardiology, Sunnybrook), on Thursday, December 10, 2026 at 6:30 pm at Canoe Restaurant.

This dinner is sponsored by SonoView Medical Canada; our clinical specialists will show the SonoView
Pocket probe. Please RSVP by December 3.

Events Team, SonoView Medical
"""


def test_a_device_companys_dinner_is_no_pharma_dinner(kindly: Kindly, tmp_path: Path) -> None:
    record = _priya(
        kindly,
        tmp_path,
        SONOVIEW_DINNER,
        "Events Team <events@sonoview-medical.com>",
        "Dinner invitation: POCUS in heart failure",
        "pharma-sponsored dinners",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_device_companys_dinner_and_a_drug_companys_fall_under_an_industry_sponsored_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _priya(
        kindly,
        tmp_path,
        SONOVIEW_DINNER,
        "Events Team <events@sonoview-medical.com>",
        "Dinner invitation: POCUS in heart failure",
        "industry-sponsored dinners",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "industry-sponsored dinners" in str(record["reason"])

    record = _priya(
        kindly,
        tmp_path,
        ASTRAVITA_DINNER,
        "Events Team <events@astravita-ca.com>",
        "Invitation: An Evening on Heart Failure - dinner at Canoe, Dec 10",
        "industry-sponsored dinners",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


@pytest.mark.parametrize("rule", ["pharma-sponsored dinners", "industry-sponsored dinners"])
def test_a_hospital_foundations_dinner_and_a_societys_dinner_with_exhibitors_are_not_industry_sponsored(
    kindly: Kindly, tmp_path: Path, rule: str
) -> None:
    foundation = """Dear Dr. Raman,

You are invited to our annual dinner on advances in heart failure care, featuring Dr. Samuel Ortiz
(cardiology), on Thursday, December 10, 2026 at 6:30 pm at the Royal York. The dinner is sponsored by the
St. Brendan's Hospital Foundation.

Please RSVP by December 3.

Linda Ferreira, St. Brendan's Hospital
"""
    society = """Dear Dr. Raman,

The Ontario Society of Family Physicians invites you to its annual scientific dinner on diabetes in primary
care, on Thursday, December 10, 2026 at 6:30 pm at the Royal York. Before dinner, visit our exhibitors' hall,
where industry partners show their latest products.

Please RSVP by December 3.

OSFP Events
"""
    charity = """Dear Dr. Raman,

Join us for a dinner on new approaches to type 2 diabetes in primary care on Thursday, December 10, 2026 at
6:30 pm at the Royal York. This dinner is sponsored by Diabetes Canada.

Please RSVP by December 3.
"""
    for body, sender in (
        (foundation, "Linda Ferreira <lferreira@stbrendans.ca>"),
        (society, "OSFP Events <events@osfp.ca>"),
        (charity, "Events <events@diabetes.ca>"),
    ):
        record = _priya(kindly, tmp_path, body, sender, "Dinner invitation", rule)
        assert record["reason_code"] != "never_do", (sender, record["reason"])


# -- 2. a venue asked for though the mail says where ---------------------------------------------------------------

RENATA = food_bank_director_profile(
    goals=(
        varied(
            FOOD_BANK_STAGE, targets=["food security", "philanthropy conferences", "nonprofit conferences"]
        ),
        varied(
            FOOD_BANK_PARTNERS,
            description="Corporate partners and major donors",
            targets=["corporate partners", "corporate giving", "employee giving", "CSR"],
        ),
    ),
    providers=(),
    resources=(),
    answers=(),
    **FOOD_BANK_SHORT_USER,
)


def _renata(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, object]:
    mail = to_food_bank_director(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Fri, 13 Nov 2026 10:30:00 -0600"
    )
    return triaged_one(kindly, mail, profile_file(RENATA, tmp_path))


def _summit(where: str) -> str:
    return f"""Dear Ms. Okafor,

On behalf of the program committee, I'd like to invite you to speak on our panel "Feeding Neighbors Through the
Benefit Cliff" at the Illinois Food Security Summit, March 10-11, 2027{where}. The panel is 60 minutes with
three speakers; we cover speaker travel and lodging.

Would you be willing to join us? We'd need a short bio and headshot by January 15.

Dr. Alicia Romero
Program Chair, Illinois Food Security Summit
"""


def test_a_summit_held_in_a_named_town_is_not_asked_for_its_venue(kindly: Kindly, tmp_path: Path) -> None:
    record = _renata(
        kindly,
        tmp_path,
        _summit(", in Springfield"),
        "Dr. Alicia Romero <aromero@ilfoodsecurity.org>",
        "Speaking invitation - Illinois Food Security Summit 2027",
    )
    assert record["decision"] == "accept"
    draft = str(record["draft"])
    assert "Could you let me know the day and time of my session?" in draft
    assert "venue" not in draft


def test_a_summit_that_names_no_place_is_still_asked_for_its_venue(kindly: Kindly, tmp_path: Path) -> None:
    record = _renata(
        kindly,
        tmp_path,
        _summit(""),
        "Dr. Alicia Romero <aromero@ilfoodsecurity.org>",
        "Speaking invitation - Illinois Food Security Summit 2027",
    )
    assert record["decision"] == "accept"
    assert "the day and time of my session and the venue" in str(record["draft"])


def test_where_the_organiser_lives_is_not_where_the_summit_is(kindly: Kindly, tmp_path: Path) -> None:
    body = _summit("").replace(
        "On behalf of", "I'm writing from our office here in Springfield. On behalf of"
    )
    record = _renata(
        kindly,
        tmp_path,
        body,
        "Dr. Alicia Romero <aromero@ilfoodsecurity.org>",
        "Speaking invitation - Illinois Food Security Summit 2027",
    )
    assert "the day and time of my session and the venue" in str(record["draft"])


# -- 3. a team that offers to volunteer is not offered a meeting ---------------------------------------------------

VENDOR_DEMOS = "vendor demos during program hours"


def _short_food_bank_profile(*, never: Iterable[str] = (), providers: Iterable[tuple[str, str]] = ()) -> str:
    """Renata's short profile: corporate partners and donors, and her answer about volunteering."""
    partners = varied(
        FOOD_BANK_PARTNERS,
        description="Corporate partners and major donors: relationships with companies that lead to giving",
        targets=["corporate partners", "corporate giving", "employee giving", "community investment", "CSR"],
    )
    return food_bank_director_profile(
        goals=(partners,),
        never=never,
        providers=providers,
        resources=(),
        answers=FOOD_BANK_ANSWERS[:1],
        **FOOD_BANK_SHORT_USER,
    )


FOOD_BANK = _short_food_bank_profile()


def _food_bank(kindly: Kindly, tmp_path: Path, body: str, subject: str) -> dict[str, object]:
    mail = to_food_bank_director(
        tmp_path / "mail.eml",
        body,
        sender="Tom Brennan <tbrennan@meridianins.com>",
        subject=subject,
        date="Mon, 23 Nov 2026 15:10:00 -0600",
    )
    return triaged_one(kindly, mail, profile_file(FOOD_BANK, tmp_path))


@pytest.mark.parametrize(
    ("subject", "offer"),
    [
        pytest.param(
            "Team volunteer day in December?",
            "Our claims team at Meridian Insurance (about 15 people) would like to volunteer together in December"
            " - ideally a weekday morning. Do you have any warehouse shifts open, and is there a minimum age or"
            " anything we should know?",
            id="volunteer-shift",
        ),
        pytest.param(
            "Donating from our office food drive",
            "Our office at Meridian Insurance collected about 300 pounds of canned food this month and we'd love"
            " to donate it. Where and when can we drop it off, and are there any volunteer shifts for our team?",
            id="donated-goods",
        ),
    ],
)
def test_a_team_that_offers_to_volunteer_or_give_is_answered_without_meeting_times(
    kindly: Kindly, tmp_path: Path, subject: str, offer: str
) -> None:
    body = f"Hi there,\n\n{offer}\n\nThanks,\nTom Brennan\nTeam Lead, Meridian Insurance\n"
    record = _food_bank(kindly, tmp_path, body, subject)
    assert record["decision"] == "accept"
    draft = str(record["draft"])
    assert "Groups of up to 25 can sort at our Pilsen warehouse" in draft
    assert "work for you?" not in draft
    assert "talk" not in draft and "find a time" not in draft and "meet" not in draft


def test_a_team_that_also_asks_for_a_call_about_volunteering_still_gets_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Hi there,

Our claims team at Meridian Insurance (about 15 people) would like to volunteer together in December. Could we
set up a quick call next week to talk through a longer partnership and employee giving?

Thanks,
Tom Brennan
Team Lead, Meridian Insurance
"""
    record = _food_bank(kindly, tmp_path, body, "Volunteering and a partnership")
    assert record["decision"] == "accept"
    assert "work for you?" in str(record["draft"])


# -- 4. two never-rules read by their ideas, not word for word ------------------------------------------------------

TOP_DOCTORS = """Dear Dr. Raman,

Congratulations! Based on patient reviews, you have been selected for inclusion in Toronto Top Doctors 2027.

Secure your featured profile (photo, bio, and "Top Doctor 2027" badge for your website) for $495. Offer ends
December 7.

Dr. Mark Ellis
Toronto Top Doctors
"""


def _holds(kindly: Kindly, rule: str, record: dict[str, object]) -> bool:
    """Whether `kindly show` tells the rule held on the message triaged."""
    return f"you never do {rule}" in " ".join(kindly("show", str(record["id"])).output.split())


def test_a_paid_place_among_top_doctors_falls_under_the_paid_top_doctor_listings_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _priya(
        kindly,
        tmp_path,
        TOP_DOCTORS,
        "Dr. Mark Ellis <mark@torontotopdoctors.com>",
        "You've been selected: Toronto Top Doctors 2027",
        "paid top doctor listings",
    )
    # an award whose place is sold is declined as such, the rule held beside it
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear")
    assert _holds(kindly, "paid top doctor listings", record)


def test_a_paid_place_among_the_best_physicians_is_the_same_listing(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Dr. Raman,

Congratulations - our editors have selected you as one of Ontario's Best Physicians for 2027! Would you like to
claim your listing in the Best Physicians guide? A featured profile with your photo is CAD 395.

Dr. Mark Ellis
Ontario Best Physicians
"""
    record = _priya(
        kindly,
        tmp_path,
        body,
        "Dr. Mark Ellis <mark@bestphysicians.ca>",
        "You've been selected: Ontario's Best Physicians",
        "paid top doctor listings",
    )
    assert record["decision"] == "decline"
    assert _holds(kindly, "paid top doctor listings", record)


def test_a_free_top_doctors_mention_and_a_paid_directory_entry_are_no_paid_top_doctor_listing(
    kindly: Kindly, tmp_path: Path
) -> None:
    free = """Dear Dr. Raman,

Congratulations! Based on patient reviews, you have been named one of Toronto's Top Doctors 2027. There is no
cost: your profile will be in our January issue. Would you send us a short quote about your practice?

Dr. Mark Ellis
Toronto Life Health
"""
    record = _priya(
        kindly,
        tmp_path,
        free,
        "Dr. Mark Ellis <mark@torontolifehealth.com>",
        "Toronto's Top Doctors 2027",
        "paid top doctor listings",
    )
    assert not _holds(kindly, "paid top doctor listings", record)

    directory = """Dear Dr. Raman,

List your clinic in the Ontario Clinic Directory, where patients search by neighbourhood and language. A
listing is $99 a year. Would you like me to set one up for Raman Family Medicine?

Jenna Park
Ontario Clinic Directory
"""
    record = _priya(
        kindly,
        tmp_path,
        directory,
        "Jenna Park <jenna@ontarioclinicdirectory.ca>",
        "List your clinic",
        "paid top doctor listings",
    )
    assert not _holds(kindly, "paid top doctor listings", record)


DONORPATH = """Hi Renata,

DonorPath is the donor management platform built for food banks. I'd love to give you a 30-minute demo of our
platform - would Tuesday, December 8 at 11am work? Teams that switch usually see 30% more recurring gifts in the
first year.

Sofia Marchetti
Account Executive, DonorPath
"""

FOOD_BANK_RULE = _short_food_bank_profile(never=[VENDOR_DEMOS])


def _demo(kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str) -> dict[str, object]:
    mail = to_food_bank_director(
        tmp_path / "mail.eml", body, sender=sender, subject=subject, date="Wed, 18 Nov 2026 09:00:00 -0600"
    )
    return triaged_one(kindly, mail, profile_file(FOOD_BANK_RULE, tmp_path))


def test_a_vendors_demo_in_the_working_day_falls_under_vendor_demos_during_program_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _demo(
        kindly,
        tmp_path,
        DONORPATH,
        "Sofia Marchetti <sofia@donorpath.com>",
        "See how food banks raise 30% more",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert record["reason"] == "You never do vendor demos during program hours."


def test_a_vendors_demo_after_hours_and_a_donors_daytime_visit_are_no_vendor_demo_in_program_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    evening = DONORPATH.replace("Tuesday, December 8 at 11am", "Tuesday, December 8 at 6pm")
    record = _demo(
        kindly,
        tmp_path,
        evening,
        "Sofia Marchetti <sofia@donorpath.com>",
        "See how food banks raise 30% more",
    )
    assert record["reason_code"] != "never_do", record["reason"]

    visit = """Hi Renata,

I'm the community investment lead at Fairway Fresh Markets. Could I visit the Pilsen warehouse on Tuesday,
December 8 at 11am to see your sorting program? We're weighing a larger grant for 2027.

Denise Kowalczyk
"""
    record = _demo(
        kindly, tmp_path, visit, "Denise Kowalczyk <denise@fairwayfresh.com>", "A visit to the warehouse"
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_neither_rule_is_said_to_be_read_word_for_word(kindly: Kindly, tmp_path: Path) -> None:
    from kindly.decide.rules import words_needed

    assert words_needed("vendor demos during program hours") is None
    assert words_needed("paid top doctor listings") is None
    # near miss: a rule whose words name no idea kindly knows is still read word for word
    assert words_needed("vendor lunches with my board chair") is not None


def test_a_demo_of_what_the_user_already_has_is_answered_by_that_not_by_the_hour(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = DONORPATH.replace(
        "Teams that switch usually",
        "Teams that switch from Bloomerang to our donor management platform usually",
    )
    mail = to_food_bank_director(
        tmp_path / "mail.eml",
        body,
        sender="Sofia Marchetti <sofia@donorpath.com>",
        subject="See how food banks raise 30% more",
        date="Wed, 18 Nov 2026 09:00:00 -0600",
    )
    profile = _short_food_bank_profile(never=[VENDOR_DEMOS], providers=[("donor CRM", "Bloomerang")])
    record = triaged_one(kindly, mail, profile_file(profile, tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "I already use a donor CRM I'm very happy with" in str(record["draft"])
