"""One answer to "is this a scam, and by which cue" (kindly.decide.scams.scam_in), asked before any branch that
answers. Money asked in gift cards, a cheque with the balance sent on, a prize to claim on another account hold
whoever sends them: a gift card for an auction, a "client" the user already answered, a "confirmation" of the
date, a reply with contact details after a pass-on, an office's letterhead on a webmail address - each was a
place that asked fewer cues (or none), and each drafted a reply to a scammer or told the user it was something
else. And one seller's title (kindly.decide.sellers) for every place that asks who sells."""

from __future__ import annotations

import json
from pathlib import Path

from kindly.decide.policy import Context, decide
from kindly.model import Decision, Intent, Message, Understanding
from support import PHOTOGRAPHER, Inbox, Kindly, eml, profile_file, triaged, triaged_one, written_profile

# A chef who gives a gift card to one auction a month (the thirteenth session's chef, shortened).
CHEF = """
[user]
name = "Amelie Tremblay"
email = "amelie@lasauge.example.ca"
signature = "Amelie"
weekly_networking_hours = 3

[[goals]]
kind = "find_clients"
description = "Companies that need private dining or catering"
targets = ["private dining", "corporate catering", "holiday party"]
priority = 1

[[never]]
what = "donating gift cards to auctions more than once a month"
"""

MAYA = "Maya Lindqvist <maya@lindqvistphoto.com>"
MICHAEL = "Michael Turner <michael.wed2027@gmail.com>"

ENQUIRY = """Hello,

My fiance and I are getting married in Portland on Saturday, June 12, 2027. Are you available that day, and what
are your packages for 8 hours?

Michael
"""
MAYAS_ANSWER = """Hi Michael,

Congratulations! I'm free on June 12. My collections start at $3,200 for six hours. Would you like a quick call
to talk it through?

Maya
"""


class Studio(Inbox):
    """Maya's mailbox: mail to her, and her own answers, sent from her mail to the sender they answer."""

    def __init__(self, kindly: Kindly, folder: Path) -> None:
        super().__init__(kindly, folder, PHOTOGRAPHER)

    def answers(self, to: str, name: str, subject: str, body: str, date: str, replies_to: str) -> None:
        """Maya's own answer `name` to `to`, sent from her mail (kindly reads it, and so knows whom she wrote)."""
        replied = f"{replies_to}@mail.example.com"
        path = eml(
            self.folder / f"{name}.eml",
            body,
            sender=MAYA,
            to=to,
            subject=subject,
            message_id=f"{name}@mail.example.com",
            date=date,
            in_reply_to=replied,
            references=(replied,),
        )
        assert triaged_one(self.kindly, path, profile=self.profile)["reason_code"] == "own_message"


def _enquiry_answered(studio: Studio, couple: str = MICHAEL, name: str = "") -> None:
    """A couple asks Maya's date and price, and Maya answers from her own mail. `name` tells one couple's mails
    from another's."""
    subject = "Wedding photography June 12"
    studio.arrives(couple, f"{name}enquiry", subject, ENQUIRY, "Mon, 23 Nov 2026 09:00:00 -0800")
    answer = MAYAS_ANSWER.replace("Michael", couple.split()[0])
    studio.answers(
        couple, f"{name}answer", f"Re: {subject}", answer, "Tue, 24 Nov 2026 09:00:00 -0800", f"{name}enquiry"
    )


# -- a gift card "for the auction", bought and sent as codes ----------------------------------------------------


