"""Dr. Hannah Brennan, who owns Cedar Hollow Animal Clinic, a two-vet small-animal clinic in Bend (session 24): her
never-rules as she wrote them hold for what they name - "meals or gifts from drug or pet-food reps" rules out a
rep's catered lunch, not a specialist hospital's referral dinner or a student club's lunch talk."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rule_except import SparedKind, spared_kind
from kindly.decide.rules import never_rule_hit, rule_ideas
from kindly.model import Intent
from kindly.profile import Profile
from personas import to_hannah, vet_profile
from support import Kindly, profile_file, triaged_one


def _to_hannah(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Hannah against her profile."""
    mail = to_hannah(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(vet_profile(), tmp_path))


# -- 1. "meals or gifts from drug or pet-food reps": whom the meals come from is every alternative's ---------------


def test_whom_a_rule_lists_after_from_is_every_alternatives() -> None:
    # both the meals and the gifts are from a rep, of either kind; cut at every "or" the rule was "meals" from
    # anyone, and "pet-food reps" alone
    assert rule_ideas("meals or gifts from drug or pet-food reps") == (("meal", "vendor"), ("gift", "vendor"))
    assert rule_ideas("lunches from pharma reps") == rule_ideas("lunches from vendors")
    # near misses: a limit before "from" stays every alternative's, and a list whose last part is no one's
    # ("referral fees") keeps its own alternatives
    assert rule_ideas("gifts or meals over $50 from lobbyists") == ()
    assert rule_ideas("gifts from clients or referral fees") == (("referral_fee",),)


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Jared Kowalski <jared.kowalski@meridian-ah.example>",
            "Lunch & learn for your team - new parasiticide",
            "Hi Dr. Brennan,\n\nI'm the Meridian Animal Health rep for Central Oregon. I'd love to come by Cedar "
            "Hollow for a lunch-and-learn with your team on our new chewable parasiticide, Trivexa. I'll bring a "
            "catered lunch for everyone, and it only takes 30 minutes.\n\nWould a Tuesday or Thursday in December "
            "work?\n\nJared Kowalski\nTerritory Manager, Meridian Animal Health\n",
            id="a-drug-reps-catered-lunch-and-learn",
        ),
        pytest.param(
            "Kelsey Moran <kmoran@nutrivet-foods.example>",
            "Dinner on us + samples of our new renal diet",
            "Hi Hannah,\n\nNutriVet is launching a new renal support diet and I'd love to treat you and Dr. Patel to "
            "dinner at Ariana next week to walk you through the data. I'll also drop off a few cases of samples for "
            "your staff's own pets.\n\nKelsey Moran\nVeterinary Account Manager, NutriVet Foods\n",
            id="a-pet-food-reps-dinner",
        ),
    ],
)
def test_a_reps_meal_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "another day" not in record["draft"]  # not the day: the meal


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Dr. Alan Whitaker <awhitaker@cascadevetspecialists.example>",
            "Referral partners dinner - January 14",
            "Dear Dr. Brennan,\n\nCascade Veterinary Specialists is hosting a dinner for our referring veterinarians "
            "on Thursday, January 14 at 6:30 pm at our hospital in Bend. Our new board-certified surgeon, Dr. Mei "
            "Tanaka, will talk about when and how to refer, and we'd love to hear what would make referring easier "
            "for you.\n\nWould you be able to join us? Please RSVP by January 6.\n\nAlan Whitaker, DVM, DACVS\n"
            "Medical Director, Cascade Veterinary Specialists\n",
            id="a-specialist-hospitals-referral-dinner",
        ),
        pytest.param(
            "Owen Fitch <scavma.events@oregonstate.example>",
            "Lunch talk for SCAVMA students?",
            "Hi Dr. Brennan,\n\nI'm the events chair for our SCAVMA chapter at Oregon State. Our students keep asking "
            "to hear from practice owners about life in general practice. Would you give a 45-minute lunch talk "
            "(in person in Corvallis or over Zoom) sometime in February? Lunch is provided by the club and we'd "
            "happily cover your mileage.\n\nOwen Fitch\nSCAVMA Events Chair\n",
            id="a-student-clubs-lunch-talk",
        ),
    ],
)
def test_a_meal_from_no_rep_is_not_her_reps_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]


