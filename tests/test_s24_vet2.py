"""Dr. Hannah Brennan, who owns Cedar Hollow Animal Clinic in Bend (session 24, round two): a student asking to
shadow at the clinic is offered days there, not advice calls; a client's emergency on a Saturday is hers to answer
in person; a client's write-up traded for a waived fee is her "free care for posts" rule; her association's own
meeting serves her goals; and what round one left of drafts and calendar times."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.discount_asked import discount_asked
from kindly.decide.rules import rule_ideas
from kindly.ingest.ics import calendar_messages
from kindly.reply.decline_reason import asks_to_shadow
from personas import to_hannah, vet_profile, vet_profile_with_pages
from support import Kindly, profile_file, triaged_one


def _to_hannah(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, profile: str = "", **mail: str
) -> dict[str, Any]:
    """The triage record of a mail to Hannah against her profile (with her pages unless another is given)."""
    path = to_hannah(tmp_path / "mail.eml", body, sender=sender, subject=subject, **mail)
    return triaged_one(kindly, path, profile_file(profile or vet_profile_with_pages(), tmp_path))


# -- 1. a request to shadow at the clinic: days there, picked by the student, with her page on how it works --------

STUDENT = "Priya Castellanos <pcastellanos@oregonstate.example>"
SHADOWING = (
    "Dear Dr. Brennan,\n\nI'm a second-year veterinary student at Oregon State's Carlson College of Veterinary "
    "Medicine, and I'm from Bend. I'm interested in small-animal general practice and would be grateful for the "
    "chance to shadow at Cedar Hollow over winter break (December 21 - January 8), for a few days or even one.\n\n"
    "Thank you for considering it,\nPriya Castellanos\n"
)


def test_a_request_to_shadow_at_the_clinic_reads_as_shadowing() -> None:
    assert asks_to_shadow("I'd be grateful for the chance to shadow at Cedar Hollow over winter break")
    assert asks_to_shadow("I would love to shadow for a day or two")
    # near misses: the sender's own offer to be shadowed, and a shadow that is no one's work
    assert not asks_to_shadow("You're welcome to shadow me at the ER any Thursday")
    assert not asks_to_shadow("Students are welcome to shadow at our hospital")
    assert not asks_to_shadow("Our clinic sits in the shadow of Pilot Butte")


def test_a_request_to_shadow_is_accepted_with_days_to_pick_and_her_page_not_meeting_slots(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        SHADOWING,
        sender=STUDENT,
        subject="Shadowing request from a second-year vet student",
    )
    draft = str(record["draft"])
    assert record["decision"] == "accept", record["reason"]
    assert "your request to shadow" in draft and "request for advice" not in draft, draft
    assert "which days would suit you" in draft, draft
    assert "https://cedarhollowvet.example/shadowing" in draft, draft
    # no 30-minute lunch slots at her hours for meetings, and none on Christmas Eve
    assert "12:30 pm" not in draft and "December 24" not in draft, draft


def test_without_a_shadowing_page_the_yes_still_leaves_the_days_to_the_student(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly, tmp_path, SHADOWING, sender=STUDENT, subject="Shadowing request", profile=vet_profile()
    )
    draft = str(record["draft"])
    assert "which days would suit you" in draft and "12:30 pm" not in draft, draft
    assert "https://" not in draft, draft


def test_a_students_request_for_advice_still_gets_a_time_to_talk(kindly: Kindly, tmp_path: Path) -> None:
    advice = SHADOWING.replace(
        "would be grateful for the chance to shadow at Cedar Hollow over winter break (December 21 - January 8), "
        "for a few days or even one.",
        "would be grateful for 20 minutes of your advice on choosing between mixed and small-animal practice.",
    )
    record = _to_hannah(kindly, tmp_path, advice, sender=STUDENT, subject="Advice from a vet student")
    draft = str(record["draft"])
    assert record["decision"] == "accept", record["reason"]
    assert "shadow" not in draft and "work for you?" in draft, draft


# -- 2. a client's urgent case on a Saturday: hers to answer personally, not "nothing asked", not her weekend rule ---

SATURDAY = "Sat, 05 Dec 2026 07:40:00 -0800"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "URGENT - Milo can't pee, can you see him this morning?",
            "Hi Dr. Brennan,\n\nOur cat Milo (you saw him in October) has been straining in the litter box since last "
            "night and nothing is coming out. He's crying and hiding. I know it's Saturday but can you see him this "
            "morning? Or where should we go?\n\nJosh Ramirez\n(541) 555-0199\n",
            id="a-blocked-cat-since-last-night",
        ),
        pytest.param(
            "Bella ate a sock",
            "Hi Hannah,\n\nBella swallowed one of the kids' socks and has been throwing up since this morning. It's an "
            "emergency, I think - could you fit her in today?\n\nAmber Cole\n",
            id="a-dog-that-swallowed-a-sock",
        ),
    ],
)
def test_a_clients_emergency_is_hers_to_answer_personally(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        body,
        sender="Josh Ramirez <josh.ramirez@gmail.example>",
        subject=subject,
        date=SATURDAY,
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "personal"), record["reason"]
    assert "yours to answer personally" in record["reason"]
    assert record["draft"] is None  # never declined by her weekend rule, nor offered Tuesday's lunch hour


def test_a_saturday_booking_that_is_no_emergency_is_still_her_weekend_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nBella is due for her boosters. Could we book a Saturday appointment? Weekdays are hard "
        "with work. Is this Saturday or next possible?\n\nAmber Cole\n",
        sender="Amber Cole <amber.cole@gmail.example>",
        subject="Saturday appointment for Bella's vaccines?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Dr. Lena Ortiz <lortiz@highdesertanimaler.example>",
            "Coffee with our new medical director?",
            "Hi Dr. Brennan,\n\nHigh Desert Animal ER has a new emergency medical director, Dr. Sam Patel. Could you "
            "see us next week for a coffee? We'd love to hear how referrals could be smoother.\n\nLena Ortiz\n",
            id="an-emergency-hospitals-coffee-next-week",
        ),
        pytest.param(
            "Patterson Vet Supply <news@pattersonvet-news.example>",
            "URGENT: year-end pricing ends today",
            "Patterson Vet Supply\n\nUrgent: our year-end prices end at midnight. Can you check your order today?\n\n"
            "You are receiving this because you are a Patterson customer. Unsubscribe.\n",
            id="a-suppliers-mailing-says-urgent",
        ),
    ],
)
def test_an_urgent_word_or_an_emergency_hospital_alone_is_no_clients_urgent_case(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["reason_code"] != "personal", record["reason"]


# -- 3. a client's write-up offered for a waived fee: her "free care in exchange for social media posts" ----------

MARCUS = "Marcus Bell <marcus.bell@fastmail.example>"
WRITE_UP = (
    "Hi Dr. Brennan,\n\nRocky's dental is booked for the 14th. I run a local Bend dog page on Facebook with about "
    "9,000 members - if you waived the fee, I'd post a glowing write-up and photos of his visit. Win-win?\n\n"
    "Thanks,\nMarcus Bell\n"
)


def test_a_write_up_offered_if_she_waives_the_fee_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly, tmp_path, WRITE_UP, sender=MARCUS, subject="Waive Rocky's dental fee for a review?"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "free care in exchange for social media posts" in str(record["draft"])


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            WRITE_UP.replace(
                "if you waived the fee, I'd post a glowing write-up and photos of his visit. Win-win?",
                "I'll post a glowing write-up and photos of his visit afterwards - you've all been wonderful.",
            ),
            id="a-write-up-promised-with-nothing-asked",
        ),
        pytest.param(
            WRITE_UP.replace(
                "I run a local Bend dog page on Facebook with about 9,000 members - if you waived the fee, I'd post a "
                "glowing write-up and photos of his visit. Win-win?",
                "If you have a cancellation earlier that week, we'd gladly take it.",
            ),
            id="a-condition-that-trades-nothing",
        ),
    ],
)
def test_a_clients_note_that_trades_no_posts_for_care_is_not_her_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=MARCUS, subject="Rocky's dental")
    assert record["reason_code"] != "never_do", record["reason"]


# -- 4. her association's own member meeting serves her goal of speaking at its meetings -------------------------


def _covma_invitation(path: Path, *, summary: str, description: str, organizer: str = "COVMA") -> Path:
    """A calendar invitation to Hannah for 12 January 2027, 6:30 pm in Bend, with no VTIMEZONE (as sent)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//COVMA//Events//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:jan-2027@{organizer.lower()}.example",
        "DTSTAMP:20261130T180000Z",
        "DTSTART;TZID=America/Los_Angeles:20270112T183000",
        "DTEND;TZID=America/Los_Angeles:20270112T203000",
        f"SUMMARY:{summary}",
        "LOCATION:Riverhouse Convention Center, Bend",
        f"DESCRIPTION:{description}",
        f"ORGANIZER;CN={organizer}:mailto:events@{organizer.lower()}.example",
        "ATTENDEE;CN=Hannah Brennan;RSVP=TRUE:mailto:hannah@cedarhollowvet.example",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    path.write_text("\r\n".join(lines))
    return path


