"""Fifteenth session, a CTO's review: Wei Lin Tan runs engineering at a 40-person payments startup in Singapore,
speaks at conferences, hires senior engineers and never takes calls in the middle of his night. Invitations come
from the US and Europe with times in their own zones; scams arrive on Telegram."""

from __future__ import annotations

import json
from pathlib import Path

from support import Kindly, eml, profile_file, triaged_one

CTO = """\
[user]
name = "Wei Lin Tan"
email = "weilin@lumenledger.sg"
signature = "Wei Lin"
date_style = "international"
weekly_networking_hours = 3
time_zone = "Asia/Singapore"
{extra}

[[goals]]
kind = "build_credibility"
description = "Speak at engineering conferences and on podcasts about payments infrastructure and Rust"
targets = ["engineering conferences", "tech podcasts", "payments infrastructure", "Rust"]
priority = 1

[[goals]]
kind = "find_community"
description = "A peer group of CTOs of growth-stage startups in Southeast Asia"
targets = ["CTOs", "growth-stage startups", "engineering leaders"]
priority = 2
"""
EVENINGS = 'meeting_hours = ["Mon-Fri 08:00-12:00", "Mon-Fri 14:00-22:00"]'


def cto(tmp_path: Path, *extra: str, never: tuple[str, ...] = (), more: str = "") -> Path:
    rules = "".join(f'\n[[never]]\nwhat = "{rule}"\n' for rule in never)
    return profile_file(CTO.format(extra="\n".join(extra)) + rules + more, tmp_path)


def podcast(tmp_path: Path, slot: str, date: str = "Mon, 23 Nov 2026 16:05:00 -0500") -> Path:
    return eml(
        tmp_path / "podcast.eml",
        "Hi Wei Lin,\n\nI host Ship It Weekly, a podcast about engineering leadership. I'd love to have you on to"
        " talk about building a payments platform in Rust. It's a 45-minute remote recording over Zoom. Would"
        f" {slot} work for you?\n\nMarcus",
        sender="Marcus Doyle <marcus@shipitweekly.fm>",
        subject="Ship It Weekly podcast",
        date=date,
        to="weilin@lumenledger.sg",
    )


# -- a podcast's recording slot is a call: it moves like a meeting ------------------------------------------------


def test_a_podcast_recording_offered_in_the_middle_of_the_users_night_is_answered_with_times_in_his_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # 10am in New York is 23:00 in Singapore: the host offered a slot, and a slot can move
    record = triaged_one(
        kindly, podcast(tmp_path, "Thursday 10 December at 10am ET"), cto(tmp_path, EVENINGS)
    )
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "I'd be glad to be your guest." in draft
    assert "Thursday 10 December at 10am ET (23:00 my time) doesn't work for me, though" in draft
    assert "glad to be your guest on Thursday 10 December" not in draft
    # the times proposed fall in his evening and in the host's working morning, the nearest to the 23:00 asked
    assert "Thursday 10 December at 21:30 (08:30 your time)" in draft


def test_a_podcast_recording_offered_inside_the_users_hours_is_still_said_yes_to_as_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: 8am ET is 21:00 in Singapore, inside his hours
    record = triaged_one(kindly, podcast(tmp_path, "Thursday 10 December at 8am ET"), cto(tmp_path, EVENINGS))
    assert "I'd be glad to be your guest on Thursday 10 December at 8am ET (21:00 my time)" in record["draft"]


def test_a_conference_talk_keeps_its_organisers_hour_outside_the_users_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a conference's session is its organiser's time, not a call to move
    mail = eml(
        tmp_path / "talk.eml",
        "Hi Wei Lin,\n\nWe'd love you to give a 30-minute talk on reconciliation at Payments Infra Day, our"
        " conference in Berlin on Thursday 28 January 2027 at 16:00 CET.\n\nLena",
        sender="Lena Vogel <lena@payinfraday.example>",
        subject="Speak at Payments Infra Day?",
        date="Thu, 19 Nov 2026 10:00:00 +0100",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, EVENINGS))
    assert record["decision"] == "accept"
    assert "doesn't work for me" not in record["draft"]
    assert "28 January" in record["draft"]


# -- a never-rule against a stretch of the night ("calls between 23:00 and 07:00") ---------------------------------

NIGHT = "calls between 23:00 and 07:00 Singapore time"