def test_gift_cards_asked_for_an_auction_as_codes_are_a_scam_not_a_donation_to_say_yes_to(
    kindly: Kindly, tmp_path: Path
) -> None:
    # read as no invitation, it went to the donation branch before any scam cue was asked: "I'd be happy to
    # donate a gift card. Where and by when should I send it?"
    mail = (
        "From: Sandra Lee <sandra.lee.charity@gmail.com>\nSubject: Silent auction for the children's hospital\n\n"
        "Hello,\n\nOur charity gala for the children's hospital is on December 12 and we're putting together a "
        "silent auction. Would you be willing to donate a gift card for the auction? To keep it simple, please "
        "buy two Amazon gift cards and send me photos of the codes by tomorrow.\n\nThank you so much,\nSandra"
    )
    [record] = triaged(kindly, "-", profile=profile_file(CHEF, tmp_path), input=mail)
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "scam", None), record[
        "reason"
    ]
    assert "buy two Amazon gift cards" in record["reason"]
    # ...while an auction that asks for one of her own gift cards is still said yes to
    honest = (
        "From: Claire Dubois <claire@ecole-boreal.example.ca>\nSubject: Our school's silent auction\n\n"
        "Hello Amelie,\n\nOur school is holding its winter gala on December 12 with a silent auction. Would you "
        "be willing to donate a gift card for dinner at La Sauge?\n\nWith thanks,\nClaire"
    )
    [record] = triaged(kindly, "-", profile=profile_file(CHEF, tmp_path), input=honest)
    assert (record["decision"], record["reason_code"]) == ("accept", "donation"), record["reason"]


# -- the overpayment "client" after the user answered ----------------------------------------------------------


def test_a_cheque_with_the_balance_sent_on_is_a_scam_after_the_user_answered_the_enquiry(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the scam writes first to ask the date and the price; once Maya answered, he was "known" and the cheque went
    # unchecked: declined as a sales pitch, with a draft asking him for "a short overview of what you do"
    inbox = Studio(kindly, tmp_path)
    _enquiry_answered(inbox)
    cheque = (
        "Thank you Maya. I am working offshore so please communicate only by email. I will send you a certified "
        "cashier's check for $7,500 and you will kindly send the balance to our wedding planner who does not "
        "accept cards. Please send me your full name, address and phone number so we can book you.\n\nMichael"
    )
    record = inbox.arrives(
        MICHAEL,
        "cheque",
        "Re: Wedding photography June 12",
        cheque,
        "Sat, 28 Nov 2026 09:00:00 -0800",
        "answer",
    )
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "scam", None), record[
        "reason"
    ]
    assert "cashier's check" in record["reason"] and "send the balance to" in record["reason"]
    assert record["id"] not in inbox.pending()
    assert "Looks like a scam" in inbox.show(record["id"])


