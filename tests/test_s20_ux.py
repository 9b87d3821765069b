"""Session 20: Tiago Marques, a freelance UX/product designer in Lisbon, reviews kindly (/tmp/s20/review_ux).
Each test is one of his messages, the profile lines it needs and what he sees."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import pytest

from kindly.decide.assess import assess
from kindly.decide.fit_reading import read
from kindly.model import Intent
from personas import to_ux_designer, ux_designer_profile
from support import Kindly, incoming, profile_file, triaged_one, written_profile


class Mail(NamedTuple):
    """A mail to Tiago: who sends it, its subject and its words."""

    sender: str
    subject: str
    body: str


def _triage(
    kindly: Kindly, tmp_path: Path, mail: Mail, never: tuple[str, ...] | None = None
) -> dict[str, Any]:
    """Tiago's triage of one mail (written on 17 November), with his never-rules or `never`."""
    profile = profile_file(
        ux_designer_profile() if never is None else ux_designer_profile(never=never), tmp_path
    )
    sent = "Tue, 17 Nov 2026 13:45:00 +0000"
    path = to_ux_designer(
        tmp_path / "mail.eml", mail.body, sender=mail.sender, subject=mail.subject, date=sent
    )
    return triaged_one(kindly, path, profile)


# -- "spec work or unpaid design tests": the idea, not the words -----------------------------------------------

TAKE_HOME = Mail(
    "Tom Fischer <tom@fundwise.de>",
    "Freelance designer",
    "Hi Tiago, we're hiring a freelance product designer at Fundwise (Series A, Berlin). As part of our process we ask "
    "candidates to complete a take-home design challenge - redesign our savings goal flow, about 6-8 hours, unpaid. "
    "Can I send you the brief?\n\nTom Fischer\n",
)


def test_an_unpaid_take_home_challenge_is_spec_work(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, TAKE_HOME)
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "spec work or unpaid design tests" in record["draft"]