MEMBER_MEETING = (
    "Central Oregon Veterinary Medical Association member meeting. Dinner, then Dr. Karen Oates on antimicrobial "
    "stewardship in small-animal practice. 1 CE hour. Please RSVP."
)


def test_her_associations_member_meeting_is_accepted_for_her_speaking_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    ics = _covma_invitation(
        tmp_path / "covma.ics",
        summary="COVMA January meeting: Antimicrobial stewardship (1 CE hour)",
        description=MEMBER_MEETING,
    )
    record = triaged_one(kindly, ics, profile_file(vet_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "build_credibility", record["reason"]
    assert "January 12 at 6:30 pm" in str(record["draft"])


def test_a_meeting_of_an_association_her_goal_never_names_is_not_hers(kindly: Kindly, tmp_path: Path) -> None:
    ics = _covma_invitation(
        tmp_path / "odha.ics",
        summary="ODHA January meeting: Periodontal charting",
        description=MEMBER_MEETING.replace(
            "Central Oregon Veterinary Medical", "Oregon Dental Hygienists'"
        ).replace("antimicrobial stewardship in small-animal practice", "periodontal charting"),
        organizer="ODHA",
    )
    record = triaged_one(kindly, ics, profile_file(vet_profile(), tmp_path))
    assert record["decision"] != "accept", record["reason"]


# -- 5. "acquisition offers from private equity": a kind of buyer, not a stake offered -------------------------------


def test_private_equity_in_a_rule_is_a_buyer_not_a_stake() -> None:
    assert rule_ideas("acquisition offers from private equity") == (("business_sale", "consolidator"),)
    # near misses: a stake is still one ("work for equity"), and a consolidator's rule is as it was
    assert rule_ideas("work for equity") == (("equity",),)
    assert rule_ideas("selling my practice to a corporate consolidator") == (
        ("business_sale", "consolidator"),
    )


# -- 6. mailings: a supplier's newsletter is read, not answered; a webinar that greets "Practice owners," is to her ---

NEWSLETTER = (
    "Patterson Vet Supply - December newsletter\n\nFree webinar: Dental radiography tips for general practice, "
    "December 10, 12 pm PT. Register at pattersonvet-news.example/webinar.\n\nYear-end specials on surgical packs "
    "and gloves. Order by December 20.\n\nYou are receiving this because you are a Patterson customer. Unsubscribe.\n"
)


def test_a_suppliers_newsletter_whose_first_line_says_so_is_not_an_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        NEWSLETTER,
        sender="Patterson Vet Supply <news@pattersonvet-news.example>",
        subject="December webinar: dental radiography tips + year-end specials",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]


def test_a_mailed_invitation_without_a_newsletters_masthead_is_still_weighed(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        NEWSLETTER.replace("Patterson Vet Supply - December newsletter\n\n", ""),
        sender="Patterson Vet Supply <news@pattersonvet-news.example>",
        subject="December webinar: dental radiography tips",
    )
    assert record["reason_code"] != "not_invitation", record["reason"]


VETEXIT = (
    "Practice owners,\n\nJoin our free webinar on December 9: what buyers are paying for veterinary practices in "
    "2027, how to prepare your clinic for a sale, and how to choose the right partner.\n\nRegister: "
    "vetexit.example/webinar\n\nVetExit Advisors - Unsubscribe\n"
)


def test_a_webinar_greeting_practice_owners_is_no_mentor_for_her(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        VETEXIT,
        sender="VetExit Advisors <webinars@vetexit.example>",
        subject="Free webinar: What is your practice worth in 2027?",
    )
    assert record["decision"] != "accept", record["reason"]


def test_a_retired_practice_owner_offering_to_mentor_her_still_serves_her_mentor_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Hannah,\n\nI owned Tumalo Veterinary Hospital for 28 years before I sold it to my associates. I'm one of "
        "the practice owners Dr. Patel mentioned - happy to share what I learned running a clinic. Coffee some "
        "morning in January?\n\nGeorge Lund, DVM (retired)\n",
        sender="George Lund <glund@bendbroadband.example>",
        subject="Happy to share what I learned running a clinic",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_mentor"), record["reason"]


# -- 7. a rescue asking for a discounted spay day: worth hearing, at a rate to ask first -----------------------------

RESCUE = (
    "Hi Dr. Brennan,\n\nI'm the intake coordinator at High Desert Paws Rescue. We have about 14 cats and 6 dogs that "
    "need spaying or neutering before adoption this winter. Would Cedar Hollow consider a discounted spay/neuter day "
    "for us, once a month or once a quarter? We can bring the animals, volunteers to help with recovery, and pay a "
    "reduced rate per animal.\n\nThank you for considering it,\nTessa Lindgren\nHigh Desert Paws Rescue\n"
)


def test_a_discounted_spay_day_asked_by_a_rescue_asks_for_the_rate_first(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        RESCUE,
        sender="Tessa Lindgren <tessa@highdesertpawsrescue.example>",
        subject="Low-cost spay day for our rescue?",
    )
    draft = str(record["draft"])
    assert (record["decision"], record["reason_code"]) == ("ask_details", "discount_asked"), record["reason"]
    assert "what rate did you have in mind?" in draft, draft
    assert "about your business" not in draft and "12:30 pm" not in draft, draft


def test_a_clients_question_about_discounts_is_no_cut_price_asked(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hello,\n\nWe just moved to Bend with two cats. Are you accepting new patients? Do you offer discounts for a "
        "second pet?\n\nEmily Sorensen\n",
        sender="Emily Sorensen <emily.sorensen@outlook.example>",
        subject="New to Bend - are you taking new patients?",
    )
    assert record["reason_code"] != "discount_asked", record["reason"]


def test_a_cut_price_her_own_saved_answer_speaks_of_is_answered_not_asked_about() -> None:
    asked = "Could you see me at a sliding-scale rate? I'm between jobs."
    assert discount_asked(asked) == "Could you see me at a sliding-scale rate"
    # a therapist who keeps "a few sliding-scale spots" answers it with the yes; a vet's price answer does not
    assert discount_asked(asked, ["insurance", "sliding scale"]) == ""
    assert discount_asked(asked, ["price", "cost", "fee"]) != ""


# -- 8. a weekend booking declined: another day offered, no luck wished with "what you have planned" ---------------


def test_a_saturday_booking_declined_wishes_no_luck_with_plans(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nBella is due for her boosters. Could we book a Saturday appointment? Weekdays are hard "
        "with work.\n\nAmber Cole\n",
        sender="Amber Cole <amber.cole@gmail.example>",
        subject="Saturday appointment for Bella's vaccines?",
    )
    draft = str(record["draft"])
    assert record["decision"] == "decline", record["reason"]
    assert (
        "another day" in draft and "good luck" not in draft.lower() and "what you have planned" not in draft
    ), draft


# -- 9. an invitation's time zone named by its TZID alone (no VTIMEZONE): the right instant, shown in that zone ----


def test_a_tzid_without_a_vtimezone_is_the_instant_in_that_zone(tmp_path: Path) -> None:
    ics = _covma_invitation(
        tmp_path / "covma.ics",
        summary="COVMA January meeting: Antimicrobial stewardship (1 CE hour)",
        description=MEMBER_MEETING,
    )
    (message,) = calendar_messages(ics.read_bytes(), str(ics))
    # 18:30 in Bend is 02:30 the next day in UTC, written in Bend's -08:00 - not 18:30 UTC
    assert message.date == datetime(2027, 1, 13, 2, 30, tzinfo=UTC)
    assert message.date_offset == -8 * 60


def test_a_floating_or_utc_time_names_no_clock_of_the_organisers(tmp_path: Path) -> None:
    floating = tmp_path / "floating.ics"
    floating.write_bytes(
        _covma_invitation(tmp_path / "covma.ics", summary="COVMA meeting", description=MEMBER_MEETING)
        .read_bytes()
        .replace(b"DTSTART;TZID=America/Los_Angeles:", b"DTSTART:")
    )
    (message,) = calendar_messages(floating.read_bytes(), str(floating))
    assert message.date_offset is None
    # ...nor does a time given in UTC: the instant, with no clock of the organiser's
    in_utc = floating.read_bytes().replace(b"DTSTART:20270112T183000", b"DTSTART:20270113T023000Z")
    (message,) = calendar_messages(in_utc, str(floating))
    assert (message.date, message.date_offset) == (datetime(2027, 1, 13, 2, 30, tzinfo=UTC), None)


def test_show_gives_an_invitations_date_in_its_own_zone(kindly: Kindly, tmp_path: Path) -> None:
    ics = _covma_invitation(
        tmp_path / "covma.ics",
        summary="COVMA January meeting: Antimicrobial stewardship (1 CE hour)",
        description=MEMBER_MEETING,
    )
    profile = profile_file(vet_profile(), tmp_path)
    triaged_one(kindly, ics, profile)
    shown = kindly("show", "1", "--profile", str(profile)).output
    assert "2027-01-12T18:30:00-08:00" in shown, shown
