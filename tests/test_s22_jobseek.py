"""Priya Raman's mail (session 22): a senior data scientist in Austin, laid off last month, whose first goal is her
next role. A recruiter's role in her field is what she is after, a stranger asking her for a referral is no
recruiter, and no draft of hers says she is not looking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.fit import seeks_a_role
from kindly.model import Intent, Understanding
from kindly.profile import Goal, GoalKind, parse_profile
from personas import job_seeker_profile, to_seeker
from support import Kindly, incoming, profile_file, triaged_one


def _to_priya(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, **profile: Any
) -> dict[str, Any]:
    mail = to_seeker(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(job_seeker_profile(**profile), tmp_path))


LISA = (
    "Hi Priya! I'm a recruiter with Harbor Talent. We're searching for a Senior Data Scientist for a healthcare AI "
    "startup in Austin, $180-200k base. Interested in a quick chat?\n\nLisa Chen\nHarbor Talent\n"
)


@pytest.mark.parametrize(
    "description",
    [
        # a slash between the words of the role, and the hiring managers she means to meet
        "Land a senior or staff data scientist / ML role: meet hiring managers at Lumora Health and Cedarline",
        "Find my next product manager role and meet hiring managers in fintech",
        "Land a staff or principal machine learning engineer / MLOps role",
    ],
)
def test_a_search_that_names_the_hiring_managers_it_meets_is_a_job_search(description: str) -> None:
    assert seeks_a_role(Goal(kind=GoalKind.CUSTOM, description=description, targets=[], priority=1))


@pytest.mark.parametrize(
    "description",
    [
        "Find someone for our open bookkeeper position",  # the user fills a role
        "Land a role for our hiring team's new analyst",
        "Meet hiring managers at fintechs",  # whom she meets, but no role sought in words
    ],
)
def test_a_goal_that_fills_a_role_or_seeks_none_is_still_no_job_search(description: str) -> None:
    assert not seeks_a_role(Goal(kind=GoalKind.CUSTOM, description=description, targets=[], priority=1))


def test_a_recruiter_with_a_senior_data_scientist_role_is_a_yes_in_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly, tmp_path, LISA, "Lisa Chen <lisa@harbortalent.example>", "Senior Data Scientist"
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "not looking" not in record["draft"]
    assert (
        "Would Friday, December 4 at 10:00 am or Monday, December 7 at 2:30 pm work for you?"
        in record["draft"]
    )


def test_a_recruiter_she_declines_is_never_told_she_is_not_looking(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Priya,\n\nWe're hiring a Regional Sales Director for a casino group in Las Vegas. Worth a quick chat?\n\n"
        "Dean Cole\nVegas Talent\n"
    )
    record = _to_priya(kindly, tmp_path, body, "Dean Cole <dean@vegastalent.example>", "Sales Director role")
    assert record["decision"] == "decline", record["reason"]
    assert "not looking for a new role" not in record["draft"]
    assert "isn't quite the role I'm looking for" in record["draft"]


KEVIN = (
    "Hi Priya,\n\nI saw on LinkedIn that you were at Tallgrass Analytics. I'm applying for their Data Scientist II "
    "opening - would you be willing to refer me? Happy to send my resume.\n\nThanks,\nKevin Tran\n"
)


def test_a_stranger_asking_her_for_a_referral_is_no_recruiter_for_her_search(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly, tmp_path, KEVIN, "Kevin Tran <kevin.tran.ds@gmail.com>", "Referral at Tallgrass?"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "not_a_fit"), record["reason"]
    assert "A job seeker asking about work with you" in record["reason"]
    # she is job-hunting herself: no meeting offered, and no "I'll keep your note on file" as if she hired
    assert "Would " not in record["draft"] and "on file" not in record["draft"]
    assert "I'm looking for my next role myself" in record["draft"]


def test_a_hiring_user_still_keeps_a_candidates_note_on_file(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: without a job search of her own, the candidate's decline is as before
    record = _to_priya(
        kindly,
        tmp_path,
        KEVIN,
        "Kevin Tran <kevin.tran.ds@gmail.com>",
        "Referral at Tallgrass?",
        goals=[
            {
                "kind": "find_community",
                "description": "A women in data community",
                "targets": ["Women in Data"],
                "priority": 1,
            }
        ],
    )
    assert record["decision"] == "decline", record["reason"]
    assert "I'll keep your note on file" in record["draft"]


FAKE_LUMORA = (
    "Hello Priya,\n\nLumora Health has reviewed your application. Your interview will be conducted via text chat on "
    "Telegram. Please download Telegram and contact our HR manager @lumora_hr_desk within 24 hours to begin your "
    "interview. Once hired, you will receive a cheque to buy your work laptop from our vendor.\n\n"
    "Lumora Health Recruitment\n"
)


def test_an_interview_by_text_chat_on_telegram_is_the_fake_job_even_in_a_target_firms_name(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        FAKE_LUMORA,
        "Recruitment Team <careers@lumora-health-jobs.example>",
        "Interview invitation",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert '"interview will be conducted via text chat on Telegram"' in record["reason"]
    assert record["draft"] is None


@pytest.mark.parametrize(
    "text",
    [
        # one sign alone is no scam: a real recruiter's video interview and a laptop the firm ships
        "Your interview for the role will be conducted via text chat on Telegram. We look forward to meeting you.",
        "The interview for the role will be on Zoom; happy to chat on WhatsApp first. We ship every hire a laptop.",
        "Download Telegram and contact me if that's easier. The position pays $180k and the interview is on site.",
    ],
)
def test_one_sign_of_a_chat_app_alone_is_no_fake_job(text: str) -> None:
    from kindly.decide.scams import fake_job_cue

    assert fake_job_cue(text) is None


def test_download_the_app_and_contact_its_handle_with_a_cheque_is_the_fake_job() -> None:
    from kindly.decide.scams import fake_job_cue

    text = (
        "You have been hired for the position. Please install the WhatsApp app and message our onboarding lead. "
        "You will receive a check to purchase your equipment."
    )
    assert fake_job_cue(text) == '"install the WhatsApp app and message", "check to purchase your equipment"'


TYLER = (
    "Hi Priya,\n\nI came across your profile and have an exciting opportunity with a fast-growing client that I "
    "think would be perfect for you. Do you have 15 minutes for a quick chat this week?\n\nCheers,\nTyler Brooks\n"
    "Senior Recruiter, Apex Staffing Partners\n"
)


def test_a_vague_opportunity_to_a_job_seeker_asks_for_the_role_not_says_she_is_busy(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly, tmp_path, TYLER, "Tyler Brooks <tyler@apexstaffing.example>", "Exciting opportunity!!"
    )
    assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), record["reason"]
    assert "which company and role you have in mind, and the salary range?" in record["draft"]
    assert "schedule is tight" not in record["draft"] and "pass" not in record["draft"]


def test_the_same_vague_opportunity_to_a_user_not_looking_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: no goal of hers seeks a role - asking for more would only bring the pitch
    community = {
        "kind": "find_community",
        "description": "A women in data community",
        "targets": ["Women in Data"],
    }
    record = _to_priya(
        kindly,
        tmp_path,
        TYLER,
        "Tyler Brooks <tyler@apexstaffing.example>",
        "Exciting opportunity!!",
        goals=[{**community, "priority": 1}],
    )
    assert record["decision"] == "decline", record["reason"]


QUOTAKING = (
    "Hi Priya,\n\nFollowing up on my note last week. We're hiring data-savvy Sales Engineers - it's a commission-only "
    "role with uncapped earnings. Do you have 15 minutes Friday for a call?\n\nJosh Palmer\nQuotaKing\n"
)


def test_a_commission_only_role_is_declined_by_her_rule_not_as_a_referral_fee(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(kindly, tmp_path, QUOTAKING, "Josh Palmer <josh@quotaking.example>", "Sales Engineer")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "You never do MLM or commission-only roles" in record["reason"]
    assert "rule against commission-only roles" in record["draft"]  # the part of her rule the role made


@pytest.mark.parametrize(
    ("rule", "ideas"),
    [
        ("commission-only roles", (("commission_only",),)),
        ("commission-based sales jobs", (("commission_only",),)),
        # near misses: a commission for sending clients is still a referral fee
        ("referral fees and commissions", (("referral_fee",),)),
        ("commissions on referrals", (("referral_fee",),)),
    ],
)
def test_commission_only_is_its_own_idea(rule: str, ideas: tuple[tuple[str, ...], ...]) -> None:
    from kindly.decide.rules import rule_ideas

    assert rule_ideas(rule) == ideas


@pytest.mark.parametrize(
    "text",
    [
        "The role has a $140k base salary plus uncapped commission.",  # a base and a commission is no such role
        "We pay a 10% commission on every client you refer.",
    ],
)
def test_a_base_salary_with_commission_is_no_commission_only_role(text: str) -> None:
    from kindly.decide.rules import CONCEPTS

    assert CONCEPTS["commission_only"].shown_by(text) is None


JORDAN = (
    "From: Jordan Ellis (Slack)\nSubject: coffee?\n\nhey Priya! heard about the layoff, that's rough. want to grab "
    "coffee next week? I can tell you about the ML platform team at Cedarline, they're hiring a staff MLE. Tuesday "
    "or Wednesday afternoon?\n"
)


def test_a_friends_coffee_about_a_target_firm_by_its_short_name_is_a_yes_in_her_afternoons(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = tmp_path / "dm.txt"
    pasted.write_text(JORDAN, encoding="utf-8")
    record = triaged_one(kindly, pasted, profile_file(job_seeker_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "Would Tuesday, December 8 at 2:00 pm or Wednesday, December 9 at 3:30 pm" in record["draft"]


@pytest.mark.parametrize(
    ("target", "text", "said"),
    [
        ("Cedarline Analytics", "the ML platform team at Cedarline, they're hiring", "Cedarline"),
        ("Lumora Health", "I just joined Lumora as a staff engineer.", "Lumora"),
        # near misses: a word that opens a sentence, a name of three words, a city's chapter, a kind of people
        ("Cedarline Analytics", "Cedarline trees grow tall here.", ""),
        ("Creative Finance Circle", "We run a creative finance workshop at Creative, our space.", ""),
        ("PyData Austin", "My talk at PyData went well.", ""),
        ("Lumora Health", "a Lumora-based vendor", ""),
        ("design studios", "we love design work", ""),
        # another firm of the same first word: "Fieldwork" there is Fieldwork Ventures, not Fieldwork Capital
        ("Fieldwork Capital", "Owen Thatcher\nPlatform Lead, Fieldwork Ventures", ""),
        (
            "Fieldwork Capital",
            "Connecting you with Tess at Fieldwork. She runs Fieldwork Creative in Boise.",
            "",
        ),
        ("Cedarline Analytics", "a team at Cedarline, part of Cedarline Analytics since May", "Cedarline"),
    ],
)
def test_a_firm_is_named_by_its_first_word_where_the_rest_says_its_sector(
    target: str, text: str, said: str
) -> None:
    from kindly.decide.fit_reading import short_name_said

    assert short_name_said(target, text) == said


PYDATA = (
    "Hi Priya,\n\nThanks for your interest in speaking! Lightning talk proposals for PyData Austin 2027 (February 20, "
    "2027) are open until Friday January 8. A short abstract is all we need. We'd love to see a proposal from you.\n\n"
    "The PyData Austin organizing committee\n"
)


def test_lightning_talk_proposals_open_are_a_call_for_talks_her_speaking_goal_wants(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        PYDATA,
        "PyData Austin <organizers@pydata-austin.example>",
        "PyData Austin 2027: lightning talk proposals open",
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "build credibility" in record["reason"]


@pytest.mark.parametrize(
    ("text", "a_call"),
    [
        ("Lightning talk proposals open", True),
        ("Talk submissions are now open until 8 January.", True),
        ("Proposals for lightning talks are open!", True),
        # near misses: a grant's proposals, and proposals closed
        ("Grant proposals are now open for 2027.", False),
        ("Talk proposals closed last week - thanks to everyone who sent one.", False),
    ],
)
def test_talk_proposals_open_is_a_call_for_talks(text: str, a_call: bool) -> None:
    from kindly.understand.call_for_talks import call_for_talks

    assert call_for_talks(text, "") is a_call


def _take_home(hours: str, pay: str = "") -> str:
    return (
        "Hi Priya,\n\nGreat chatting last week. As the next step, we'd like you to build a churn model on our real "
        f"customer data and present a full go-to-market analysis of your recommendations. Most candidates spend about "
        f"{hours} hours on it.{pay} Please send it back within a week.\n\nBrad Keller\nCEO, GrowthPilot\n"
    )


def test_a_long_take_home_is_declined_by_her_rule_though_it_never_says_unpaid(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        _take_home("15-20"),
        "Brad Keller <brad@growthpilot.example>",
        "Interview next step: take-home",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "You never do unpaid take-home projects over 4 hours" in record["reason"]
    assert "rule against unpaid take-home projects over 4 hours" in record["draft"]


@pytest.mark.parametrize(
    ("hours", "pay"),
    [
        ("2-3", ""),  # within her four hours
        ("15-20", " We pay $500 for your time on it."),  # paid
    ],
)
def test_a_short_or_paid_take_home_is_not_ruled_out(
    kindly: Kindly, tmp_path: Path, hours: str, pay: str
) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        _take_home(hours, pay),
        "Brad Keller <brad@growthpilot.example>",
        "Interview next step: take-home",
    )
    assert record["reason_code"] != "never_do", record["reason"]


@pytest.mark.parametrize(
    ("rule", "ideas"),
    [
        ("unpaid take-home projects over 4 hours", (("unpaid", "spec_work"),)),
        ("unpaid interview tasks", (("unpaid", "spec_work"),)),
        ("unpaid projects", (("unpaid",),)),  # near miss: any unpaid project, no hiring task
    ],
)
def test_a_take_home_project_is_spec_work(rule: str, ideas: tuple[tuple[str, ...], ...]) -> None:
    from kindly.decide.rules import rule_ideas

    assert rule_ideas(rule) == ideas


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Interview next step: take-home", "take-home"),
        ("a take-home case study on pricing", "take-home case study"),
        ("Your take-home pay will be higher in the new plan.", ""),
    ],
)
def test_a_take_home_is_the_candidates_task_not_their_pay(text: str, said: str) -> None:
    from kindly.decide.rules import TAKE_HOME

    found = TAKE_HOME.search(text)
    assert (found.group(0) if found else "") == said


def seekers_yes(
    body: str,
    intent: str,
    variant: int,
    *,
    from_name: str = "Jordan Ellis",
    from_addr: str = "jordan@ellis.example",
    subject: str = "Coffee?",
) -> str:
    """The job seeker's yes to `body`, in the wording `variant` picks (compose, as triage calls it)."""
    from datetime import UTC, datetime

    from kindly.model import Decision, Message, Verdict
    from kindly.reply.compose import compose

    when = datetime(2026, 12, 1, 16, 0, tzinfo=UTC)
    mail = Message(
        source="t",
        channel="email",
        from_name=from_name,
        from_addr=from_addr,
        subject=subject,
        body=body,
        own_text=body,
        date=when,
    )
    understanding = Understanding(
        is_invitation=True, intent=Intent(intent), purpose_clear=True, confidence=0.9
    )
    verdict = Verdict(Decision.ACCEPT, "fits", "goal_fit")
    draft = compose(
        mail, understanding, verdict, parse_profile(job_seeker_profile()), variant=variant, now=when
    )
    assert draft is not None
    return draft.text


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_a_yes_to_an_invitation_to_meet_does_not_say_meet_twice(variant: int) -> None:
    text = seekers_yes(
        "Want to grab coffee next week? Happy to tell you about the team.", "coffee_chat", variant
    )
    assert not ("invitation to meet" in text and "pleased to meet" in text), text
    if variant == 2:  # the yes that says it: the thanks says "the invitation" alone
        assert "the invitation. I'd be pleased to meet." in text or "the invitation - " in text, text


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_an_employer_answering_her_application_is_thanked_for_getting_back_to_her(variant: int) -> None:
    body = "Thanks for applying for the Senior Data Scientist role on my team. Could we set up a 45-minute interview?"
    text = seekers_yes(body, "recruiting", variant)
    assert "getting back to me about my application" in text
    assert "think of me" not in text and "thinking of me" not in text