def test_a_rule_of_unpaid_design_tests_alone_reads_the_take_home_challenge(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triage(kindly, tmp_path, TAKE_HOME, never=("unpaid design tests",))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


CONTEST = Mail(
    "Maria Lopes <maria@padariabella.pt>",
    "Logo contest",
    (
        "Hi Tiago,\n\nWe're running a logo contest for our new bakery chain. Could you submit two or three concepts by "
        "Friday? Only the winner gets paid (EUR 400).\n\nMaria\n"
    ),
)


def test_a_contest_where_only_the_winner_is_paid_is_spec_work(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, CONTEST)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


# What must not change: a paid test, a client's own "design challenge", judging a competition, an unpaid talk.
NO_SPEC_WORK = {
    "a paid design test": TAKE_HOME.body.replace(
        "about 6-8 hours, unpaid", "about 6 hours, and we pay EUR 400 for it"
    ),
    "a founder's own design challenge": (
        "Hi Tiago,\n\nI'm the CEO of Ledgerly, a Series A fintech in London. Our biggest design challenge is the bank "
        "connection step - half our sign-ups drop off there. We have budget for a senior contractor for six weeks. "
        "Could we have a call next week?\n\nHannah\n"
    ),
    "judging a design competition": (
        "Hi Tiago,\n\nWould you join the judging panel for the Lisbon Student Design Competition on 20 January? "
        "Judges review the shortlisted entries and pick the winner over an afternoon.\n\nCarla\n"
    ),
    "an unpaid meetup talk": (
        "Hi Tiago,\n\nWould you give a 20-minute talk on accessibility audits at UX Lisboa on Thursday 21 January at "
        "19:00? We can't pay speakers, but we cover dinner.\n\nBeatriz\n"
    ),
}


# -- a friend's referral is no pitch --------------------------------------------------------------------------

RUIS_PASTE = (
    "[29/11/2026, 19:42] Rui Tavares: Hey Tiago! Quick one - my cousin Ana runs a health-tech start-up in Porto "
    "(Clinio, they do a booking app for physiotherapy clinics). They just raised a seed round and need a product "
    "designer for their patient app.\n"
    "[29/11/2026, 19:43] Rui Tavares: Can I give her your number? She'd like to call you next week\n"
)


def test_a_friend_asking_to_give_your_number_to_a_client_is_an_introduction(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ux_designer_profile(), tmp_path)
    record = triaged_one(kindly, _pasted(tmp_path, RUIS_PASTE), profile)
    assert record["intent"] == "introduction"
    assert record["decision"] == "accept"
    assert "give her my number" in record["draft"]
    assert "overview of what you do" not in record["draft"]


def test_the_yes_to_passing_your_number_leaves_no_question_for_you(kindly: Kindly, tmp_path: Path) -> None:
    profile = profile_file(ux_designer_profile(), tmp_path)
    record = triaged_one(kindly, _pasted(tmp_path, RUIS_PASTE), profile)
    shown = kindly("show", str(record["id"]), "--profile", str(profile))
    assert "please do give her my number" in shown.stdout
    assert "Questions for you to answer" not in shown.stdout


BILLFLOW_PASSING_ON = Mail(
    "Max Turner <max@billflow.app>",
    "Get paid faster",
    (
        "Hi Tiago, we help freelance designers get paid twice as fast with automatic invoice reminders. "
        "Can I pass your details on to my colleague Sara for a quick 15-minute demo?\n\nMax, Billflow\n"
    ),
)


def test_a_seller_asking_to_pass_your_details_on_stays_a_pitch(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, BILLFLOW_PASSING_ON)
    assert record["intent"] == "sales_pitch"
    assert record["decision"] == "decline"


def _pasted(folder: Path, text: str) -> Path:
    path = folder / "whatsapp.txt"
    path.write_text(text, encoding="utf-8")
    return path


# -- a target's words written as one hyphenated word ------------------------------------------------------------


def _client_fit(tmp_path: Path, body: str) -> list[str]:
    """The evidence of Tiago's find_clients goal for a client's enquiry."""
    profile = written_profile(ux_designer_profile(), tmp_path)
    best = assess(incoming(body, from_addr="ana@clinio.pt"), Intent.CLIENT_INQUIRY, profile).fits
    return next(fit.evidence for fit in best if fit.kind == "find_clients")


def test_a_health_tech_start_up_meets_the_target_health_tech_start_ups(tmp_path: Path) -> None:
    body = (
        "Hi Tiago,\n\nI run Clinio, a health-tech start-up in Porto - a booking app for physiotherapy clinics. "
        "Could we talk about redesigning our patient app?\n\nAna Tavares\n"
    )
    assert any('target "health tech start-ups"' in note for note in _client_fit(tmp_path, body))


def test_a_high_tech_start_up_is_no_health_tech_one(tmp_path: Path) -> None:
    body = (
        "Hi Tiago,\n\nI run Voltix, a high-tech start-up in Porto making battery sensors. Could we talk about "
        "redesigning our dashboard?\n\nAna Tavares\n"
    )
    assert not any('target "health tech start-ups"' in note for note in _client_fit(tmp_path, body))


# -- the overpayment scam, paid "by certified check" ------------------------------------------------------------


CHEQUE_SCAM = Mail(
    "Daniel Brooks <daniel.brooks.ventures@gmail.com>",
    "Website job",
    (
        "Hello Designer,\n\nI need a logo and a 5-page website for my new logistics business. Budget is USD 4,500. "
        "I will pay you by certified check, and because my shipping agent handles my content, you will deposit the "
        "check and send the balance of USD 2,000 by Western Union to the agent so he can start.\n\n"
        "Please reply with your full name, address and phone number.\n\nDaniel Brooks\n"
    ),
)


def test_paid_by_certified_check_and_the_balance_sent_on_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, CHEQUE_SCAM)
    assert record["decision"] == "ignore"
    assert record["reason"].startswith("Looks like a scam")
    assert record["draft"] is None


CLIENT_PAYING_BY_CHEQUE = Mail(
    "Joana Reis <joana@fisionorte.pt>",
    "Booking app",
    (
        "Hi Tiago,\n\nI run Fisio Norte, a physiotherapy clinic group in Porto, and we need our patient booking app "
        "redesigned. We usually pay suppliers by bank transfer, but I can pay you by cheque if you prefer. Could we "
        "talk next week?\n\nJoana Reis\n"
    ),
)


def test_a_client_paying_by_check_with_nothing_passed_on_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, CLIENT_PAYING_BY_CHEQUE)
    assert not record["reason"].startswith("Looks like a scam")


# -- a co-founder is a founder ----------------------------------------------------------------------------------


PICK_YOUR_BRAIN = Mail(
    "Jonas Weber <jonas@pulsecare.health>",
    "Quick coffee?",
    (
        "Hey Tiago,\n\nI'm Jonas, co-founder of PulseCare - we're building a remote-monitoring app for cardiac "
        "patients (pre-seed, 4 people). I'm in Lisbon next week and would love to grab a quick coffee to pick your "
        "brain about our onboarding flow - our older patients keep dropping off at the consent step.\n\nCheers,\nJonas\n"
    ),
)


def test_a_co_working_space_is_no_work_said(tmp_path: Path) -> None:
    profile = written_profile(ux_designer_profile(), tmp_path)
    text = "we run a co-working space in lisbon and our co-operation with schools"
    reading = read(profile, "ana@cowork.pt", text, Intent.COFFEE_CHAT)
    assert "work" not in reading.stems and "operation" not in reading.stems


# -- an offer to put your work in their newsletter is sharing, not a client ------------------------------------


