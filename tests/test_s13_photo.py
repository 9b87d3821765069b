"""Thirteenth session: a wedding photographer's triage (Mateo, Portland), each finding reproduced here before it was
fixed. A couple's wedding day is the day of the work, not a time to meet; "no fee to submit" is nobody paying
anybody, "it's fantastic exposure" is working for nothing; a cashier's check with change sent on, or a prize to
claim on another account, is a scam; two professionals sending each other couples is a partnership."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from support import Kindly

PHOTOGRAPHER = """
[user]
name = "Mateo Alvarez"
email = "mateo@mateoalvarezphoto.example.com"
signature = "Mateo"
tone = "warm"
date_style = "us"
weekly_networking_hours = 5

[[goals]]
kind = "find_clients"
description = "Couples planning a wedding or engagement session in Portland"
targets = ["engaged couples", "wedding photography", "engagement sessions"]
priority = 1

[[goals]]
kind = "find_clients"
description = "Wedding planners and venues who refer couples to me (relationships, not pitching)"
targets = ["wedding planners", "wedding venues", "event coordinators"]
priority = 2

[[goals]]
kind = "amplify_campaign"
description = "Amplify my 'real weddings, real budgets' Instagram series in December"
targets = ["#RealWeddingsRealBudgets", "Instagram", "wedding budget", "real weddings"]
priority = 2

[[goals]]
kind = "custom"
description = "Get my work published in a regional wedding magazine"
targets = ["Oregon Bride", "regional wedding magazine"]
priority = 2

[[providers]]
category = "website"
name = "Squarespace"

[[never]]
what = "unpaid work for exposure"