def test_a_recruiter_who_found_her_is_still_thanked_for_thinking_of_her() -> None:
    # near miss: no application of hers answered
    texts = [
        seekers_yes("We're hiring a Staff ML Engineer - could we talk?", "recruiting", v) for v in range(3)
    ]
    assert not any("my application" in text for text in texts)
    assert any("think of me" in text for text in texts)


SAM = (
    "Hey Priya,\n\nSo sorry to hear about Tallgrass. I moved to Cedarline Analytics in the spring and they're hiring "
    "for a couple of senior DS roles. I'd be glad to refer you - just send me your latest resume and tell me which "
    "role you'd like. Happy to grab a coffee too if you want the inside scoop.\n\nSam\n"
)


def test_an_ex_colleagues_referral_is_taken_up_with_her_resume_and_the_coffee(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_priya(
        kindly, tmp_path, SAM, "Sam Whitfield <sam.whitfield@gmail.com>", "Want a referral at Cedarline?"
    )
    assert (record["decision"], record["reason_code"]) == ("accept", "goal_fit"), record["reason"]
    assert "Thank" in record["draft"] and "the offer to refer me" in record["draft"]
    assert "Yes, please - I'd be glad of the referral, and I'll send you my latest resume." in record["draft"]
    assert "Would " in record["draft"]  # the coffee's times


@pytest.mark.parametrize(
    ("text", "yes"),
    [
        ("Happy to refer you for the staff role.", "Yes, please - I'd be glad of the referral."),
        (
            "Want a referral? Send over your CV.",
            "Yes, please - I'd be glad of the referral, and I'll send you my latest resume.",
        ),
        # near misses: a referral asked OF her, and clients referred to each other
        ("Would you be willing to refer me? Happy to send my resume.", ""),
        ("We'd be glad to refer clients to each other.", ""),
    ],
)
def test_a_referral_offered_to_her_is_taken_up(text: str, yes: str) -> None:
    from kindly.reply.referral_offer import referral_yes

    assert referral_yes(text, formal=False) == yes


def test_a_stranger_who_would_pick_her_brain_about_something_is_asked_what_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Priya, I'd love to pick your brain about something. Do you have time for a call?\n\nDerek Stone\n"
    )
    record = _to_priya(kindly, tmp_path, body, "Derek Stone <derek@stone.example>", "Quick call?")
    assert (record["decision"], record["reason_code"]) == ("ask_details", "purpose_unclear"), record["reason"]
    assert "is there something specific you wanted to discuss?" in record["draft"]