def _linkedin(folder: Path, sender: str, content: str) -> Path:
    path = folder / "messages.csv"
    header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
    row = (
        f"2-bbb222,,{sender},https://www.linkedin.com/in/x,Tiago Marques,https://www.linkedin.com/in/tiago,"
        f'2026-11-22 16:20:00 UTC,,"{content}",INBOX'
    )
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    return path


def test_featuring_your_checklist_in_their_issue_is_a_yes_to_sharing(kindly: Kindly, tmp_path: Path) -> None:
    content = (
        "Hi Tiago! Loved your accessibility-audit checklist - I run Product Notes, a weekly newsletter for about "
        "12,000 product managers. Could I feature the checklist in next week's issue, with a link and a short quote "
        "from you?"
    )
    profile = profile_file(ux_designer_profile(), tmp_path)
    record = triaged_one(kindly, _linkedin(tmp_path, "Nadia Rahman", content), profile)
    assert (record["intent"], record["goal"], record["decision"]) == (
        "partnership_proposal",
        "amplify_campaign",
        "accept",
    )
    assert "https://marques.design/a11y-checklist" in record["draft"]
    assert "quote properly" not in record["draft"]


# What must not change: a seller's own app in the user's newsletter, a feature in theirs sold for a fee.
NO_OFFER_TO_SHARE = {
    "a seller's app in your newsletter": (
        "Hi Tiago, could we feature our prototyping app in your newsletter next month? We help designers ship "
        "prototypes twice as fast.\n\nMax, Protoly\n"
    ),
    "a feature sold": (
        "Hi Tiago, could I feature your checklist in next week's issue of Product Notes? Featured placements are "
        "EUR 300 and reach 12,000 product managers.\n\nNadia\n"
    ),
}


@pytest.mark.parametrize(
    "body", [*NO_SPEC_WORK.values(), *NO_OFFER_TO_SHARE.values()], ids=[*NO_SPEC_WORK, *NO_OFFER_TO_SHARE]
)
def test_what_must_not_change(kindly: Kindly, tmp_path: Path, body: str) -> None:
    record = _triage(kindly, tmp_path, Mail("Max Turner <max@protoly.app>", "Hello", body))
    assert record["reason_code"] != "never_do"  # no spec work
    assert "glad for you to share it" not in (record["draft"] or "")  # no offer to share


# -- the sender's clock from the zone they name, where their mail gives none --------------------------------------

ETHANS_PASTE = (
    "[30/11/2026, 22:10] Ethan Brooks: Hi Tiago, Ethan here - Sam from Stripe passed me your number. I'm building "
    "Tally, a fintech for freelancers in NYC (pre-seed, just closed). We need someone to design our MVP, paid of "
    "course. Could we do a quick video call tomorrow at 4pm EST?\n"
)


def _their_hours(draft: str) -> list[int]:
    return [int(hour) for hour in re.findall(r"\((\d{2}):\d{2} your time\)", draft)]


def test_times_offered_to_a_new_yorker_who_says_est_are_in_their_day_and_clock(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(ux_designer_profile(), tmp_path)
    record = triaged_one(kindly, _pasted(tmp_path, ETHANS_PASTE), profile)
    assert record["decision"] == "accept"
    hours = _their_hours(record["draft"])
    assert len(hours) == 2, record["draft"]
    assert all(8 <= hour < 18 for hour in hours), record["draft"]


PODCAST_AT_5PM_EST = Mail(
    "Dev Patel <dev@pixelsandpeople.fm>",
    "Podcast guest?",
    (
        "Hi Tiago,\n\nI host Pixels & People, a weekly podcast about product design. I'd love to have you on to talk "
        "about your accessibility-audit checklist. Recording is remote, about 45 minutes. Would Thursday 10 December "
        "at 5pm EST work for you?\n\nDev Patel\n"
    ),
)


def test_a_podcast_host_whose_mail_is_stamped_utc_is_told_his_own_time(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _triage(kindly, tmp_path, PODCAST_AT_5PM_EST)
    assert "5pm EST (22:00 my time) doesn't work for me" in record["draft"]
    assert _their_hours(record["draft"]) == [13, 13]


LONDONER_AT_8PM_GMT = Mail(
    "Hannah Okoye <hannah@ledgerly.co.uk>",
    "Design work",
    (
        "Hi Tiago,\n\nI'm Head of Product at Ledgerly, a Series A fintech in London. We need a senior product designer "
        "for six weeks. Could we have a call on Thursday 10 December at 8pm GMT?\n\nHannah\n"
    ),
)


def test_a_londoner_in_the_same_clock_is_not_told_his_time(kindly: Kindly, tmp_path: Path) -> None:
    record = _triage(kindly, tmp_path, LONDONER_AT_8PM_GMT)
    assert "your time" not in record["draft"]