[[answers]]
about = ["price", "pricing", "rate", "cost", "packages"]
answer = "My wedding collections start at $3,200 for six hours of coverage."
"""


def profile_file(tmp_path: Path) -> str:
    path = tmp_path / "profile.toml"
    path.write_text(PHOTOGRAPHER)
    return str(path)


NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # the tests' KINDLY_NOW (conftest)


def written(days_ago: int = 2) -> datetime:
    return NOW - timedelta(days=days_ago)


def saturday_ahead(days: int = 250) -> date:
    day = NOW.date() + timedelta(days=days)
    return day + timedelta(days=(5 - day.weekday()) % 7)


def mail(tmp_path: Path, body: str, subject: str, sender: str, name: str = "m") -> Path:
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "mateo@mateoalvarezphoto.example.com"
    note["Subject"] = subject
    note["Message-ID"] = f"<{name}@sender.example>"
    note["Date"] = format_datetime(written())
    note.set_content(body)
    path = tmp_path / f"{name}.eml"
    path.write_bytes(bytes(note))
    return path


def triage(
    kindly: Kindly, tmp_path: Path, path: Path | None = None, pasted: str | None = None
) -> dict[str, Any]:
    args = ["triage", str(path) if path else "-", "--profile", profile_file(tmp_path), "--json"]
    result = kindly(*args, input=pasted)
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


def us_day(day: date) -> str:
    return f"{day:%A, %B %-d}"


# -- the day of a couple's wedding is the day of the work, not a time to meet -----------------------------------


def test_a_couples_saturday_wedding_is_not_refused_as_a_weekend_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    wedding = saturday_ahead()
    body = (
        "Hi Mateo,\n\n"
        f"We are planning our wedding for {us_day(wedding)}, {wedding.year} at Union Pine in Portland. Are you "
        "available on our date? Could you send over your pricing or packages? Would love to hop on a call "
        "sometime next week.\n\nPriya"
    )
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, "Wedding photography inquiry", "Priya N <priya@mail.example>")
    )
    assert record["decision"] == "accept" and record["intent"] == "client_inquiry"
    draft = record["draft"]
    assert "doesn't work for me" not in draft and us_day(wedding) not in draft
    assert "Would " in draft and "work for you?" in draft  # a call is offered, on weekdays
    assert "$3,200" in draft
    # `kindly show` lists the wedding as the day of the work
    shown = kindly("show", str(record["id"]), "--profile", profile_file(tmp_path)).stdout
    assert "work day" in shown


def test_a_wedding_date_in_the_subject_and_getting_married_is_no_meeting_either(
    kindly: Kindly, tmp_path: Path
) -> None:
    wedding = saturday_ahead(300)
    short = f"{wedding:%b} {wedding.day} {wedding.year}"
    body = (
        f"hi! we are getting married {short} at Oaks Park. could you send your pricing? do you have that date "
        "open? would love to chat!\nAlex"
    )
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, f"Wedding {short}", "Alex Rivera <alex@mail.example>")
    )
    assert record["decision"] == "accept"
    assert "doesn't work for me" not in record["draft"] and "instead" not in record["draft"]


def test_a_client_who_asks_to_meet_on_a_saturday_proposes_that_day_to_meet(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the day proposed to meet is still a meeting's day: the filter takes only the day of the work
    meet = saturday_ahead(10)
    body = (
        "Hi Mateo, we're planning our wedding for next autumn and would love your pricing. Could we meet for "
        f"coffee on {us_day(meet)} at 10am to talk it through?\nSam"
    )
    record = triage(kindly, tmp_path, mail(tmp_path, body, "Wedding photos", "Sam Lee <sam@mail.example>"))
    assert record["decision"] == "accept" and us_day(meet) not in record["draft"]
    shown = kindly("show", str(record["id"]), "--profile", profile_file(tmp_path)).stdout
    assert "when" in shown and us_day(meet) in " ".join(shown.split()) and "work day" not in shown


# -- "no fee to submit" is nobody paying anybody; "fantastic exposure" is working for nothing --------------------


def test_a_magazine_with_no_fee_to_submit_is_not_unpaid_work_for_exposure(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Mateo,\n\nI'm the features editor at Oregon Bride. A reader forwarded us one of your posts and we'd love "
        "to see more of your work.\n\nWe're now taking real wedding submissions for our "
        "Summer print issue. There's no fee to submit, and photographers are credited in print and online. Would "
        "you send us one of your Portland weddings?\n\nHannah Corliss\nFeatures Editor, Oregon Bride"
    )
    sender = "Hannah Corliss <hannah@oregonbridemag.example.com>"
    record = triage(kindly, tmp_path, mail(tmp_path, body, "Real wedding submissions", sender))
    assert record["decision"] != "decline" and record["reason_code"] != "never_do"
    assert "unpaid" not in (record["draft"] or "")


def test_a_planner_with_no_fees_either_way_is_not_unpaid_work(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Mateo,\n\nI'm Rachel, lead planner at Bloom & Vow Events. I keep a short list of photographers I "
        "recommend to couples and I'd love to get to know your work - no fees either way. Could we grab coffee in "
        "the next couple of weeks?\n\nRachel Kim"
    )
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, "Coffee?", "Rachel Kim <rachel@bloomandvow.example.com>")
    )
    assert record["reason_code"] != "never_do"
    assert "unpaid" not in (record["draft"] or "")


def test_speakers_who_arent_paid_for_fantastic_exposure_are_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Mateo, we'd love you on our main-stage panel at the Portland Bridal Expo for engaged couples. "
        "Speakers aren't paid, but it's fantastic exposure. Would you join us?\n\nMonica"
    )
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, "Speaker invitation", "Monica <monica@expo.example.com>")
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    assert "unpaid work for exposure" in record["draft"]


def test_a_lookbook_with_no_budget_for_photography_and_amazing_exposure_is_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Mateo! We'd love for you to shoot our spring lookbook, a full day. We don't have a budget for "
        "photography this time, but you'd get amazing exposure to our 18k followers. Interested?\n\nTessa"
    )
    sender = "Tessa Lund <tessa@willowandlace.example.com>"
    record = triage(kindly, tmp_path, mail(tmp_path, body, "Collab opportunity", sender))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")


# -- a cheque with change sent on, a prize claimed on another account: scams, left unanswered -------------------


def test_a_couple_who_will_send_a_cashiers_check_and_want_the_balance_sent_on_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hello,\n\nI am Michael and my fiance Angela and I are getting married in Portland next June. I saw your "
        "website and I am very interested in your service for 8 hours. I am working offshore so please "
        "communicate only by email. I will send you a certified cashier's check for $7,500 and you will kindly "
        "send the balance to our wedding planner who does not accept cards. Please send me your full name, "
        "address and phone number.\n\nMichael"
    )
    sender = "Michael Turner <michael.wed@mail.example>"
    record = triage(kindly, tmp_path, mail(tmp_path, body, "Wedding photographer needed", sender))
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "scam", None)


def test_a_brand_ambassador_prize_to_claim_on_another_account_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = (
        "From: Official Brand Partners (@camera.ambassador.team)\nSubject: Instagram DM\n\n"
        "Congratulations!! Your page has been selected for our 2027 Global Ambassador Program. You will receive "
        "FREE gear and paid campaigns. To claim, DM our main page @camera_ambassador_official and complete "
        "registration within 24 hours. Limited spots!"
    )
    record = triage(kindly, tmp_path, pasted=pasted)
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "scam", None)


# -- two professionals sending each other couples: a partnership the referral goal seeks ------------------------


def test_a_coordinator_who_sends_couples_both_ways_is_a_referral_partnership(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = (
        "From: Grace Huang <grace@graceevents.example.com>\nSubject: Referrals?\n\n"
        "Hi Mateo! I am a day-of coordinator in Beaverton. I have 6 weddings booked for 2027 and a couple still "
        "need a photographer. Can I send them your way? And would you ever send couples who need a coordinator "
        "to me? No referral fees or anything. Maybe a quick call sometime?\nGrace"
    )
    record = triage(kindly, tmp_path, pasted=pasted)
    assert record["decision"] == "accept" and record["intent"] == "partnership_proposal"
    assert "refer couples to me" in record["reason"]
    assert "your services" not in record["draft"] and "work for you?" in record["draft"]


# -- a thread the user answered from their own mail gets no new times -------------------------------------------


def _dana(tmp_path: Path) -> tuple[Path, Path]:
    asked, confirmed = written(9), written(5)
    first = EmailMessage()
    first["From"] = "Dana Whitfield <dana@whitfieldco.example.com>"
    first["To"] = "mateo@mateoalvarezphoto.example.com"
    first["Subject"] = "Referral partnership?"
    first["Message-ID"] = "<d1@whitfieldco.example.com>"
    first["Date"] = format_datetime(asked)
    first.set_content(
        "Hi Mateo, I plan weddings in Hood River. Would you be open to a short call about sending couples each "
        "other's way?\nDana\n"
    )
    proposed = asked + timedelta(days=2)
    reply = EmailMessage()
    reply["From"] = "Dana Whitfield <dana@whitfieldco.example.com>"
    reply["To"] = "mateo@mateoalvarezphoto.example.com"
    reply["Subject"] = "Re: Referral partnership?"
    reply["Message-ID"] = "<d2@whitfieldco.example.com>"
    reply["In-Reply-To"] = "<d1@whitfieldco.example.com>"
    reply["References"] = "<d1@whitfieldco.example.com>"
    reply["Date"] = format_datetime(confirmed)
    reply.set_content(
        "Tuesday at 10 works perfectly - talk then!\nDana\n\n"
        f"On {proposed:%a, %b %-d, %Y} at 7:02 PM Mateo Alvarez <mateo@mateoalvarezphoto.example.com> wrote:\n"
        "> Hi Dana, I'd love to chat. Would Tuesday at 10 am work for a call?\n> Mateo\n"
    )
    paths = tmp_path / "first.eml", tmp_path / "reply.eml"
    paths[0].write_bytes(bytes(first))
    paths[1].write_bytes(bytes(reply))
    return paths


def test_a_request_the_user_answered_from_their_own_mail_gets_no_new_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    first, reply = _dana(tmp_path)
    folder = tmp_path / "mail"
    folder.mkdir()
    # the reply is read first, as a mail folder may list it
    (folder / "2.eml").write_bytes(reply.read_bytes())
    (folder / "1.eml").write_bytes(first.read_bytes())
    result = kindly(
        "triage", str(folder / "2.eml"), str(folder / "1.eml"), "--profile", profile_file(tmp_path), "--json"
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["draft"] for r in records] == [None, None]


def test_a_confirmation_under_the_users_own_mail_withdraws_the_yes_waiting_for_the_first_ask(
    kindly: Kindly, tmp_path: Path
) -> None:
    first, reply = _dana(tmp_path)
    assert triage(kindly, tmp_path, first)["decision"] == "accept"  # a yes with two times waits unsent
    assert triage(kindly, tmp_path, reply)["draft"] is None
    pending = kindly("drafts", "--json", "--profile", profile_file(tmp_path))
    assert pending.exit_code == 0 and "Dana" not in pending.stdout


# -- a creator's free offer to share the user's series serves the campaign, and is no client --------------------


def test_a_creators_free_offer_to_reshare_the_series_is_a_yes_to_sharing_not_a_quote_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    pasted = (
        "From: Maya Torres <maya@budgetbride.example.com>\nSubject: Instagram DM\n\n"
        'Hi Mateo! I run @pdxbudgetbride (about 25k Portland couples planning on a budget). Your "real weddings, '
        'real budgets" series is exactly what my followers need. Could I reshare a few posts in my stories through '
        "December and do a quick Q&A takeover with you one evening? No cost on either side, I just think my "
        "audience would love it. Let me know!\nMaya"
    )
    record = triage(kindly, tmp_path, pasted=pasted)
    assert (record["decision"], record["intent"], record["goal"]) == (
        "accept",
        "partnership_proposal",
        "amplify_campaign",
    )
    draft = record["draft"]
    assert "quote" not in draft and "inquiry" not in draft
    assert "Yes, please - I'd be glad for you to share it." in draft and "for the Q&A?" in draft


# -- who is greeted, and whose trade a pitch names ----------------------------------------------------------------


def test_a_pasted_dm_from_a_name_and_handle_greets_the_name(kindly: Kindly, tmp_path: Path) -> None:
    pasted = (
        "From: Alex Rivera (@alexandjordan.getmarried)\nSubject: Instagram DM\n\n"
        "hiii! we're getting married next fall at Oaks Park, ~80 ppl. could you send your pricing? would love to "
        "chat!\nAlex & Jordan"
    )
    record = triage(kindly, tmp_path, pasted=pasted)
    # (signed by both, "Alex & Jordan": both are greeted - s18)
    assert record["decision"] == "accept" and record["draft"].startswith("Hi Alex and Jordan,")


def test_a_shows_mailbox_signed_by_a_person_greets_the_person(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Mateo,\n\nOur producers loved your series and would like to invite you as a guest on Wedding Pros "
        "Unfiltered, the podcast for wedding business owners. Recording is remote and takes about 45 minutes. A "
        "guest production fee of $349 applies.\n\nBest,\nCarly\nGuest Booking, Wedding Pros Unfiltered"
    )
    sender = "Wedding Pros Unfiltered <bookings@weddingpros.example.fm>"
    record = triage(kindly, tmp_path, mail(tmp_path, body, "Guest invitation", sender))
    assert record["decision"] == "decline" and record["draft"].startswith("Hi Carly,")


def test_a_pitch_for_photographers_is_not_offered_referrals_about_photography(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Mateo,\n\nI ran a quick audit on your site and noticed you're on page 4 for \"Portland wedding "
        'photographer." We specialize in SEO for wedding photographers. Our Booked Solid package ($799/month) '
        "includes keyword optimization and local backlinks. Can I send over the full audit?\n\nBest,\nBrandon "
        "Miles\nRankHigh Media"
    )
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, "Your site", "Brandon Miles <brandon@rankhigh.example.io>")
    )
    assert record["decision"] == "decline"
    assert "photography" not in record["draft"] and "search and marketing" in record["draft"]


# -- never-rules: a relative word is no word a message must say; paying to be featured is paying to appear -------

RULES = '\n[[never]]\nwhat = "styled shoots where I pay"\n\n[[never]]\nwhat = "paying to be featured"\n'


def test_styled_shoots_where_i_pay_holds_for_a_shoot_with_a_participation_fee(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Mateo,\n\nI'm organizing a winter styled shoot at a private lodge near Multnomah Falls: velvet florals, "
        "a tablescape and two model couples. There's one photographer spot left. Each vendor contributes a "
        "participation fee of $300 to cover models and rentals. Would you like to grab the spot?\n\nJade Whitaker"
    )
    path = tmp_path / "profile.toml"
    path.write_text(PHOTOGRAPHER + RULES)
    message = mail(tmp_path, body, "Styled shoot - photographer spot", "Jade <jade@wildheart.example.com>")
    result = kindly("triage", str(message), "--profile", str(path), "--json")
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do")
    # told back to the user as theirs; the draft says it in the user's own words
    assert record["reason"] == "You never do styled shoots where you pay."
    assert "styled shoots where I pay" in record["draft"]
    assert (
        "where," not in result.stderr and "paying to be featured" not in result.stderr
    )  # both rules are read


# -- a magazine's call for submissions is promised by its due day, with no call ----------------------------------


def test_a_magazines_call_for_real_wedding_submissions_is_answered_with_a_submission_by_the_due_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Mateo,\n\nI'm the features editor at Oregon Bride. A reader forwarded us one of your \"real weddings, "
        "real budgets\" posts and we'd love to see more of your work.\n\nWe're now taking real wedding submissions "
        "for our Summer 2027 print issue. We're especially interested in weddings with an honest budget story, "
        "which sounds like exactly what you've been sharing. There's no fee to submit, and photographers are "
        "credited in print and online.\n\nSubmissions are due Friday, January 15, 2027 through our submission "
        "portal - I'm happy to answer questions before then. We'd need 40-60 high-res images, the vendor list and "
        "a short note from the couple.\n\nBest,\nHannah Corliss\nFeatures Editor, Oregon Bride Magazine"
    )
    sender = "Hannah Corliss <hannah.corliss@oregonbridemag.example.com>"
    record = triage(
        kindly, tmp_path, mail(tmp_path, body, "Real wedding submissions open for Summer 2027 issue", sender)
    )
    assert (record["decision"], record["intent"]) == ("accept", "speaking_invitation")
    draft = record["draft"]
    assert "by Friday, January 15" in draft and "inquiry" not in draft and "work for you?" not in draft
