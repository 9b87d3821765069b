"""Wren Calloway, a wedding and portrait photographer with a one-person studio in Asheville, NC (session 25, photo):
couples and families are her clients, planners and venues send them to her, she teaches a natural-light workshop,
and her weekends are shoot days. Each test is a message from her mailbox that kindly read wrongly before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from personas import PHOTO_WREN, photo_profile, to_photo
from support import Kindly, eml, profile_file, triaged, triaged_one


def _to_wren(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to Wren against her profile."""
    mail = to_photo(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(photo_profile(), tmp_path))


# -- a planner answers Wren's own coffee invitation with a time, asked as a question -------------------------------


def test_a_time_offered_as_a_question_in_answer_to_her_invitation_is_taken(kindly: Kindly, tmp_path: Path) -> None:
    own = eml(
        tmp_path / "1-own.eml",
        "Hi Jo,\n\nLovely to meet you at the mixer! Would you like to get coffee in the next couple of weeks and "
        "talk about your 2027 couples?\n\nWren\n",
        sender=PHOTO_WREN,
        subject="Coffee after the mixer?",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to="Jo Whitaker <jo@whitakerweddings.example>",
        message_id="wren-1@wrencallowayphoto.example",
    )
    reply = eml(
        tmp_path / "2-reply.eml",
        "Hi Wren,\n\nYes, I'd love that! Thursday, December 10 at 1pm at Vortex Doughnuts?\n\nJo\n",
        sender="Jo Whitaker <jo@whitakerweddings.example>",
        subject="Re: Coffee after the mixer?",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        to=PHOTO_WREN,
        message_id="jo-1@whitakerweddings.example",
        in_reply_to="wren-1@wrencallowayphoto.example",
    )
    _, record = triaged(kindly, own, reply, profile=profile_file(photo_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("accept", "answers_your_request"), record["reason"]
    assert "Thursday, December 10 at 1pm" in record["draft"]


# -- the "deaf client whose planner pays" booking: a scam wedding trades know by heart -----------------------------


def test_a_client_who_cannot_be_called_and_whose_planner_pays_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        "Hello,\n\nI need a photographer for my wedding on 12th March 2027 at Asheville, 8 hours. I am hearing "
        "impaired so please contact me by email only. My wedding planner will handle the payment with credit card, "
        "kindly send me your quote and your full name and mobile number so the planner can pay you in advance.\n\n"
        "Regards,\nRobert\n",
        sender="Robert Allen <robertallen.weds@mail.example>",
        subject="Wedding Photographer Needed",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert not record["draft"]


def test_a_deaf_couple_who_book_and_pay_themselves_is_a_client(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: either sign alone is an ordinary client
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nMy fiance and I are both deaf, so email or text is easiest for us. We're getting married at "
        "The Ridge on Saturday, September 18, 2027 and we'd love to book you. Could you send your wedding "
        "packages? We're happy to pay the retainer right away.\n\nAlex\n",
        sender="Alex Moreno <alex.moreno@example.com>",
        subject="Wedding photography - September 18, 2027",
    )
    assert record["decision"] == "accept", record["reason"]


# -- a styled shoot whose vendors "donate their time" for the pictures: unpaid, and a shoot, not a stage ----------

STYLED_SHOOT = (
    "Hey Wren!!\n\nI'm putting together a dreamy winter elopement styled shoot at a cabin near Burnsville on Monday, "
    "January 11 and I'd love you to be our photographer! All the vendors are donating their time and product "
    "(florals, cake, dress, stationery), and in return everyone gets the images for their portfolios and we'll "
    "submit it to Blue Ridge Bride and Junebug. It would be a full day - setup from 8am. Are you in?\n\nxo Bree\n"
    "Bloom & Gather Florals\n"
)


def test_a_styled_shoot_whose_vendors_donate_their_time_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        STYLED_SHOOT,
        sender="Bree Sutton <bree@bloomandgather.example>",
        subject="Styled shoot collab - winter elopement!",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "unpaid styled shoots" in record["reason"]


def test_a_shoot_declined_is_wished_well_as_a_shoot_not_as_a_role_or_a_stage(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        STYLED_SHOOT,
        sender="Bree Sutton <bree@bloomandgather.example>",
        subject="Styled shoot collab - winter elopement!",
    )
    draft = record["draft"]
    assert "the role" not in draft and "speaker" not in draft and "your search" not in draft, draft
    assert "with the shoot" in draft, draft


# -- "your ... wedding" in a publication's mail is the wedding she photographed, sold back to her as a feature -----


def test_a_blog_that_charges_to_feature_a_wedding_she_shot_is_declined_as_a_feature_for_sale(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nCongratulations! Our editors have selected your Montford Park wedding for a feature on The "
        "Wedding Society blog. To secure your feature, there's a featured placement fee of $299, which includes a "
        "badge for your website and social shares.\n\nBest,\nKelsey Park\nSubmissions Editor\n",
        sender="Kelsey Park <kelsey@weddingsociety.example>",
        subject="Congratulations - your wedding was selected!",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "pays_to_appear"), record["reason"]
    assert "I don't pay to be featured" in record["draft"], record["draft"]