def test_a_confirmation_of_the_date_that_sends_a_cheque_is_a_scam_not_nothing_new(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a short yes after the user's own mail was filed as "Confirms what you proposed: nothing new to answer"
    # before any cue was asked, the cheque and the balance to send on unseen
    inbox = Studio(kindly, tmp_path)
    _enquiry_answered(inbox)
    yes = (
        "Perfect, June 12 it is. I will send you a certified cashier's check for $7,500 and you will kindly send "
        "the balance to our wedding planner. See you then!"
    )
    record = inbox.arrives(
        MICHAEL, "yes", "Re: Wedding photography June 12", yes, "Sat, 28 Nov 2026 09:00:00 -0800", "answer"
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "nothing new" not in record["reason"]
    # ...while a couple's plain yes is still nothing new to answer
    couple = "Priya Shah <priya.and.dev@mail.example>"
    _enquiry_answered(inbox, couple, "priya-")
    plain = inbox.arrives(
        couple,
        "priya-yes",
        "Re: Wedding photography June 12",
        "Perfect, June 12 it is. See you then!",
        "Sat, 28 Nov 2026 09:00:00 -0800",
        "priya-answer",
    )
    assert plain["reason_code"] == "confirmation", plain["reason"]


# -- the brand-ambassador prize after the user answered ---------------------------------------------------------


def test_a_brand_ambassador_prize_is_a_scam_after_the_user_answered_the_brand(
    kindly: Kindly, tmp_path: Path
) -> None:
    # on main the prize went unchecked for someone Maya had written to: declined with a draft offering to pass
    # their details on, which the scam answers with its "main page"
    brand = "Lumen Camera Co. <collabs.lumencamera@gmail.com>"
    inbox = Studio(kindly, tmp_path)
    inbox.arrives(
        brand,
        "hello",
        "Collaboration with Lumen Camera",
        "Hi Maya,\n\nWe love your wedding work on Instagram! Are you open to brand collaborations with camera "
        "companies?\n\nJess, Lumen Camera Co.",
        "Mon, 23 Nov 2026 09:00:00 -0800",
    )
    inbox.answers(
        brand,
        "open",
        "Re: Collaboration with Lumen Camera",
        "Hi Jess,\n\nThanks! I'm open to hearing more - what did you have in mind?\n\nMaya",
        "Tue, 24 Nov 2026 09:00:00 -0800",
        "hello",
    )
    prize = (
        "Congratulations!! Your page has been selected for our 2027 Global Ambassador Program. You will receive "
        "FREE gear and paid campaigns. To claim, DM our main page @lumen_ambassadors_official and complete "
        "registration within 24 hours. Limited spots!\n\nJess"
    )
    record = inbox.arrives(
        brand,
        "prize",
        "Re: Collaboration with Lumen Camera",
        prize,
        "Sat, 28 Nov 2026 09:00:00 -0800",
        "open",
    )
    assert (record["decision"], record["reason_code"], record["draft"]) == ("ignore", "scam", None), record[
        "reason"
    ]
    assert '"DM our main page"' in record["reason"]


# -- a scam's contact details after a pass-on are no one to recommend ------------------------------------------


def test_a_prize_answered_to_a_pass_on_decline_is_not_put_in_the_referral_directory(
    kindly: Kindly, tmp_path: Path
) -> None:
    # a reply with contact details after kindly offered to pass a seller's details on went straight into the
    # referral directory, asked no cue at all: "Their details are now in your referral directory"
    seller = "Jess Moreau <jess@lumencamera.example.com>"
    inbox = Studio(kindly, tmp_path)
    pitch = inbox.arrives(
        seller,
        "pitch",
        "Try the new Lumen Z8",
        "Hi Maya,\n\nI'm with Lumen Camera Co. Our new Z8 mirrorless body has the best low-light autofocus for "
        "receptions. Could I book 15 minutes to show you a demo and talk pricing?\n\nJess Moreau\n"
        "Account Executive, Lumen Camera Co.",
        "Mon, 23 Nov 2026 09:00:00 -0800",
    )
    assert (pitch["decision"], pitch["reason_code"]) == ("decline", "not_a_fit"), pitch["reason"]
    prize = (
        "Thanks Maya! Even better news: your page has been selected for our 2027 Global Ambassador Program, with "
        "FREE gear and paid campaigns. To claim, DM our main page @lumen_ambassadors_official or call "
        "+1 503 555 0188, and complete registration within 24 hours.\n\nJess"
    )
    record = inbox.arrives(
        seller, "prize", "Re: Try the new Lumen Z8", prize, "Sat, 28 Nov 2026 09:00:00 -0800", "pitch"
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert json.loads(kindly("directory", "list", "--json").stdout) == []


# -- an office's name on a webmail address, with a cheque ------------------------------------------------------


def test_an_office_that_sends_a_cheque_with_the_balance_to_pass_on_is_named_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the office branch asked only the hidden-funds cue: "unverified ... Check with the office through its
    # published contact details", as if it might be the Mayor's
    mail = (
        "From: Office of the Mayor <mayorsoffice.montreal@gmail.com>\nSubject: Holiday reception catering\n\n"
        "Bonjour Amelie,\n\nThe Mayor would like to host a holiday reception for 60 guests on Friday 18 December "
        "and would like you to cater it. Budget is not a problem. We will send you a certified cashier's check "
        "for $9,800 and you will kindly forward the balance to our event coordinator, who does not accept "
        "cheques.\n\nPlease send your menu and your direct phone number.\n\nOffice of the Mayor"
    )
    [record] = triaged(kindly, "-", profile=profile_file(CHEF, tmp_path), input=mail)
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "Check with the office" not in record["reason"]


# -- one seller's title, read alike wherever kindly asks who sells ----------------------------------------------

# Folasade, an HR director looking for a peer group (the thirteenth session's HR review, shortened).
HR_DIRECTOR = """
[user]
name = "Folasade Adeyemi"
email = "folasade@brindley.example"
weekly_networking_hours = 3

[[goals]]
kind = "find_community"
description = "A peer group of HR leaders in logistics and manufacturing in the North West"
targets = ["HR leaders", "logistics", "manufacturing", "North West"]
priority = 1
"""


def test_an_enterprise_account_director_asking_into_the_users_own_team_is_a_pitch_not_an_introduction(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the introduction check knew "Account Executive" but not "Account Director" (the vendor-event and
    # research checks did): "I'd be glad to make the introduction" into Dana's own team
    mail = (
        "From: Tom Becker <tom.becker@spendwise.example.com>\nSubject: Introduction to your team?\n\n"
        "Hi Dana,\n\nI saw your talk on cash flow for design studios - great stuff. Would you be open to "
        "introducing me to your team lead for client accounts? We've built expense automation that could save "
        "your team a lot of work every month-end.\n\nThanks,\nTom Becker\nEnterprise Account Director, Spendwise"
    )
    [record] = triaged(kindly, "-", input=mail)
    assert record["intent"] == "sales_pitch", record["reason"]
    assert record["decision"] == "decline", record["reason"]
    assert "make the introduction" not in record["draft"]


def test_a_roundtable_hosted_by_a_vice_president_of_sales_company_is_a_vendors_event(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the vendor-event check knew "VP Sales" but not "Vice President of Sales": a seller's dinner accepted as
    # her peer group, "see you on Thursday 11 March"
    mail = (
        "From: Sophie Marchetti <sophie@rotaforce.example>\nSubject: North West HR Directors roundtable\n\n"
        "Dear Folasade,\n\nI'd like to invite you to an intimate peer roundtable for HR Directors and CHROs from "
        "logistics and manufacturing businesses across the North West, followed by dinner at Hawksmoor "
        "Manchester on Thursday 11 March, 6:30pm.\n\nThe evening is hosted by RotaForce and the discussion will "
        "be chaired by a former Chief People Officer. We'll explore how leading employers are cutting absence "
        "and agency spend on shift-based teams. Places are limited to 12 and are complimentary.\n\nKind regards,"
        "\nSophie Marchetti\nVice President of Sales, RotaForce"
    )
    [record] = triaged(kindly, "-", profile=profile_file(HR_DIRECTOR, tmp_path), input=mail)
    assert record["decision"] == "decline", record["reason"]
    assert "see you" not in record["draft"] and "a vendor's own event" in record["draft"]


def test_a_strangers_story_of_hidden_funds_around_an_auction_gift_is_no_donation_to_say_yes_to(
    tmp_path: Path,
) -> None:
    # read as no invitation, the donation branch answered before the hidden-funds cue was asked
    text = (
        "Dear Friend,\n\nI coordinate the Hope Foundation auction for orphans on December 12. Would you be willing "
        "to donate a gift card for the auction? Our foundation also holds a grant of USD $2,500,000 for small "
        "businesses like yours, which I can share with you in strict confidence. Please reply with your WhatsApp "
        "number.\n\nGrace"
    )
    message = Message(
        source="t",
        from_name="Grace Okafor",
        from_addr="grace.okafor.foundation@gmail.com",
        body=text,
        own_text=text,
    )
    understanding = Understanding(is_invitation=False, intent=Intent.NONE, purpose_clear=None, confidence=0.9)
    verdict = decide(message, understanding, written_profile(CHEF, tmp_path), Context())
    assert (verdict.decision, verdict.reason_code) == (Decision.IGNORE, "scam"), verdict.reason
