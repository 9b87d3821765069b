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


def test_a_time_offered_as_a_question_in_answer_to_her_invitation_is_taken(
    kindly: Kindly, tmp_path: Path
) -> None:
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


def test_a_client_who_cannot_be_called_and_whose_planner_pays_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
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


def test_a_shoot_declined_is_wished_well_as_a_shoot_not_as_a_role_or_a_stage(
    kindly: Kindly, tmp_path: Path
) -> None:
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


# -- "unpaid work for exposure" is about a promised audience: not a brain to pick, nor a free place on a list ------


def test_a_stranger_who_wants_to_pick_her_brain_is_asked_what_about_not_told_her_exposure_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = profile_file(photo_profile(), tmp_path)
    paste = tmp_path / "note.txt"
    paste.write_text(
        "From: Dana Ortiz (LinkedIn)\nSubject: LinkedIn message\n\nHi Wren, I came across your profile and would "
        "love to connect and pick your brain sometime!\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, paste, note)
    assert record["decision"] == "ask_details", record["reason"]
    assert "exposure" not in record["draft"], record["draft"]


def test_a_rule_against_free_advice_still_turns_down_a_brain_to_pick(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the rule names no exposure, so the brain to pick is the free advice it refuses
    mail = to_photo(
        tmp_path / "mail.eml",
        "Hi Wren, I came across your work and would love to pick your brain about starting a photography "
        "business!\n\nDana\n",
        sender="Dana Ortiz <dana.ortiz@example.com>",
        subject="Quick question",
    )
    record = triaged_one(kindly, mail, profile_file(photo_profile("unpaid advice calls"), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_venue_that_lists_her_free_of_charge_is_a_referral_partner_not_unpaid_work(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nI'm the event coordinator at Highland Lake Inn in Flat Rock. A couple of our 2027 couples have "
        "asked us for photographer recommendations and I'd love to add you to the list we give them (there's no "
        "fee). Could we set up a call to talk about how you work and your availability for next season?\n\n"
        "Best,\nGrace Holloway\nEvent Coordinator, Highland Lake Inn\n",
        sender="Grace Holloway <grace@highlandlakeinn.example>",
        subject="Photographer recommendations at Highland Lake Inn",
    )
    assert record["decision"] == "accept", record["reason"]


# -- a planner who would send couples her way asks for coffee first: a referral partner, met, not a pitch ----------

PLANNER_COFFEE = (
    "Hi Wren,\n\nI'm Maya, lead planner at Blue Ridge Events - we plan about 25 weddings a year around Asheville and "
    "Black Mountain. Several of my couples have asked for a photographer with your natural, documentary style, and "
    "I'd love to grab coffee and see whether we'd be a good fit to send couples your way.\n\nWarmly,\nMaya Lindgren\n"
    "Blue Ridge Events\n"
)


def test_a_planner_who_would_send_couples_her_way_is_met_for_coffee(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        PLANNER_COFFEE,
        sender="Maya Lindgren <maya@blueridgeevents.example>",
        subject="Coffee? Planner in Asheville",
    )
    assert record["decision"] == "accept", record["reason"]
    draft = record["draft"]
    # no one is referred yet: the yes is to the coffee, at her hours, not "send me their contact details"
    assert "contact details" not in draft and "take them on" not in draft, draft
    assert "Would " in draft and "work for you?" in draft, draft


def test_a_planner_who_sends_one_couple_is_still_a_referral_taken_on(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a couple sent now is taken on, with their details asked
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nOne of my couples, Priya and Dev, are getting married at Highland Lake Inn next October and "
        "need a photographer - I'd like to refer them to you. Would you be willing to take them on as clients?\n\n"
        "Maya Lindgren\nBlue Ridge Events\n",
        sender="Maya Lindgren <maya@blueridgeevents.example>",
        subject="A couple for you",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "take them on" in record["draft"], record["draft"]


# -- the magazine her goal names calls for real weddings: the invitation that goal looks for, not "nothing asked" --

MAGAZINE_CALL = (
    "Hi Wren,\n\nBlue Ridge Bride is now taking real wedding submissions for our Spring 2027 issue. We're looking for "
    "mountain weddings with a strong story and a full vendor list. Please send a gallery link of 60-80 images and a "
    "short note about the couple by Friday, January 15. There's no fee to submit.\n\nThank you,\nThe Blue Ridge "
    "Bride editorial team\n"
)


def test_a_call_for_submissions_from_the_magazine_her_goal_names_is_answered_by_its_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        MAGAZINE_CALL,
        sender="Blue Ridge Bride Editors <submissions@blueridgebride.example>",
        subject="Real wedding submissions open - Spring 2027",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "custom goal" in record["reason"], record["reason"]
    draft = record["draft"]
    assert "by Friday, January 15" in draft and "Would " not in draft, draft  # promised by its day, no call


def test_a_call_for_submissions_no_goal_looks_for_still_asks_nothing(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a trade magazine for florists is no feature her goals seek
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi,\n\nFlorist Monthly is now taking submissions of centrepiece designs for our March issue. Please send "
        "three photos and a short description by February 1.\n\nThe Florist Monthly team\n",
        sender="Florist Monthly <editors@floristmonthly.example>",
        subject="Submissions open for March",
    )
    assert record["decision"] == "ignore", record["reason"]


# -- "photo contests that take the copyright to my images": a contest takes it in its terms' words ------------------

CONTEST = (
    "Hi Wren,\n\nWe'd love you to enter your best wedding or landscape image in the 2027 Asheville Outdoors Photo "
    "Contest! The grand prize is a $500 gift card. By entering, photographers {terms}. Entries close January 31.\n\n"
    "Good luck!\nThe Asheville Outdoors team\n"
)


def test_a_contest_whose_entrants_grant_royalty_free_rights_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    terms = (
        "grant Asheville Outdoors full copyright and perpetual, royalty-free rights to use the submitted images in "
        "any media without further compensation"
    )
    record = _to_wren(
        kindly,
        tmp_path,
        CONTEST.format(terms=terms),
        sender="Asheville Outdoors Photo Contest <contest@ashevilleoutdoors.example>",
        subject="Enter your best Blue Ridge image",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "take the copyright" in record["reason"]


def test_a_contest_whose_entrants_keep_their_copyright_is_not_under_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: rights the entrant keeps are no taking
    record = _to_wren(
        kindly,
        tmp_path,
        CONTEST.format(terms="retain full copyright to their images"),
        sender="Asheville Outdoors Photo Contest <contest@ashevilleoutdoors.example>",
        subject="Enter your best Blue Ridge image",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- "How much is a family session?" asks her price in other words -------------------------------------------------


def test_how_much_is_answered_with_her_saved_price(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nA friend sent me your way. We'd love family photos at the NC Arboretum sometime in April - two "
        "adults, two kids (5 and 8) and a very patient golden retriever. How much is a family session, and what's "
        "included?\n\nThanks,\nMarcus\n",
        sender="Marcus Webb <marcus.webb@example.com>",
        subject="Family photos in the spring?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "family sessions are $450" in record["draft"], record["draft"]


# -- a photographer asking to second shoot for her: left to her, with her saved answer on second shooters drafted ---


def test_a_second_shooter_asking_to_work_for_her_gets_her_saved_answer(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nI'm a portrait photographer in Hendersonville and I'm trying to get into weddings. I've second "
        "shot six weddings so far (portfolio: tylerngphoto.example/weddings) and I'd love to second shoot or assist "
        "for you next season. I'm free most weekends in 2027. Do you ever hire second shooters?\n\nThanks for "
        "considering,\nTyler\n",
        sender="Tyler Ng <tyler@tylerngphoto.example>",
        subject="Second shooting for you in 2027?",
    )
    assert record["reason_code"] == "work_asked", record["reason"]
    draft = record["draft"]
    assert "I hire second shooters for my larger weddings at $50 an hour" in draft, draft
    assert "advice" not in draft, draft


def test_asking_for_advice_with_no_saved_answer_about_it_is_still_declined(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a student's advice call is no offer to work for her
    record = _to_wren(
        kindly,
        tmp_path,
        "Hi Wren,\n\nI'm a student at AB Tech and I'd love 20 minutes of your time to ask how you built your "
        "business. Could we do a quick call?\n\nSam\n",
        sender="Sam Lee <sam.lee@example.com>",
        subject="Quick call?",
    )
    assert record["reason_code"] != "work_asked", record["reason"]


# -- the planner's calendar invitation "to talk about referring Blue Ridge Events couples": the same partner ------

PLANNER_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:coffee-maya@blueridgeevents.example\r\nDTSTAMP:20261130T150000Z\r\n"
    "DTSTART;TZID=America/New_York:20261208T110000\r\nDTEND;TZID=America/New_York:20261208T120000\r\n"
    "SUMMARY:Coffee - Wren & Maya (Blue Ridge Events)\r\n"
    "DESCRIPTION:Coffee at Dobra Tea to talk about referring Blue Ridge Events couples.\r\n"
    "LOCATION:Asheville, NC\r\nORGANIZER;CN=Maya Lindgren:mailto:maya@blueridgeevents.example\r\n"
    "ATTENDEE;CN=Wren Calloway;RSVP=TRUE:mailto:wren@wrencallowayphoto.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_planners_coffee_invitation_to_talk_about_referring_couples_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = tmp_path / "coffee.ics"
    invite.write_text(PLANNER_INVITE, encoding="utf-8")
    record = triaged_one(kindly, invite, profile_file(photo_profile(), tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday, December 8 at 11:00 am" in record["draft"], record["draft"]