def call(tmp_path: Path, slot: str) -> Path:
    return eml(
        tmp_path / "call.eml",
        "Hi Wei Lin,\n\nI'm CTO of a Series B payments startup in New York and a friend said you've solved on-call"
        " for a small team better than anyone. Would you be up for a 30-minute video call to swap notes on hiring"
        f" and on-call? Would {slot} work for you?\n\nSarah Kim",
        sender="Sarah Kim <sarah.kim@northwindpay.example>",
        subject="Swapping notes?",
        date="Mon, 23 Nov 2026 16:05:00 -0500",
        to="weilin@lumenledger.sg",
    )


def test_a_rule_against_calls_between_two_night_hours_keeps_a_call_out_of_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    # no meeting_hours: the rule alone narrows the hours a call may start, in the user's own clock
    record = triaged_one(
        kindly, call(tmp_path, "Thursday 10 December at 10am ET"), cto(tmp_path, never=(NIGHT,))
    )
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "Thursday 10 December at 10am ET (23:00 my time) doesn't work for me, though" in draft
    assert "between 07:00 and 23:00" in draft


def test_a_rule_against_a_stretch_of_the_night_is_not_read_word_for_word(
    kindly: Kindly, tmp_path: Path
) -> None:
    rules = (NIGHT, "no meetings from 10pm to 7am")
    result = kindly(
        "triage",
        str(call(tmp_path, "Thursday 10 December at 8am ET")),
        "--profile",
        str(cto(tmp_path, never=rules)),
        "--json",
    )
    assert result.exit_code == 0
    assert "word for word" not in result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    # near miss: 8am ET is 21:00 in Singapore, before the night the rules keep clear
    assert "Thursday 10 December at 8am ET (21:00 my time) works for me" in record["draft"]


def test_a_rule_against_a_stretch_inside_the_day_is_read_as_hours_too(kindly: Kindly, tmp_path: Path) -> None:
    # s16: "between 12:00 and 14:00" leaves two stretches of the day, before and after it (it was read word for
    # word before, and so could never hold); "9 and 5" is the office day
    for rule in ("meetings between 12:00 and 14:00", "calls between 9 and 5"):
        result = kindly(
            "triage",
            str(call(tmp_path, "Thursday 10 December at 9am ET")),
            "--profile",
            str(cto(tmp_path, never=(rule,))),
            "--json",
        )
        assert "word for word" not in result.stderr, rule


def test_a_call_the_model_reads_as_a_speaking_invitation_still_moves_out_of_the_users_night(
    kindly: Kindly, tmp_path: Path
) -> None:
    # "a 30-minute video call to swap notes" asks for no talk, panel or show: whatever the model's reading, a call
    # at 23:00 his time is answered with times in his hours, not confirmed
    record = triaged_one(kindly, call(tmp_path, "Thursday 10 December at 10am ET"), cto(tmp_path, EVENINGS))
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "works for me" not in draft
    assert "Thursday 10 December at 10am ET (23:00 my time) doesn't work for me, though" in draft


# -- money in Asian currencies' codes ("SGD 1,800") is money ------------------------------------------------------


def shortlisted(tmp_path: Path) -> Path:
    return eml(
        tmp_path / "award.eml",
        "Dear Wei Lin Tan,\n\nCongratulations! Our independent judging panel has shortlisted you for the Top 50 CTOs"
        " in Asia 2027.\n\nTo confirm your place among the finalists, please complete the finalist registration"
        " (SGD 1,800), which includes your winner's profile in our yearbook, a trophy and two seats at the awards"
        " gala on 12 February.\n\nPlease confirm by 4 December.\n\nThe Awards Team",
        sender="Awards Team <nominations@techexcellenceawards.example>",
        subject="Congratulations - shortlisted for Top 50 CTOs in Asia 2027",
        date="Thu, 19 Nov 2026 02:00:00 +0000",
        to="weilin@lumenledger.sg",
    )


