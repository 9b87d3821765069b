"""Miriam Okafor-Lund, a psychotherapist in solo private practice in Portland (session 23): her ethics are her
never-rules, and each holds for what it names - "podcast or media interviews about clients" rules out a podcast
that wants a client story, not every workshop or conference that asks her to present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import therapist_profile, to_therapist
from support import Kindly, profile_file, triaged_one


def _to_therapist(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Miriam against her profile."""
    mail = to_therapist(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(therapist_profile(), tmp_path))


# -- 1. "podcast or media interviews about clients": what the rule is about belongs to each of its alternatives ----


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Guest spot on Healing Out Loud?",
            "Hi Miriam,\n\nI host Healing Out Loud, a podcast on mental health. Each episode a therapist walks us "
            "through a client they worked with - a case that changed them (names changed, of course). Would you "
            "record one with us in January? It's remote, about an hour.\n\nDevon\n",
            id="a-podcast-wanting-a-case",
        ),
        pytest.param(
            "Podcast guest?",
            "Hey Miriam! Would you come on our show and share a client story - a real case that changed how you "
            "practice? Listeners love those. Recording is remote.\n\nRae\n",
            id="a-podcast-wanting-a-client-story",
        ),
    ],
)
def test_a_podcast_that_wants_a_client_story_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Devon Ash <devon@healingpod.example>", subject=subject
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "about clients" in record["reason"]
    # no colleague found for the show: every therapist keeps the same confidence
    assert "put them in touch" not in record["draft"] and "pass your details on" not in record["draft"]
    assert "suggest your event" not in record["draft"]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Northwest Trauma Training Institute <events@nwtti.example>",
            "CE workshop: EMDR Refresher, Jan 22 (6 CE hours)",
            "Dear Colleague,\n\nRegistration is open for our one-day workshop on complex trauma with Dr. Lena Park, "
            "Friday January 22, 9am-4pm, in Portland. 6 CE hours approved by the Oregon Board.\n\n"
            "Early bird $165 until December 15. Register at nwtti.example/emdr-jan.\n",
            id="a-ce-workshop",
        ),
        pytest.param(
            "Oregon Counseling Association <conference@oregoncounseling.example>",
            "Call for proposals: OCA 2027 Annual Conference",
            "Dear OCA member,\n\nProposals are now open for the Oregon Counseling Association 2027 Annual "
            "Conference, April 15-17 in Salem. We welcome 60- and 90-minute sessions on clinical practice, ethics "
            "and trauma-informed care.\n\nSubmit your proposal by January 8.\n\nOCA Conference Committee\n",
            id="a-conference-call-for-proposals",
        ),
    ],
)
def test_a_workshop_or_a_conference_is_not_an_interview_about_clients(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_therapist(kindly, tmp_path, body, sender=sender, subject=subject)
    assert "about clients" not in record["reason"], record["reason"]
    assert "endorsements" not in record["reason"], record["reason"]  # "6 CE hours approved by the Board"


# -- 2. "testimonials or endorsements of products": a brand that wants her name on its packaging -------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Miriam,\n\nWe make CalmLeaf adaptogen gummies and we'd love to feature your endorsement on our "
            "website and packaging. In return, a 20% affiliate commission on every sale plus a free monthly "
            "supply. Can we set up a call?\n\nThe Serene Botanicals team\n",
            id="her-endorsement-on-packaging-and-a-commission",
        ),
        pytest.param(
            "Hello Dr. Okafor-Lund,\n\nOur sleep app is launching a 'therapist-recommended' badge and we'd like "
            "you to be one of the five Portland clinicians behind it. We'd pay $500 and link to your practice. "
            "Could we talk this week?\n\nNoor, DreamWell\n",
            id="a-therapist-recommended-badge",
        ),
    ],
)
def test_a_brand_asking_for_her_endorsement_is_declined_by_her_endorsement_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Partners <partners@brand.example>", subject="Partnership"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "endorsements of products" in record["reason"]
    # no offer to send her clients to a product
    assert "refer clients your way" not in record["draft"]


# -- 3. a rule that names "referral fees or kickbacks" says it once in the draft -----------------------------------


def test_a_referral_fee_offer_is_declined_without_saying_referral_fees_twice(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Miriam,\n\nI run a couples practice in the Pearl. How about we refer to each other? I pay $50 for each "
        "referred client who books an intake, and I'd happily take the same from you.\n\nGreg Olander, LMFT\n"
    )
    record = _to_therapist(
        kindly, tmp_path, body, sender="Greg Olander <greg@olander.example>", subject="Referrals"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "paying or accepting referral fees for client referrals" in record["draft"]
    assert "referral fees or referral fees" not in record["draft"]


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        pytest.param(
            "paying or accepting referral fees or kickbacks", "referral fees, so", id="fees-then-kickbacks"
        ),
        pytest.param("kickbacks or referral fees", "against referral fees, so", id="kickbacks-then-fees"),
        pytest.param(
            "referral kickbacks", "against referral fees, so", id="kickbacks-alone-are-referral-fees"
        ),
        pytest.param("referral fees, kickbacks or gifts", "referral fees or gifts", id="among-others"),
    ],
)
def test_kickbacks_in_a_rule_are_told_as_referral_fees_once(rule: str, said: str) -> None:
    from kindly.reply.decline_reason import _firm_rule

    told = _firm_rule(rule)
    assert said in told and told.count("referral fee") == 1, told