# -- 2. "selling my practice to a corporate consolidator": a buyer of clinics, however it words its offer ----------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Douglas Whitcombe <dwhitcombe@evergreen-vetpartners.example>",
            "Partnering with Cedar Hollow Animal Clinic",
            "Dear Dr. Brennan,\n\nI lead practice development at Evergreen Veterinary Partners. We partner with "
            "respected independent clinics like yours: you keep your name, your team and your clinical autonomy, and "
            "we take on the back-office burden.\n\nWould you be open to a confidential 20-minute conversation about "
            "what a partnership could look like, including a valuation of the practice?\n\nDouglas Whitcombe\n",
            id="a-polite-partnership-with-a-valuation",
        ),
        pytest.param(
            "Brent Sayles <brent@apexpetcare.example>",
            "RE: Offer for your practice - final follow-up",
            "Hannah,\n\nThird time reaching out. Practice valuations are at an all-time high. We're prepared to offer "
            "12x EBITDA for Cedar Hollow, cash at close, and we're closing our Q1 acquisitions list on Friday.\n\n"
            "I need 15 minutes on the phone this week. What's your cell?\n\nBrent Sayles\n",
            id="a-pushy-offer-in-ebitda",
        ),
    ],
)
def test_a_consolidators_offer_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "corporate consolidator" in record["draft"]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Maya Chen <maya.chen@gmail.example>",
            "Associate position - and maybe buying in one day?",
            "Hi Dr. Brennan,\n\nI'm finishing my internship in June and would love to work in Bend long term. Are you "
            "hiring an associate? My hope is to own part of a practice one day, so I'd also love to hear how you "
            "bought Cedar Hollow.\n\nMaya Chen, DVM\n",
            id="a-young-vet-hoping-to-buy-in",
        ),
        pytest.param(
            "Emily Sorensen <emily.sorensen@outlook.example>",
            "New to Bend - are you taking new patients?",
            "Hello,\n\nWe just moved to Bend with two cats. Are you accepting new patients? And roughly how much is a "
            "wellness exam?\n\nThank you!\nEmily Sorensen\n",
            id="a-new-client-asking-prices",
        ),
    ],
)
def test_no_buyer_of_clinics_is_not_her_consolidator_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert "consolidator" not in record["reason"], record["reason"]


# -- 3. "free care in exchange for social media posts": any service given for posts, however the deal is put -------


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Sienna Rae <collabs@siennaandthedoodles.example>",
            "Collab with @siennaandthedoodles (180k followers)!",
            "Hiii Dr. Hannah!!\n\nI run @siennaandthedoodles on Instagram and TikTok (180k followers). We just moved "
            "to Bend and I'd love to partner with Cedar Hollow! In exchange for covering the doodles' wellness "
            "exams, vaccines and dental cleanings, I'd post 3 Reels and 5 stories tagging the clinic.\n\nIt's "
            "amazing exposure for you. Let me know!\n\nxo Sienna\n",
            id="an-influencer-wanting-exams-for-reels",
        ),
        pytest.param(
            "Marcus Bell <marcus.bell@fastmail.example>",
            "Rocky's dental",
            "Hi Dr. Brennan,\n\nCould you comp Rocky's dental on the 14th? I run a Bend dog page on Facebook with "
            "9,000 members - if you waive the fee, I'll post a glowing write-up and photos of his visit.\n\n"
            "Thanks,\nMarcus Bell\n",
            id="a-client-asking-a-fee-waived-for-a-write-up",
        ),
    ],
)
def test_care_asked_for_posts_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "social media posts" in record["reason"]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Tessa Lindgren <tessa@highdesertpawsrescue.example>",
            "Low-cost spay day for our rescue?",
            "Hi Dr. Brennan,\n\nI'm the intake coordinator at High Desert Paws Rescue. We have about 14 cats and 6 "
            "dogs that need spaying or neutering before adoption this winter. Would Cedar Hollow consider a "
            "discounted spay/neuter day for us, once a month or once a quarter? We can bring volunteers to help "
            "with recovery and pay a reduced rate per animal.\n\nTessa Lindgren\n",
            id="a-rescue-asking-a-discounted-spay-day",
        ),
        pytest.param(
            "Amy Ford <amy.ford@gmail.example>",
            "Thank you - and a review!",
            "Hi Dr. Brennan,\n\nThank you for seeing Pepper so quickly last week. I posted a review on Facebook and "
            "shared it on our neighborhood page. Could we book her booster for January?\n\nAmy\n",
            id="a-client-who-posted-a-review-of-her-own-accord",
        ),
    ],
)
def test_care_with_no_posts_traded_for_it_is_not_her_posts_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert "social media posts" not in record["reason"], record["reason"]


