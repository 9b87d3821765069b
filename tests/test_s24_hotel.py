"""Ingrid Castellano, general manager of The Foundry Hotel, an independent 180-room business hotel in Providence
(session 24, hotel): event planners, travel managers and wedding planners are her clients; her never-rules keep
her from comping influencers, paying planners kickbacks and meeting on her peak Friday and Saturday evenings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from personas import INGRID, hotel_profile, to_hotel
from support import Kindly, profile_file, triaged, triaged_one


def _to_ingrid(
    kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str, never: tuple[str, ...] = ()
) -> dict[str, Any]:
    """The triage record of a mail to Ingrid against her profile (with `never` for her rules where given)."""
    mail = to_hotel(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(hotel_profile(*never), tmp_path))


INGRID_ADDRESS = INGRID.partition("<")[2].rstrip(">")


# -- 1. "free stays for influencers in exchange for posts": the rule names whom, and a creator asks in her words ---


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Chloe Bennett <chloe@chloewanders.example>",
            "Collab opportunity - The Foundry x Chloe Wanders",
            "Hiii Ingrid!\n\nI'm Chloe, a travel and lifestyle creator with 85K followers on Instagram. I'm planning "
            "a New England weekend getaway series and would LOVE to feature The Foundry! In exchange for a "
            "complimentary two-night weekend stay for me and my partner (plus dinner), I'd create 3 Reels, 6 stories "
            "and a dedicated post.\n\nxx Chloe\n",
            id="a-complimentary-two-night-stay-for-reels",
        ),
        pytest.param(
            "Jess Harlow <jess@harlowhomeandaway.example>",
            "Staycation feature",
            "Hi! I run Harlow Home & Away, a travel blog and Instagram (62K). I'd love to feature The Foundry in my "
            "Providence staycation guide. Would you host me for a Saturday night in January? I'd of course tag the "
            "hotel in all my posts and stories.\n\nJess\n",
            id="host-me-for-a-night-and-i-will-tag-you",
        ),
    ],
)
def test_a_creator_asking_a_free_stay_for_posts_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_ingrid(kindly, tmp_path, body, sender=sender, subject=subject)
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "free stays for influencers" in record["reason"]
    assert "free stays for influencers in exchange for posts" in record["draft"]


def test_a_guest_who_posts_about_a_stay_they_pay_for_is_no_free_stay(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: a blogger books and pays; posts about it are her own business
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nI've booked two nights with you in January for my anniversary (paid in full on your site). "
        "Could we get a room on a high floor? I'll probably post a few photos - I have a small travel blog.\n\n"
        "Thanks,\nJess\n",
        sender="Jess Harlow <jess@harlowhomeandaway.example>",
        subject="Anniversary stay in January",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 2. "kickbacks or commissions to planners or travel agents on top of standard agency commission" --------------
# The rule spares what it goes beyond: an agent asking the standard commission is a client; a planner's own cut "on
# top of the usual commission" is the kickback the rule names.


def test_a_planners_personal_bonus_on_top_of_the_usual_commission_is_declined_by_her_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Ingrid,\n\nI place about 40 groups a year in New England and I'd like to bring some of them to The Foundry, "
        "starting with a 120-room pharma meeting in May. Most of the properties I work with give me a 5% personal "
        "bonus on top of the usual commission for every group I bring in - paid to me directly, not the agency. "
        "Can we set up something similar? Happy to talk by phone.\n\nTrevor Lang\nLang Group Meetings\n",
        sender="Trevor Lang <trevor@langgroupmeetings.example>",
        subject="Group business for 2027 - and a thought",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "on top of standard agency commission" in record["reason"]
    # the cut is refused, not the groups he would bring
    assert "on standard agency commission" in record["draft"], record["draft"]


@pytest.mark.parametrize(
    "asked",
    [
        pytest.param(
            "do you pay the standard 10% commission on those bookings?", id="the-standard-commission"
        ),
        pytest.param("is your usual commission for agencies 10%?", id="the-usual-commission"),
    ],
)
def test_an_agent_asking_the_standard_commission_is_a_client_not_a_kickback(
    kindly: Kindly, tmp_path: Path, asked: str
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hello Ingrid,\n\nGrand Tours Travel books business travel for about a dozen companies in the Northeast. "
        f"Several have meetings in Providence next year. Do you offer a corporate rate for agency-booked stays, and "
        f"{asked}\n\nKind regards,\nSofia Grant\nGrand Tours Travel\n",
        sender="Sofia Grant <sofia@grandtourstravel.example>",
        subject="Corporate rate for our agency clients?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "$189 a night" in record["draft"]  # her answer on rates


def test_a_rule_against_every_commission_still_holds_for_the_standard_one(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: a rule that spares nothing ("commissions to travel agents") is not read as sparing the standard one
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hello Ingrid,\n\nGrand Tours Travel books business travel for about a dozen companies in the Northeast. "
        "Do you offer a corporate rate for agency-booked stays, and do you pay the standard 10% commission on "
        "those bookings?\n\nKind regards,\nSofia Grant\nGrand Tours Travel\n",
        sender="Sofia Grant <sofia@grandtourstravel.example>",
        subject="Corporate rate for our agency clients?",
        never=("paying commissions to travel agents",),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


# -- 3. "meetings on Friday or Saturday evenings": a rule about when, not about whom -------------------------------
# A planner's Friday-evening meeting moves to her hours (a day and its part, as a day alone moves); a gala on a
# Saturday evening keeps its organiser's date and is declined by the rule.


def test_a_planners_friday_evening_meeting_is_answered_with_other_times(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid - Olivia Brandt, I plan incentive trips and sales meetings for tech companies in the Northeast. "
        "I'm scouting Providence hotels for a 70-person sales kickoff next spring and The Foundry looks like a "
        "great fit. Could we meet for a drink this Friday at 7pm to talk dates and room blocks?\n\nOlivia\n",
        sender="Olivia Brandt <olivia@brandtincentives.example>",
        subject="Sales kickoff in Providence",
    )
    assert record["decision"] == "accept", record["reason"]
    refused, _, offered = record["draft"].partition("doesn't work for me, though")
    assert "Friday at 7pm" in refused, record["draft"]
    assert "Would Friday, December 4 at 11:30 am" in offered  # a Friday morning is hers to give


def test_a_gala_on_a_saturday_evening_is_still_declined_by_her_rule(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Dear Ingrid,\n\nThe Rhode Island Hospitality Association's annual Gala takes place on Saturday, January 23, "
        "at 7:00 p.m. at the Omni Providence. Tables of ten are $1,800 and single tickets $195. We would be "
        "honored to have The Foundry Hotel join us.\n\nRSVP at rihospitality.example/gala.\n",
        sender="RI Hospitality Association <events@rihospitality.example>",
        subject="Join us at the Hospitality Gala, Saturday January 23",
    )
    assert record["decision"] in ("decline", "ignore"), record["reason"]


# -- 4. a login asked behind a bare button ("Verify now: https://...") under a threat to the account --------------

_VERIFY_NOW = (
    "Dear Partner,\n\nWe detected unusual activity on your Booking.com extranet account. To avoid suspension of your "
    "property listing and payouts, you must verify your account details within 24 hours.\n\nVerify now: "
    "https://{domain}/login\n\nBooking.com Partner Services\n"
)


def test_a_booking_site_look_alike_asking_to_verify_now_is_a_scam(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        _VERIFY_NOW.format(domain="booking-partnerhub-verify.example"),
        sender="Booking.com Partner Hub <noreply@booking-partnerhub-verify.example>",
        subject="Action required: verify your property account",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert "Verify now" in record["reason"]
    assert not record["draft"]


def test_the_booking_sites_own_notice_is_no_scam(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the same words from the site's own domain are its notice, not a look-alike's
    record = _to_ingrid(
        kindly,
        tmp_path,
        _VERIFY_NOW.format(domain="admin.booking.com"),
        sender="Booking.com <noreply@booking.com>",
        subject="Action required: verify your property account",
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- 5. one person answered once: the yes to her calendar invitation is called an invitation, not an e-mail -------


def test_a_meeting_asked_by_mail_is_answered_by_the_yes_to_her_invitation(
    kindly: Kindly, tmp_path: Path
) -> None:
    mail = to_hotel(
        tmp_path / "mail.eml",
        "Hi Ingrid,\n\nI'm the new director of convention sales at the Providence Convention & Visitors Bureau. "
        "We're planning our 2027 sales missions and I'd love to include a few independent hotels. Could we meet for "
        "half an hour in the next two weeks to talk about what kinds of groups suit The Foundry?\n\nBest,\n"
        "Lauren Fiske\nDirector of Convention Sales, PCVB\n",
        sender="Lauren Fiske <lfiske@goprovidence.example>",
        subject="PCVB sales missions 2027",
    )
    invite = tmp_path / "briefing.ics"
    invite.write_text(
        "\r\n".join(
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//PCVB//Calendar//EN",
                "METHOD:REQUEST",
                "BEGIN:VEVENT",
                "UID:pcvb-hotel-partners-20261215@goprovidence.example",
                "DTSTAMP:20261201T150000Z",
                "DTSTART;TZID=America/New_York:20261215T100000",
                "DTEND;TZID=America/New_York:20261215T113000",
                "SUMMARY:PCVB Hotel Partners Quarterly Briefing",
                "LOCATION:Rhode Island Convention Center\\, Room 551",
                "DESCRIPTION:Quarterly briefing for hotel partners: 2027 convention calendar\\, citywide room "
                "blocks and sales missions.",
                "ORGANIZER;CN=Lauren Fiske (PCVB):mailto:lfiske@goprovidence.example",
                f"ATTENDEE;CN=Ingrid Castellano;RSVP=TRUE:mailto:{INGRID_ADDRESS}",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ]
        )
    )
    records = triaged(kindly, mail, invite, profile=profile_file(hotel_profile(), tmp_path))
    by_subject = {record["subject"]: record for record in records}
    asked = by_subject["PCVB sales missions 2027"]
    assert asked["decision"] == "accept", asked["reason"]
    # her briefing sets the time: the mail's yes points there, by its name
    assert "I've answered your invitation about when to meet." in asked["draft"], asked["draft"]
    assert "your e-mail" not in asked["draft"]


# -- 6. a planner's question her own answers are about is a client's, though no meeting is asked --------------------


def test_a_planners_question_about_her_ballroom_is_a_clients(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nA client of mine is already planning their 2027 holiday party - about 200 guests, dinner and "
        "dancing. What's the capacity of your ballroom for a seated dinner with a dance floor, and do you have a "
        "date in mid-December 2027 still open?\n\nThanks!\nHannah Cole\nNorthlight Events\n",
        sender="Hannah Cole <hannah@northlightevents.example>",
        subject="Holiday party 2027 - ballroom capacity?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Our Forge Ballroom seats 180 banquet-style" in record["draft"]  # her own answer


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        pytest.param(
            "Hotel News Daily <newsletter@hotelnewsdaily.example>",
            "Is your ballroom earning its keep?",
            "This week: is your ballroom capacity working for you? Five ways independent hotels fill their event "
            "space in the slow season.\n\nRead more at hotelnewsdaily.example.\n\nUnsubscribe | Manage preferences\n",
            id="a-newsletter-asking-its-readers",
        ),
        pytest.param(
            "Priya Nair <pnair@coastalhealth.example>",
            "Thank you for a wonderful board retreat",
            "Hi Ingrid,\n\nThank you to you and your team for last week's board retreat. Everything ran beautifully - "
            "who knew the ballroom could feel so cosy?\n\nWith gratitude,\nPriya\n",
            id="a-thank-you-that-wonders",
        ),
    ],
)
def test_a_question_no_client_asks_is_still_nothing_asked(
    kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str
) -> None:
    record = _to_ingrid(kindly, tmp_path, body, sender=sender, subject=subject)
    assert record["decision"] == "ignore", record["reason"]


# -- 7. a goal that lists what it sells ("offsites, conferences, weddings"): a sender who needs one is a client ---


def test_a_firm_looking_for_a_hotel_for_its_offsite_is_a_client(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nWe're looking for a hotel for our firm's annual offsite next September - around 40 people. "
        "Would you be free for a drink at your bar this Friday around 7pm to talk it through? I'm in Providence "
        "for the day.\n\nKevin Shaw\nChief of Staff, Harbor Point Capital\n",
        sender="Kevin Shaw <kshaw@harborpointcapital.example>",
        subject="Drinks Friday to talk about our offsite?",
    )
    assert (record["decision"], record["intent"]) == ("accept", "client_inquiry"), record["reason"]
    # her Friday evening is kept: other times are offered
    assert "This Friday around 7pm doesn't work for me, though" in record["draft"], record["draft"]


def test_one_looking_for_a_role_who_has_run_offsites_is_no_client(kindly: Kindly, tmp_path: Path) -> None:
    # near miss: the offsites are her experience, and what she needs is a job
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid!\n\nIt's been ages since we worked together at the Biltmore. I've just moved back to Providence "
        "and I'm looking for a director of sales role - I've run corporate offsites and weddings for years. Any "
        "chance you'd have time for a coffee in the next few weeks?\n\nRachel\n",
        sender="Rachel Abbott <rachel.abbott@gmail.com>",
        subject="Coffee sometime?",
    )
    assert record["intent"] != "client_inquiry", record["reason"]


# -- 8. a dinner a client books for their guests is no dinner to meet over ------------------------------------------


def test_the_seated_dinner_a_client_books_does_not_hold_her_times_to_dinner(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nA client of mine is already planning their 2027 holiday party - about 200 guests, dinner and "
        "dancing. What's the capacity of your ballroom for a seated dinner with a dance floor, and do you have a "
        "date in mid-December 2027 still open?\n\nThanks!\nHannah Cole\nNorthlight Events\n",
        sender="Hannah Cole <hannah@northlightevents.example>",
        subject="Holiday party 2027 - ballroom capacity?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "a dinner is hard for me" not in record["draft"], record["draft"]
    assert "work for you?" in record["draft"]  # times to talk, in her hours


def test_a_client_who_asks_to_meet_over_dinner_is_still_told_her_hours(
    kindly: Kindly, tmp_path: Path
) -> None:
    # near miss: the dinner is where they would meet, the offsite what they would talk about
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi Ingrid,\n\nWe're looking for a hotel for our firm's annual offsite next September - around 40 "
        "people. Could we talk it over dinner one evening next week?\n\nKevin Shaw\nChief of Staff, Harbor Point "
        "Capital\n",
        sender="Kevin Shaw <kshaw@harborpointcapital.example>",
        subject="Offsite - dinner next week?",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "dinner is hard for me" in record["draft"], record["draft"]


# -- 9. a free stay for posts is refused as a gift is: no colleague to pass the creator on to --------------------


def test_a_creators_free_stay_declined_offers_no_colleague(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_ingrid(
        kindly,
        tmp_path,
        "Hi! I run Harlow Home & Away, a travel blog and Instagram (62K). I'd love to feature The Foundry in my "
        "Providence staycation guide. Would you host me for a Saturday night in January? I'd of course tag the "
        "hotel in all my posts and stories.\n\nJess\n",
        sender="Jess Harlow <jess@harlowhomeandaway.example>",
        subject="Staycation feature",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    draft = record["draft"]
    assert "free stays for influencers in exchange for posts" in draft
    # every hotel keeps the same rule: no one to pass her on to, and no event of hers to wish well
    assert "put them in touch" not in draft and "pass your details on" not in draft, draft
    assert "the event" not in draft, draft