# -- 4. a family physician or an internist is the primary-care physician her referral goal names -------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hello Miriam - I'm a family physician at Foster Road Community Clinic. More and more of our patients "
            "have PTSD and anxiety and our behavioral health team has a long waitlist. Would you be open to "
            "meeting to set up a referral pathway? Fridays work for me.\n\nLinh Nguyen, MD\n",
            id="a-family-physician",
        ),
        pytest.param(
            "Dear Ms. Okafor-Lund,\n\nI'm an internist in a small practice on NE Broadway. Several of my patients "
            "need weekly therapy for depression and I'd like to have a few therapists I can refer to directly. "
            "Could we talk for 20 minutes on a Friday?\n\nDr. Paul Ferris\n",
            id="an-internist",
        ),
    ],
)
def test_a_primary_care_doctor_who_wants_to_refer_patients_is_accepted(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Dr. Ferris <md@clinic.example>", subject="Referrals"
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_clients"


def test_a_family_photographer_is_no_primary_care_physician(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Miriam,\n\nI'm a family photographer in Sellwood. Would you like to grab coffee and talk about "
        "cross-promoting our businesses on Instagram?\n\nLena\n"
    )
    record = _to_therapist(kindly, tmp_path, body, sender="Lena <lena@photos.example>", subject="Coffee?")
    assert record["decision"] != "accept", record["reason"]


# -- 5. an associate who would "love to meet monthly for mentoring" asks for her mentoring, not offers it ----------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Miriam,\n\nI'm three months into my associate license now and would still love to meet monthly "
            "for mentoring if you have room in the new year. Fridays work best for me.\n\nLucia\n",
            id="monthly-for-mentoring",
        ),
        pytest.param(
            "Dear Miriam,\n\nI'm a newly licensed therapist and I'd be so glad to come by for mentoring now and "
            "then - even once a month would help me find my feet.\n\nOmar\n",
            id="glad-to-come-for-mentoring",
        ),
    ],
)
def test_a_new_therapist_asking_to_meet_for_mentoring_is_accepted(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Lucia <lucia@ferraro.example>", subject="mentoring"
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "help_client"
    assert "mentor's time offered" not in " ".join(record.get("evidence", []))


def test_an_online_therapy_platform_recruiting_her_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Miriam, I'm a clinical recruiter at Talkspring, the online therapy platform. We're growing fast in "
        "Oregon and you'd be a great fit! Flexible hours, we send you clients, pay is $38-$52 per session. Open "
        "to a quick chat this week?\n\nMegan Ortiz\n"
    )
    record = _to_therapist(
        kindly, tmp_path, body, sender="Megan Ortiz <megan@talkspring.example>", subject="Hi"
    )
    assert record["decision"] == "decline", record["reason"]


# -- 6. a prospective client's short question that her answers answer is answered, not asked back ------------------


@pytest.mark.parametrize(
    ("subject", "body", "answered"),
    [
        pytest.param(
            "Are you taking new clients?",
            "Hello,\n\nI found your profile on Psychology Today. I've had a lot of anxiety since a job loss this "
            "summer and my doctor suggested therapy. Do you have any openings? Also do you take Providence?\n\n"
            "Thanks,\nDaniel\n",
            ["few openings", "Providence and Regence"],
            id="openings-and-insurance",
        ),
        pytest.param(
            "question",
            "Hi Miriam, I'm looking for a therapist to help me with panic attacks, ideally someone in SE Portland. "
            "Is there a waitlist right now?\n\nSent from my iPhone\n",
            ["few openings"],
            id="a-waitlist",
        ),
    ],
)
def test_a_prospective_clients_question_is_answered_from_her_answers(
    kindly: Kindly, tmp_path: Path, subject: str, body: str, answered: list[str]
) -> None:
    record = _to_therapist(kindly, tmp_path, body, sender="Daniel <dh@mail.example>", subject=subject)
    assert record["decision"] == "accept", record["reason"]
    for words in answered:
        assert words in record["draft"]
    assert "about your business" not in record["draft"]
    # her answer says how to book the consultation: no call at her Friday hours beside it
    assert "work for you?" not in record["draft"] and "Friday" not in record["draft"]