def test_an_award_that_sells_its_place_in_singapore_dollars_is_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, shortlisted(tmp_path), cto(tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear")
    assert "SGD 1,800" in record["reason"]
    assert "see you on" not in record["draft"]


def test_a_rule_against_paid_awards_holds_where_the_price_is_in_singapore_dollars(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(kindly, shortlisted(tmp_path), cto(tmp_path, never=("paid CTO awards",)))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "paid CTO awards" in record["draft"]


def test_a_gala_ticket_in_singapore_dollars_is_a_cost_to_weigh_not_a_place_sold(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the user is not shortlisted, the ticket is everyone's; the price is still named
    mail = eml(
        tmp_path / "gala.eml",
        "Dear Wei Lin,\n\nWe'd love you to join us at the Singapore Tech Leaders Gala on 12 February, where this"
        " year's Top 50 CTOs in Asia will be announced. Tickets are SGD 180 per person and include dinner. Would"
        " you like to join us?\n\nGrace",
        sender="Grace Lim <grace@sgtechweek.example>",
        subject="Singapore Tech Leaders Gala - 12 February",
        date="Thu, 19 Nov 2026 02:00:00 +0000",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path))
    assert record["decision"] == "accept"
    assert "It costs SGD 180" in record["reason"]


# -- an investment scam on Telegram gets no reply -----------------------------------------------------------------


def pasted(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_telegram_dm_promising_daily_returns_for_usdt_in_a_private_channel_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    dm = pasted(
        tmp_path,
        "telegram.txt",
        "From: Crypto Alpha Signals (Telegram)\nSubject: Telegram DM\nDate: Sat, 28 Nov 2026 02:14:00 +0000\n\n"
        "Hello sir, we noticed you are CTO in fintech. We run an exclusive USDT arbitrage group, members earn 3-5%"
        " daily guaranteed. Only 10 seats left for Asia. Join our private channel t.me/alpha_arb_vip within 24"
        " hours and send\n500 USDT to activate your membership. Don't miss this!\n",
    )
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam")
    assert '"send 500 USDT"' in record["reason"]
    assert not record["draft"]


def test_a_private_group_of_crypto_ctos_promising_no_returns_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a private group and crypto named, but nobody is promised returns or asked to pay
    dm = pasted(
        tmp_path,
        "slack.txt",
        "From: Aditi Rao (CTO Circle Slack)\nSubject: Slack DM\nDate: Thu, 26 Nov 2026 20:30:00 +0800\n\n"
        "hi Wei Lin - a handful of us CTOs at Series A-C payments and crypto startups across SEA (USDT settlement,"
        " custody, card issuing) have a private group with a monthly video call, first Tuesday of the month at"
        " 21:00 SGT. one person brings a problem and the rest dig in. we'd love to have you - interested?\n",
    )
    record = triaged_one(kindly, dm, cto(tmp_path))
    assert record["reason_code"] != "scam"
    assert record["decision"] == "accept"


# -- a recruitment firm's pitch to a user who has a recruiting agency ----------------------------------------------

HIRING = """
[[goals]]
kind = "custom"
description = "Hire senior engineers (backend, Rust, SRE) for the Singapore team"
targets = ["senior engineers", "Rust engineers", "SRE", "engineering candidates"]
priority = 1

[[providers]]
category = "recruiting agency"
name = "Talentbridge Asia"
"""


def test_a_tech_recruitment_firm_pitching_candidates_is_declined_for_the_agency_the_user_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "agency.eml",
        "Hi Wei Lin,\n\nI lead tech recruitment at Hirelane. We have a shortlist of five senior Rust and SRE"
        " engineers in Singapore actively looking, and we work on a 15% success fee.\n\nCould we set up a quick call"
        " so I can understand your hiring plan?\n\nFarah Aziz\nHirelane Recruitment",
        sender="Farah Aziz <farah@hirelane.example>",
        subject="Senior engineers for Lumen Ledger",
        date="Thu, 19 Nov 2026 10:30:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, more=HIRING))
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "Talentbridge Asia" in record["reason"]
    assert "Would" not in record["draft"]


def test_a_candidate_asking_about_the_hiring_plan_is_no_agency(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: an engineer who wants the job says "hiring plan" too, and sells nothing
    mail = eml(
        tmp_path / "candidate.eml",
        "Hi Wei Lin,\n\nI'm a backend engineer with seven years of experience, the last four writing Rust for a"
        " trading-systems team at a bank in Singapore. I saw the senior backend opening on your careers page."
        " Before applying, would you have 20 minutes for a call so I can understand the team and your hiring"
        " plan for next year?\n\nThanks,\nDaniel Ong",
        sender="Daniel Ong <daniel.ong.dev@gmail.com>",
        subject="Senior Rust engineer - interested in Lumen Ledger",
        date="Sat, 21 Nov 2026 21:40:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, more=HIRING))
    assert record["decision"] == "accept"
    assert record["reason_code"] != "has_provider"


# -- a talk's slot said in a sentence of its own, and a word that only says what kind of talk ------------------------

ANSWERS = """
[[answers]]
about = ["remote", "hybrid", "relocation", "visa"]
answer = "We're hybrid in Singapore (three days in the office) and sponsor Employment Passes for senior hires."
"""


def online_talk(tmp_path: Path, last: str) -> Path:
    return eml(
        tmp_path / "talk.eml",
        "Hi Wei Lin,\n\nI'm organising Payments Infra Day, an online conference on 28 January 2027 (about 1,500"
        " attendees, free to attend). Would you give a 30-minute remote talk on reconciliation at scale?"
        f" {last}\n\nLena Vogel",
        sender="Lena Vogel <lena@payinfraday.example>",
        subject="Speak at Payments Infra Day?",
        date="Thu, 19 Nov 2026 10:00:00 +0100",
        to="weilin@lumenledger.sg",
    )


def test_the_hour_of_the_users_slot_said_apart_is_the_talks_hour_and_not_asked_for_again(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = online_talk(tmp_path, "Your slot would be 15:00 CET. Speakers receive a EUR 500 honorarium.")
    record = triaged_one(kindly, mail, cto(tmp_path, more=ANSWERS))
    assert record["decision"] == "accept"
    draft = record["draft"]
    assert "speak on 28 January at 15:00 CET (22:00 my time)" in draft
    assert "the time" not in draft
    # "a remote talk" asks for a talk given remotely, not about remote work
    assert "Employment Passes" not in draft


def test_the_hour_everyone_arrives_is_not_the_users_slot(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: "the doors open at 14:00" is everyone's hour, not the user's own slot
    record = triaged_one(kindly, online_talk(tmp_path, "The doors open at 14:00 CET."), cto(tmp_path))
    assert "at 15:00" not in record["draft"]
    assert "28 January at 14:00" not in record["draft"]


def test_a_candidate_asking_whether_the_role_is_remote_still_gets_the_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: "remote" asked about, not a kind of talk
    mail = eml(
        tmp_path / "candidate.eml",
        "Hi Wei Lin,\n\nI'm a staff SRE in Singapore and Lumen Ledger is top of my list. Is the senior SRE role"
        " remote or hybrid? Would you be open to a short call about your SRE plans?\n\nNadia Rahman",
        sender="Nadia Rahman <nadia.rahman@gmail.com>",
        subject="Senior SRE role",
        date="Tue, 24 Nov 2026 13:25:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, more=HIRING + ANSWERS))
    assert record["decision"] == "accept"
    assert "Employment Passes" in record["draft"]


# -- an observability vendor's "quick chat" to a user who has an observability provider -----------------------------

OBSERVABILITY = """
[[providers]]
category = "observability"
name = "Grafana Cloud"
"""


def test_an_observability_vendors_quick_chat_is_declined_for_the_provider_the_user_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = eml(
        tmp_path / "vendor.eml",
        "Hey Wei Lin,\n\nSaw Lumen Ledger is hiring SREs - congrats on the growth! Teams your size usually hit a wall"
        " with observability costs around now. Honeyline gives you logs, metrics and traces in one place at about"
        " half the price of the usual suspects.\n\nOpen to a quick 15-minute chat next week? I can show you how"
        " it'd look on your stack.\n\nKyle\nAccount Executive, Honeyline",
        sender="Kyle Brennan <kyle@honeyline.example>",
        subject="quick chat?",
        date="Tue, 17 Nov 2026 11:20:00 -0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, more=OBSERVABILITY))
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider")
    assert "Grafana Cloud" in record["reason"]


def test_an_sre_who_built_an_observability_stack_is_a_candidate_not_a_vendor(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the trade's word in a candidate's own story sells nothing
    mail = eml(
        tmp_path / "candidate.eml",
        "Hi Wei Lin,\n\nI'm a staff SRE at a large e-commerce company in Singapore; I built our observability stack"
        " and run on-call for 300+ services. I'm looking for a smaller team where reliability really matters, and"
        " Lumen Ledger is top of my list. Would you be open to a short chat about your SRE plans?\n\nNadia Rahman",
        sender="Nadia Rahman <nadia.rahman@gmail.com>",
        subject="Staff SRE - Lumen Ledger",
        date="Tue, 24 Nov 2026 13:25:00 +0800",
        to="weilin@lumenledger.sg",
    )
    record = triaged_one(kindly, mail, cto(tmp_path, more=HIRING + OBSERVABILITY))
    assert record["decision"] == "accept"
    assert record["reason_code"] != "has_provider"