@pytest.mark.parametrize(
    ("about", "clear"),
    [
        ("about something", False),
        ("on a few things", False),
        # near miss: the topic is said, so the request is clear
        ("about moving from analytics into ML engineering", True),
    ],
)
def test_a_pitch_read_again_as_advice_is_clear_only_where_it_says_on_what(about: str, clear: bool) -> None:
    from kindly.decide.reading import with_second_reading

    body = f"Hi Priya, I'd love to pick your brain {about}. Do you have time for a call?"
    unsure = Understanding(
        True, Intent.SALES_PITCH, True, 0.32, intent_scores={"sales_pitch": 0.32, "mentorship_request": 0.3}
    )
    read = with_second_reading(unsure, parse_profile(job_seeker_profile()), incoming(body))
    assert (read.intent, read.purpose_clear) == (Intent.MENTORSHIP_REQUEST, clear)


@pytest.mark.parametrize(
    ("subject", "body", "intent", "waits"),
    [
        (
            "Phone screen: Data Scientist - QuantLeap",
            "Recruiter phone screen for the Data Scientist role.",
            "event_invitation",
            False,
        ),
        ("Senior Data Scientist", LISA, "recruiting", False),
        # near miss: a meetup is networking, and waits for a week with hours left
        (
            "Austin ML Meetup",
            "Our monthly machine learning meetup for the Austin ML Meetup community.",
            "event_invitation",
            True,
        ),
    ],
)
def test_an_interview_for_her_search_is_not_rationed_as_networking(
    subject: str, body: str, intent: str, waits: bool
) -> None:
    from kindly.decide.policy import Context, decide

    mail = incoming(body, subject=subject)
    read = Understanding(True, Intent(intent), True, 0.9)
    verdict = decide(mail, read, parse_profile(job_seeker_profile()), Context(hours_committed=8.0))
    assert ("networking hours" in verdict.reason) is waits, verdict.reason


PREMIUM = (
    "Priya, you appeared in 14 searches this week. Try Premium free for 1 month to see who's viewing your profile.\n\n"
    "Unsubscribe | Help\n"
)


def test_an_upsell_mailed_to_a_list_from_a_no_reply_address_is_no_ask(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_priya(
        kindly,
        tmp_path,
        PREMIUM,
        "LinkedIn <messages-noreply@linkedin.example>",
        "You appeared in 14 searches",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "not_invitation"), record["reason"]


def test_the_same_upsell_from_a_person_is_still_a_pitch_to_decline(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a seller who reads replies is answered, list or not
    record = _to_priya(
        kindly, tmp_path, PREMIUM, "Dana Fox <dana@linkedin.example>", "You appeared in 14 searches"
    )
    assert record["decision"] == "decline", record["reason"]
