"""Priya Raman's mail (session 22): a senior data scientist in Austin, laid off last month, whose first goal is her
next role. A recruiter's role in her field is what she is after, a stranger asking her for a referral is no
recruiter, and no draft of hers says she is not looking."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.fit import seeks_a_role
from kindly.profile import Goal, GoalKind
from personas import job_seeker_profile, to_seeker
from support import Kindly, profile_file, triaged_one


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
    assert "rule against MLM or commission-only roles" in record["draft"]


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