# -- 4. "weekend appointments, except emergencies": an appointment is a meeting, and the emergency is spared -------


def test_her_weekend_rule_is_read_and_spares_what_it_excepts() -> None:
    # before: "appointments" and "except emergencies" were words no message could show - the rule never held
    assert rule_ideas("weekend appointments, except emergencies") == (("weekend", "appointment"),)
    assert spared_kind("weekend appointments, except emergencies") == SparedKind(
        "weekend appointments", "emergencies"
    )
    assert spared_kind("weekend events (except weddings)") == SparedKind("weekend events", "weddings")
    # near misses: whom a rule spares is an Exemption's, and a condition on pay is no kind of ask
    assert spared_kind("weekend events except for students") is None
    assert spared_kind("podcasts unless I am paid") is None


def test_a_saturday_booking_for_vaccines_is_declined_by_her_weekend_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi,\n\nBella (our lab, 3) is due for her annual vaccines. We both work weekdays - could we book a Saturday "
        "morning appointment sometime this month?\n\nThanks,\nAmber Cole\n",
        sender="Amber Cole <amber.cole@yahoo.example>",
        subject="Saturday appointment for Bella's vaccines?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "weekend appointments" in record["reason"]
    # only the day is wrong: a weekday is welcome
    assert "another day" in record["draft"]


def test_an_urgent_saturday_case_is_spared_by_her_weekend_rule() -> None:
    profile = Profile.model_validate(tomllib.loads(vet_profile()))
    urgent = (
        "Our cat Milo has been straining in the litter box since last night and nothing comes out. It's urgent - "
        "could you see him this Saturday morning?"
    )
    assert never_rule_hit(profile, urgent, Intent.CLIENT_INQUIRY) is None
    routine = "Bella is due for her annual vaccines - could you see her this Saturday morning?"
    hit = never_rule_hit(profile, routine, Intent.CLIENT_INQUIRY)
    assert hit is not None and hit[0] == "weekend appointments, except emergencies"


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Linda Park <programs@covma.example>",
            "Speaker invitation: COVMA Spring CE Day",
            "Dear Dr. Brennan,\n\nOn behalf of the Central Oregon Veterinary Medical Association, I'd like to invite "
            "you to speak at our Spring CE Day on Saturday, April 17 in Bend. Members have asked for a practical "
            "session on chronic kidney disease in cats.\n\nThe session would be 50 minutes plus questions. Could you "
            "let me know by December 18 whether you're interested?\n\nLinda Park\nProgram Chair, COVMA\n",
            id="her-association-asks-her-to-speak-on-a-saturday",
        ),
        pytest.param(
            "Jenna Ortiz <jenna.ortiz@highdesertanimaler.example>",
            "Coffee with our new medical director?",
            "Hi Dr. Brennan,\n\nI'm the referral liaison at High Desert Animal ER. Our new medical director, Dr. Sam "
            "Hollis, is visiting the general practices that send us overnight and weekend cases, and he'd love 30 "
            "minutes over coffee at your clinic.\n\nDoes a lunchtime next week suit?\n\nJenna Ortiz\n",
            id="the-er-names-weekend-cases",
        ),
    ],
)
def test_a_weekend_ask_that_books_no_appointment_is_not_her_weekend_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_hannah(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]


# -- 5. a breeder's referral told, not asked: "they're looking for a vet in Bend. I told them you're the best" ------


