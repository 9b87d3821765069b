"""Sixteenth session, the realtor's review, second round: Marisol Vega's yeses answer the question asked, her
declines of events are declines of events, and a rival of her own provider is told she has one."""

from __future__ import annotations

from pathlib import Path

from support import Kindly, triaged_one
from test_s16_realtor import REFERRAL, dm, mail, realtor

# -- a yes answers the question asked ------------------------------------------------------------------------------


def test_leave_to_give_her_number_is_answered_please_do(kindly: Kindly, tmp_path: Path) -> None:
    """ "Is it ok if I give her your number?": the yes gives that leave, not "I'd be glad to be introduced"."""
    record = triaged_one(
        kindly,
        dm(
            tmp_path,
            "Hey Marisol!! It's Priya from the Carlaw condo. My coworker Aisha is looking to buy her first condo, "
            "ideally in Riverdale or near the Danforth. Is it ok if I give her your number? She's super nervous "
            "about the whole thing lol",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "Of course - please do give her my number." in record["draft"]
    assert "be introduced" not in record["draft"]


def test_leave_to_pass_her_email_on_is_answered_in_its_own_words(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        dm(
            tmp_path,
            "Hi Marisol! My neighbour is thinking about downsizing in the spring and asked if I knew anyone "
            "patient. Mind if I pass your email on to him?",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "please do pass my email on" in record["draft"]


def test_an_introduction_by_mail_still_says_glad_to_be_introduced(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: an introducer who asks nothing about the user's number keeps the plain yes."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nI'd love to introduce you to my sister Kate, who is buying her first home in Leslieville "
            "this spring. Would you be open to an introduction?\n\nTom",
            sender="Tom Brennan <tom.brennan@example.com>",
            subject="Introduction - my sister Kate",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert "my number" not in (record["draft"] or "")


def referral(kindly: Kindly, tmp_path: Path, ask: str) -> dict[str, object]:
    return triaged_one(
        kindly,
        mail(
            tmp_path,
            REFERRAL.format(ask=ask),
            sender="Curtis Mah <curtis.mah@prairiehomescalgary.ca>",
            subject="Referral - clients moving to Toronto in the spring",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )


def test_a_referral_offered_with_an_agreement_first_is_answered_about_the_agreement(
    kindly: Kindly, tmp_path: Path
) -> None:
    """He will pass their details on once an agreement is signed: asking for their details answers nothing."""
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? I'd propose our standard 25% referral fee on closing, with a "
        "referral agreement before I pass on their details.",
    )
    assert record["decision"] == "accept"
    draft = str(record["draft"])
    assert "I'd be glad to take them on." in draft
    assert "Please send the referral agreement over" in draft
    assert "their contact details" not in draft


def test_a_referral_fee_named_alone_asks_for_the_terms_in_writing(kindly: Kindly, tmp_path: Path) -> None:
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? I'd propose our standard 25% referral fee on closing.",
    )
    draft = str(record["draft"])
    assert "the referral terms in writing" in draft
    assert "their contact details" in draft


def test_a_referral_with_no_fee_asks_for_their_details(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "no referral fee, just good hands" offers no terms to answer."""
    record = referral(
        kindly,
        tmp_path,
        "Would you be open to taking them on? No referral fee or anything - I just want them in good hands.",
    )
    draft = str(record["draft"])
    assert "Could you send me their contact details, so I can get in touch?" in draft
    assert "referral terms" not in draft