def test_a_psychiatrist_asking_for_a_call_is_offered_her_fridays(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Miriam,\n\nI'm a psychiatrist with Rose City Psychiatric Associates. Several of my patients need weekly "
        "therapy alongside medication, and a colleague says you do good work with trauma. Could we do a 20-minute "
        "call about coordinating care?\n\nMarcus Webb, MD\n"
    )
    record = _to_therapist(
        kindly, tmp_path, body, sender="Marcus Webb <mw@rosecity.example>", subject="Intro"
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Friday" in record["draft"] and "work for you?" in record["draft"]


# -- 7. a client's family offering a thank-you dinner says who they are by the sessions, not the word "client" -----


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Ms. Okafor-Lund,\n\nOur son has been seeing you since the spring and he is doing so much better. "
            "My wife and I would love to take you to dinner at Le Pigeon to say thank you, or send a gift card if "
            "you'd prefer.\n\nWith gratitude,\nRobert Kline\n",
            id="a-parent-offers-dinner",
        ),
        pytest.param(
            "Miriam - I know our sessions ended in June but I'd love to take you out for lunch to say thank you. "
            "Are you free some Friday?\n\nAnna\n",
            id="a-former-client-offers-lunch",
        ),
    ],
)
def test_a_clients_thank_you_gift_or_dinner_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Robert Kline <rk@law.example>", subject="Thank you"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "meals from clients" in record["draft"]  # the rule, or the part of it that held


def test_a_drug_reps_lunch_is_not_a_meal_from_a_client(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Dr. Okafor-Lund - I'd love to bring lunch for you and your staff and share the latest data on "
        "Zuravex for postpartum depression. 45 minutes, any Thursday in December.\n\nKyle Benton, Meridian Pharma\n"
    )
    record = _to_therapist(
        kindly, tmp_path, body, sender="Kyle Benton <kb@pharma.example>", subject="Lunch & Learn"
    )
    assert "from clients" not in record["reason"], record["reason"]


# -- 8. a newly licensed counsellor says so by the exam they passed, and says what the coffee is for -------------


def test_a_counsellor_who_just_passed_the_nce_and_wants_to_ask_about_supervision_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "hey Miriam, it's Sam Ortiz from the OCA ethics training. I passed the NCE last week!! could we grab a coffee "
        "some Friday so I can ask about supervision and getting started? no worries if not\n"
    )
    record = _to_therapist(kindly, tmp_path, body, sender="Sam Ortiz <sam.o@mail.example>", subject="coffee?")
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "help_client"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param(
            "coffee sometime so I can ask about supervision?", "so I can ask about supervision", id="a-topic"
        ),
        pytest.param("coffee sometime so I can ask you about something?", "", id="no-topic"),
    ],
)
def test_a_coffee_to_ask_about_a_topic_says_what_it_is_for(text: str, said: str) -> None:
    from kindly.decide.topic_said import topic_said

    assert topic_said(text) == said


# -- 9. "current or former clients" is all her clients, one alternative: never "social contact with current" -----


@pytest.mark.parametrize(
    ("rule", "needed"),
    [
        pytest.param(
            "social contact with current or former clients",
            (("social", "contact", "clients"),),
            id="current-or-former",
        ),
        pytest.param(
            "dinners with past or present patients", (("dinners", "patients"),), id="past-or-present"
        ),
        pytest.param(
            "gifts or meals from clients",
            (("gifts", "clients"), ("meals", "clients")),
            id="two-things-still-two",
        ),
    ],
)
def test_two_times_of_the_same_people_are_one_alternative_of_a_rule(
    rule: str, needed: tuple[tuple[str, ...]]
) -> None:
    from kindly.decide.rules import words_needed

    assert words_needed(rule) == needed


# -- 10. a former client's party is the social contact her rule keeps out: a kind, boundaried no ------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Hi Miriam!!\n\nI know it's been almost two years since our last session but I think about our work "
            "together all the time. I finally bought a house and I'm having a housewarming party on Saturday "
            "December 12 from 6pm. It would mean the world to me if you came!\n\nJess\n",
            id="a-housewarming",
        ),
        pytest.param(
            "Miriam, it's been a year since we finished our sessions and I'm doing so well. I'm turning 40 and "
            "having a birthday party on Saturday January 9 at my place - I'd love for you to come!\n\nDana\n",
            id="a-birthday-party",
        ),
    ],
)
def test_a_former_clients_party_is_declined_by_her_rule(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _to_therapist(
        kindly, tmp_path, body, sender="Jess Carrow <jess88@mail.example>", subject="party!!"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "social contact" in record["draft"]
    assert "see you" not in record["draft"].lower()


def test_a_friends_birthday_party_is_still_her_own_plans(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Miri!! I'm turning 40 and having a birthday party on Saturday January 9 at my place - you HAVE to come. "
        "Bring Jonas!\n\nxo Dana\n"
    )
    record = _to_therapist(
        kindly, tmp_path, body, sender="Dana Fox <dana.fox@mail.example>", subject="party!!"
    )
    assert record["reason_code"] != "never_do", record["reason"]