def test_a_breeders_referral_is_a_client_sent_her_way(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nI bred the Nakamuras' new golden retriever puppy, Maple (9 weeks), and they're looking "
        "for a vet in Bend. I told them you're the best, and I've copied them here. They'd like a first puppy "
        "visit in the next two weeks.\n\nThanks as always,\nCarol Jenkins\nJenkins Goldens, Sisters OR\n",
        sender="Carol Jenkins <carol@jenkinsgoldens.example>",
        subject="Referral: the Nakamuras and their new golden puppy",
    )
    # before: "Not an invitation: nothing is asked of you" - a new client left unanswered
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "referral" in record["draft"]
    # they are copied on her mail: she writes to them, asks no one for their details
    assert "get in touch with them directly" in record["draft"]


def test_a_thank_you_after_a_referral_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nThe Nakamuras told me how kind you were with Maple at her first visit. Thank you for "
        "looking after my puppies' families so well!\n\nCarol\n",
        sender="Carol Jenkins <carol@jenkinsgoldens.example>",
        subject="Thank you!",
    )
    assert record["decision"] == "ignore", record["reason"]


# -- 6. a new graduate says so by where they are: "just started as an associate", "surviving the first year" ------


def test_a_new_graduate_asking_advice_is_her_teaching_goal(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan - I graduated from WSU vet school in May and just started as an associate at a two-vet "
        "clinic in Prineville. I'd love your advice on surviving the first year in general practice, especially "
        "handling difficult euthanasia conversations. Would you have 20 minutes for a call sometime?\n\nMarisol\n",
        sender="Marisol Vega <marisol.vega@gmail.example>",
        subject="Twenty minutes of your advice?",
    )
    # before: "A request for advice that serves none of your goals"
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "new graduates" in record["reason"]


def test_a_veteran_recalling_her_first_year_is_no_new_graduate(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Hannah,\n\nI've run a mixed practice in Madras for 22 years - I still remember my first year in "
        "practice! I'm selling advertising in our county fair programme: a quarter page is $150. Interested?\n\n"
        "Bill\n",
        sender="Bill Ames <bill@madrasvet.example>",
        subject="County fair programme ads",
    )
    assert "new graduates" not in record["reason"], record["reason"]


def test_a_breeder_offering_to_send_her_buyers_is_answered_as_work_sent(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nI breed Pembroke corgis in Tumalo and most of my puppy buyers live in Bend. A friend "
        "says Cedar Hollow is wonderful with first-time owners. I'd like to recommend you to my buyers for their "
        "first puppy visits - would that be all right?\n\nThank you,\nDana Whitlock\nHigh Cascade Corgis\n",
        sender="Dana Whitlock <dana@highcascadecorgis.example>",
        subject="Sending my puppy buyers your way?",
    )
    assert (record["intent"], record["decision"]) == ("client_inquiry", "accept"), record["reason"]
    # before: "I'd be happy to be introduced" - to no one in particular
    assert "please do send them my way" in record["draft"]
    assert "contact details" not in record["draft"]


def test_a_referral_with_no_way_to_reach_them_asks_for_their_details(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nI'd like to refer a client of mine to you - the Ortegas just adopted two senior cats "
        "and need a vet in Bend. Would you be willing to take them on as new patients?\n\nBest,\nLaura, "
        "Sisters Cat Rescue\n",
        sender="Laura Diaz <laura@sisterscats.example>",
        subject="A referral",
    )
    assert "contact details" in record["draft"], record["draft"]


def test_buyers_offered_as_one_side_of_a_trade_are_no_work_sent(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_hannah(
        kindly,
        tmp_path,
        "Hi Dr. Brennan,\n\nI own Bark & Bowl, the pet supply store on Galveston. Let's co-brand a puppy starter "
        "kit and split the cost of the flyers - in return I'd recommend you to my customers at every puppy "
        "sale. Coffee next week?\n\nNina\n",
        sender="Nina Ross <nina@barkandbowl.example>",
        subject="Co-marketing idea",
    )
    assert record["intent"] != "client_inquiry", record["reason"]
