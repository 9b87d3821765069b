"""Sixteenth session, a realtor's review: Marisol Vega sells homes in Toronto's east end. She wants first-time
buyers and downsizers as clients, a stage at homebuyer seminars and on local radio, a group of women in real
estate, and to help the Okafor family move from Calgary. Her mail is an agent's mail: referrals, lenders,
stagers, paid "awards", and the cheque scams every listing agent gets."""

from __future__ import annotations

import json
from pathlib import Path

from personas import REALTOR_CLIENTS, REALTOR_GOALS, REALTOR_SPEAKING, realtor_profile, replacing, varied
from support import Kindly, eml, profile_file, triaged_one

REALTOR = realtor_profile()


def realtor(tmp_path: Path) -> Path:
    return profile_file(REALTOR, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, date: str) -> Path:
    return eml(
        tmp_path / "mail.eml",
        body,
        sender=sender,
        subject=subject,
        date=date,
        to="marisol@harbourlinerealty.ca",
    )


# -- the overpayment scam, with the balance's amount named -------------------------------------------------------


def test_a_buyer_who_sends_a_cheque_and_wants_the_balance_of_an_amount_wired_on_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Dear Realtor,\n\nI am relocating from overseas and wish to purchase a home in Toronto urgently. I will "
            "send a certified check for $85,000 as deposit to your office. Since my lawyer is travelling, kindly "
            "send the balance of $12,000 by Western Union to my notary in London after the check arrives.\n\n"
            "Please reply with your full name and office address.\n\nRobert Kaplan",
            sender="Robert Kaplan <rkaplan.invest@consultant.com>",
            subject="Purchase of property - urgent",
            date="Thu, 19 Nov 2026 03:14:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "ignore"
    assert "scam" in record["reason"]
    assert "send the balance of $12,000 by Western Union to my" in record["reason"]
    assert record["draft"] is None


def test_the_amount_may_come_before_the_balance_too(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hello, I saw your listing on Boultbee Ave and want to buy it for my daughter. I'll mail you a "
            "cashier's cheque for $40,000 today. Please wire the $6,500 balance on to my mover in Halifax once "
            "it clears.\n\nJohn",
            sender="John Ellis <john.ellis.buyer@consultant.com>",
            subject="Boultbee listing",
            date="Fri, 20 Nov 2026 04:10:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "ignore"
    assert "scam" in record["reason"]


def test_a_buyer_who_pays_a_deposit_by_cheque_and_the_balance_on_closing_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: the balance paid as a sale pays it (to the seller's lawyer on closing) is not passed on to a
    third party of the sender's."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nWe're first-time buyers and would love your help with an offer on the Logan Ave "
            "semi. Our lawyer says we'll send a certified cheque for the deposit, and the balance of $610,000 "
            "is paid on closing. Could we meet this week to talk it through?\n\nHannah",
            sender="Hannah Kim <hannahkim.jk@gmail.com>",
            subject="Offer on Logan Ave",
            date="Sun, 29 Nov 2026 19:55:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert "scam" not in record["reason"]
    assert record["decision"] == "accept"


# -- a client household named by its surname ------------------------------------------------------------------


def test_a_call_about_the_household_a_help_client_goal_names_by_its_surname_is_that_goals_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    """The goal says "Okafor family"; the mail says "the Okafors". What the goal seeks for them ("schools") is
    in the goal's own description, not a target."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nPriya Raman mentioned you're helping a family move to Toronto - the Okafors - and "
            "that they're trying to work out schools before they pick a neighbourhood. I'm an education "
            "consultant and I help families moving to Toronto compare TDSB and TCDSB schools, French immersion "
            "options and catchment boundaries.\n\nI'd be glad to do a free 30-minute call with you (and them, if "
            "they like) to walk through the east end options. Would Wednesday, December 9 at 11am work?\n\nBest,\nMeera Patel\nSchoolFit Consulting",
            sender="Meera Patel <meera@schoolfitconsulting.ca>",
            subject="Helping your relocating family with schools",
            date="Thu, 26 Nov 2026 16:20:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert record["goal"] == "help_client"
    assert "Wednesday, December 9 at 11am works for me" in record["draft"]


def test_someone_who_only_shares_the_clients_surname_is_not_the_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: "Chidi Okafor" of a fintech is a person with the surname, not the Okafor household."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nChidi Okafor from our partnerships team here. Could we set up a call next week to go "
            "over the Q1 integration timeline for our schools product?\n\nThanks,\nChidi Okafor\nKlassly",
            sender="Chidi Okafor <chidi@klassly.io>",
            subject="Q1 integration timeline",
            date="Thu, 26 Nov 2026 16:20:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["goal"] != "help_client"
    assert record["decision"] != "accept"


def test_the_city_a_client_moves_from_is_not_the_client(kindly: Kindly, tmp_path: Path) -> None:
    """ "Calgary", a target of the goal "relocate from Calgary to Toronto", is where the Okafors come from: an
    agent writing from Calgary about other buyers is not writing about the user's client."""
    path = mail(
        tmp_path,
        "Hi Marisol,\n\nI'm an agent in Calgary. I have a couple relocating to Toronto for work in April - "
        "first-time buyers who want something in Riverdale. Would you be open to taking them on? I'd propose our "
        "standard 25% referral fee on closing.\n\nThanks,\nCurtis Mah\nPrairie Homes Realty, Calgary",
        sender="Curtis Mah <curtis.mah@prairiehomescalgary.ca>",
        subject="Referral - clients moving to Toronto in the spring",
        date="Wed, 25 Nov 2026 12:30:00 -0500",
    )
    result = kindly("triage", str(path), "--profile", str(realtor(tmp_path)))
    assert result.exit_code == 0, result.output
    shown = kindly("show", "1", "--profile", str(realtor(tmp_path))).stdout
    assert 'client "Calgary" named' not in " ".join(shown.split())


# -- a decline says what the user's goals are in their own words ----------------------------------------------

# Her goals as she wrote them, with the neighbourhoods she works in among her clients' targets.
EAST_END_CLIENTS = varied(
    REALTOR_CLIENTS,
    targets=[
        "first-time buyers",
        "first-time homebuyers",
        "downsizers",
        "empty nesters",
        "east end Toronto",
        "Leslieville",
        "The Beaches",
        "Riverdale",
    ],
)
REALTOR_EAST_END = realtor_profile(goals=replacing(REALTOR_GOALS, EAST_END_CLIENTS))

COFFEE_ICS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:beaches-bia-coffee-20261210@google.com
DTSTAMP:20261125T150000Z
DTSTART;TZID=America/Toronto:20261210T100000
DTEND;TZID=America/Toronto:20261210T110000
SUMMARY:Coffee - Marisol Vega / Danielle Roy (Beaches BIA)
DESCRIPTION:Hi Marisol - as promised at the BIA mixer\\, let's grab a coffee at Remarkable Bean. I'd love to
  {ask}\\, and introduce you to a few other women who own shops on Queen East.\\n\\nDanielle Roy\\, owner\\,
  Tidewater Books\\, Beaches BIA board
LOCATION:Remarkable Bean\\, 2242 Queen St E\\, Toronto
ORGANIZER;CN=Danielle Roy:mailto:danielle@tidewaterbooks.ca
ATTENDEE;CN=Marisol Vega;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:marisol@harbourlinerealty.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


def coffee(tmp_path: Path, ask: str) -> Path:
    """Danielle Roy's calendar invitation to a coffee at which she would like to `ask`."""
    invitation = tmp_path / "coffee.ics"
    invitation.write_text(COFFEE_ICS.replace("{ask}", ask), encoding="utf-8")
    return invitation


def test_a_goal_of_talks_alone_is_not_told_as_speaking_and_writing(kindly: Kindly, tmp_path: Path) -> None:
    """Her credibility goal is seminars, radio and podcasts: "keeping my networking time for speaking and writing
    in my field" would tell Danielle something untrue."""
    invitation = coffee(tmp_path, "hear how things are going in the east end")
    record = triaged_one(kindly, invitation, profile=profile_file(REALTOR_EAST_END, tmp_path))
    assert record["reason_code"] == "not_current_focus"
    assert "speaking in my field" in record["draft"]
    assert "writing" not in record["draft"]


def test_a_goal_of_talks_and_articles_is_still_told_as_speaking_and_writing(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: where the goal names both ("Speak at homebuyer seminars and write a column ..."), both are said."""
    invitation = coffee(tmp_path, "hear how things are going in the east end")
    talks_and_column = varied(
        REALTOR_SPEAKING, description="Speak at homebuyer seminars and write a column about buying in Toronto"
    )
    both = realtor_profile(goals=replacing(REALTOR_GOALS, EAST_END_CLIENTS, talks_and_column))
    record = triaged_one(kindly, invitation, profile=profile_file(both, tmp_path))
    assert record["reason_code"] == "not_current_focus"
    assert "speaking and writing in my field" in record["draft"]


# -- the user's own slot inside an event of several days -------------------------------------------------------

HOME_SHOW = (
    "Hi Marisol,\n\nI'm the seminar programme coordinator for the Toronto Spring Home Show, running March 5-7, "
    "2027 at the Enercare Centre. A few visitors from your fall seminar at the Pape library branch recommended "
    "you.\n\nWe'd love to have you present a 30-minute talk on our Main Stage: \"Buying your first home in "
    'Toronto in 2027". {slot}Audiences are usually 80-120 people, mostly first-time buyers and young families. '
    "There's no cost to present, and speakers get a complimentary exhibitor parking pass.\n\nCould you let me "
    "know by December 15 if you're interested?\n\nThanks so much,\nSandra Mitchell\nSeminar Programme "
    "Coordinator\nToronto Spring Home Show"
)


def home_show(tmp_path: Path, slot: str) -> Path:
    return mail(
        tmp_path,
        HOME_SHOW.format(slot=slot),
        sender="Sandra Mitchell <smitchell@torontohomeshow.ca>",
        subject="Speaking at the Toronto Spring Home Show 2027",
        date="Thu, 19 Nov 2026 14:22:00 -0500",
    )


def test_the_slot_the_organiser_names_inside_a_show_of_several_days_is_confirmed_not_asked_for(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        home_show(tmp_path, "The slot we have in mind is Saturday, March 6 at 1:00 pm. "),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "I'd be glad to speak on Saturday, March 6 at 1:00 pm." in record["draft"]
    assert "day and time" not in record["draft"]


def test_a_show_of_several_days_that_names_no_slot_still_asks_for_the_users_session(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: without the slot's day, which of the show's days is hers is still to come."""
    record = triaged_one(kindly, home_show(tmp_path, ""), profile=realtor(tmp_path))
    assert record["decision"] == "accept"
    assert "the day and time of my session" in record["draft"]
    assert "March 6" not in record["draft"]


# -- "first-time buyers" is no time to meet -------------------------------------------------------------------


def test_a_month_said_beside_first_time_buyers_is_not_the_stretch_to_meet_in(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "first-time" is an adjective: the coffee is asked for next week, not "in January"."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nMy husband and I are first-time buyers and we'd like to be in a place of our own in "
            "January, ideally a semi in Leslieville. Could we meet for a coffee next week to talk about where to "
            "start? We're both free Tuesday or Wednesday afternoon.\n\nThanks,\nPriya",
            sender="Priya Nair <priya.nair@gmail.com>",
            subject="Looking for our first home",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "December" in record["draft"]
    assert "January" not in record["draft"]


def test_a_stretch_asked_for_in_so_many_words_is_still_kept(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "sometime in January" said of the meeting itself is the stretch to propose times in."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nMy husband and I are first-time buyers hoping to start looking in the spring. Could we "
            "meet for a coffee sometime in January to talk about where to start?\n\nThanks,\nPriya",
            sender="Priya Nair <priya.nair@gmail.com>",
            subject="Looking for our first home",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "January" in record["draft"]


# -- a producer whose segment her name came up for -------------------------------------------------------------


def test_a_producer_sent_to_her_for_a_radio_segment_asks_her_on_air_and_gets_times_for_the_pre_interview(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "your name came up" sends a stranger for what the user does; for a segment it is her voice on air, not her
    services: no "Thank you for your inquiry". The pre-interview is a call, answered with times next week."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            'Hi Marisol,\n\nI produce "Home Front", the Saturday morning real estate hour on City Radio 1050. '
            "We're planning a segment in January on what first-time buyers should expect in 2027 and your name "
            "came up as someone who explains things clearly.\n\nCould we do a 15-minute pre-interview call by "
            "phone next week? I'm free Tuesday or Wednesday afternoon.\n\nThanks!\nNadia Ferrante\nProducer, "
            "Home Front - City Radio 1050",
            sender="Nadia Ferrante <nferrante@cityradio1050.ca>",
            subject="Weekend real estate segment - quick pre-interview?",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["intent"] == "speaking_invitation"
    assert record["goal"] == "build_credibility"
    assert "inquiry" not in record["draft"]
    assert "Would Tuesday, December 1 at 2:00 pm or Wednesday, December 2" in record["draft"]
    assert "January" not in record["draft"]


def test_a_buyer_whose_friend_gave_her_name_is_still_a_client(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: with no programme named, someone sent to her is a prospective client."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nYour name came up when I asked around the office. Could we do a 15-minute call by "
            "phone next week about buying a first home in Riverdale? I'm free Tuesday or Wednesday afternoon."
            "\n\nThanks!\nNadia",
            sender="Nadia Ferrante <nferrante@lakeviewlogistics.ca>",
            subject="Quick call next week?",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["intent"] == "client_inquiry"
    assert record["decision"] == "accept"


# -- a calendar's short weekday is a weekday ----------------------------------------------------------------------


def mixer_ics(start: str) -> str:
    return f"""\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:leslieville-mixer-{start}@eventbrite.ca
DTSTAMP:20261120T120000Z
DTSTART;TZID=America/Toronto:{start}
DTEND;TZID=America/Toronto:{start[:9]}230000
SUMMARY:Leslieville Business Owners Holiday Mixer
DESCRIPTION:Join fellow Leslieville business owners for drinks and holiday cheer at Ed's Real Scoop's back
  room. Free for members of the Leslieville Business Network.\\n\\nRobyn Clarke\\, Leslieville Business Network
LOCATION:Ed's Real Scoop\\, 920 Queen St E\\, Toronto
ORGANIZER;CN=Robyn Clarke:mailto:robyn@leslievillebusiness.ca
ATTENDEE;CN=Marisol Vega;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:marisol@harbourlinerealty.ca
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_invitation_for_a_sunday_evening_falls_under_a_rule_against_sunday_evening_events(
    kindly: Kindly, tmp_path: Path
) -> None:
    """The invitation says its day only as the calendar writes it ("Sun 13 Dec 2026 19:00"): that is a Sunday."""
    invitation = tmp_path / "mixer.ics"
    invitation.write_text(mixer_ics("20261213T190000"), encoding="utf-8")
    record = triaged_one(kindly, invitation, profile=realtor(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "I have a firm rule against evening events on Sundays" in record["draft"]


def test_a_saturday_evening_or_a_sunday_morning_is_no_sunday_evening(kindly: Kindly, tmp_path: Path) -> None:
    """Near misses: "Sat 12 Dec 2026 19:00" and "Sun 13 Dec 2026 11:00" are not Sunday evenings."""
    for start in ("20261212T190000", "20261213T110000"):
        invitation = tmp_path / f"mixer-{start}.ics"
        invitation.write_text(mixer_ics(start), encoding="utf-8")
        record = triaged_one(kindly, invitation, profile=realtor(tmp_path))
        assert record["reason_code"] != "never_do", start


# -- leave asked to pass her number on is an introduction ---------------------------------------------------------


def dm(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "dm.txt"
    path.write_text(
        f"From: Priya Sandhu (Instagram)\nSubject: Instagram DM\nDate: Fri, 27 Nov 2026 20:14:00 -0500\n\n{body}\n",
        encoding="utf-8",
    )
    return path


def test_a_past_client_asking_to_give_a_first_time_buyer_her_number_offers_an_introduction(
    kindly: Kindly, tmp_path: Path
) -> None:
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
    assert record["intent"] == "introduction"
    assert record["decision"] == "accept"
    assert record["goal"] == "find_clients"


def test_a_number_already_given_is_news_not_an_ask(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "I gave her your number" tells what was done; no leave is asked."""
    record = triaged_one(
        kindly,
        dm(
            tmp_path,
            "Hey Marisol!! Just so you know, I gave my coworker Aisha your number last week. Hope you're well!",
        ),
        profile=realtor(tmp_path),
    )
    assert record["intent"] != "introduction"


# -- the user's own tool that a pitch feeds is not what it sells ---------------------------------------------------


def test_leads_delivered_to_her_crm_are_no_pitch_for_a_crm(kindly: Kindly, tmp_path: Path) -> None:
    """ "I already use CRM I'm very happy with" would answer something nobody offered."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hey Marisol!\n\nI came across your profile and love what you're doing in the east end. I'd love to "
            "grab a coffee next week and hear more about your business and your goals for 2027.\n\nAt ListLeap we "
            "help agents like you get 20-30 exclusive buyer and seller leads every month, delivered straight to "
            "your CRM. Our agents see an average of 3 extra closings per quarter.\n\nWould Thursday at 10 work? "
            "Coffee's on me!\n\nBrianna Cole\nGrowth Partner, ListLeap",
            sender="Brianna Cole <brianna@listleap.io>",
            subject="Coffee next week?",
            date="Thu, 12 Nov 2026 13:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] != "has_provider"
    assert "CRM" not in record["draft"]


def test_a_crm_sold_to_her_is_still_a_pitch_for_the_crm_she_has(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: a CRM on offer ("our CRM ... we'll move your contacts over") is the trade she has."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nNestly is the CRM built for Toronto agents: automatic follow-ups, showing notes and "
            "a client portal, from $49/month. We'll move your contacts over for free. Can I show you a 15-minute "
            "demo this week?\n\nOwen Park\nAccount Executive, Nestly",
            sender="Owen Park <owen@nestly.io>",
            subject="A CRM built for Toronto agents",
            date="Thu, 12 Nov 2026 13:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "has_provider"


# -- an honour whose place is sold, however it is told ------------------------------------------------------------

TOP_AGENTS = (
    "Dear Marisol Vega,\n\nCongratulations! Based on your outstanding market performance, our committee has "
    "selected you as a finalist for Toronto's Top 100 Real Estate Agents 2027.\n\nFinalists are featured in our "
    "printed guide, distributed to 50,000 homes across the GTA, and receive a personalized award plaque and "
    "digital badge for their marketing.\n\n{fee}\n\nWarm regards,\nThe Awards Committee\nToronto Top Agents"
)


def test_a_committee_that_selected_her_as_a_finalist_and_sells_the_feature_is_an_award_for_sale(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            TOP_AGENTS.format(
                fee="To confirm your place, please complete your finalist profile and the one-time feature fee of "
                "$595 + HST by December 11. Spaces are limited."
            ),
            sender="Awards Committee <nominations@torontotopagents.com>",
            subject="Congratulations! You've been selected - Toronto's Top 100 Agents 2027",
            date="Fri, 20 Nov 2026 08:03:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "pays_to_appear"
    assert "I don't pay for places at awards" in record["draft"]


def test_a_free_honour_is_no_award_for_sale(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: the same news with nothing to pay asks for nothing to decline."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            TOP_AGENTS.format(
                fee="There is nothing to pay: we'll be in touch with your plaque in the new year."
            ),
            sender="Awards Committee <nominations@torontotopagents.com>",
            subject="Congratulations! You've been selected - Toronto's Top 100 Agents 2027",
            date="Fri, 20 Nov 2026 08:03:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["reason_code"] != "pays_to_appear"


def test_a_feature_sold_to_a_nominee_in_a_dm_read_as_a_pitch_is_declined_as_paying_to_appear(
    kindly: Kindly, tmp_path: Path
) -> None:
    path = tmp_path / "dm.txt"
    path.write_text(
        "From: TorontoTopRealtors (Instagram)\nSubject: Instagram DM\nDate: Sun, 29 Nov 2026 09:30:00 -0500\n\n"
        "Congrats Marisol! You've been nominated as one of Toronto's Top Realtors of 2026 by our community! "
        "Featured realtors get a post on our page (85K followers) plus a winner badge. Secure your feature for "
        "just $199 - reply YES and we'll send the payment link!\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, path, profile=realtor(tmp_path))
    assert record["decision"] == "decline"
    assert record["reason_code"] == "pays_to_appear"
    assert "overview" not in record["draft"]


# -- network marketing in its recruiting words --------------------------------------------------------------------


def test_a_second_income_from_her_phone_with_a_team_of_ambitious_women_is_network_marketing(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol!\n\nI've seen your listings pop up and you seem like such a boss babe! I'm building a team "
            "of ambitious women who want to create a second income stream from their phone, working with a "
            "wellness company I'm obsessed with. Realtors are PERFECT for this because you already know so many "
            "people.\n\nWould you be open to a quick 15-minute Zoom to hear more? No pressure at all!\n\nxo Tiffany",
            sender="Tiffany Rowe <tiffrowe.wellness@gmail.com>",
            subject="Quick question for a busy mama",
            date="Sat, 14 Nov 2026 21:18:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do"
    assert "I have a firm rule against MLM or network marketing schemes" in record["draft"]
    assert "overview" not in record["draft"]


def test_a_brokerage_building_a_team_is_no_network_marketing(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: one of those words alone ("building a team of") is a recruiter's, not a scheme's."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nI lead recruiting for Summit Peak Realty and I'm building a team of east-end agents "
            "for 2027. Do you have 20 minutes for a confidential chat this week?\n\nGreg Hollander\nDirector of "
            "Agent Growth, Summit Peak Realty",
            sender="Greg Hollander <greg.hollander@summitpeakrealty.ca>",
            subject="Let's talk about your 2027",
            date="Tue, 17 Nov 2026 09:55:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["reason_code"] != "never_do"


# -- an agent's referral of clients, asked as "taking them on" -----------------------------------------------------

REFERRAL = (
    "Hi Marisol,\n\nI'm an agent in Calgary. I have a couple, the Bergmanns, who are relocating to Toronto for work "
    "in April. They're first-time buyers - they've rented here for years - and want something east of the Don "
    "Valley with a short commute downtown.\n\n{ask}\n\nThanks,\nCurtis Mah\nREALTOR(R), Prairie Homes Realty, "
    "Calgary\n403-555-0177"
)


def test_an_agent_asking_whether_she_would_take_his_clients_on_is_answered_with_a_yes_to_them(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            REFERRAL.format(
                ask="A colleague said you're great with first-time buyers. Would you be open to taking them on? "
                "I'd propose our standard 25% referral fee on closing."
            ),
            sender="Curtis Mah <curtis.mah@prairiehomescalgary.ca>",
            subject="Referral - clients moving to Toronto in the spring",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert record["intent"] == "client_inquiry"
    assert "I'd be glad to take them on" in record["draft"]
    assert "be introduced" not in record["draft"]


def test_thanks_for_taking_them_on_asks_nothing_new(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "thank you for taking them on" tells of clients already taken on; nothing is asked."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            REFERRAL.format(
                ask="Thank you so much for taking them on - they closed on their new place last week!"
            ),
            sender="Curtis Mah <curtis.mah@prairiehomescalgary.ca>",
            subject="Re: Referral - clients moving to Toronto in the spring",
            date="Wed, 25 Nov 2026 12:30:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["intent"] != "client_inquiry"


# -- the hours the sender keeps ------------------------------------------------------------------------------------

REALTOR_HOURS = realtor_profile(meeting_hours="Mon-Fri 08:00-18:00")


def open_house_buyers(tmp_path: Path, free: str) -> Path:
    return mail(
        tmp_path,
        "Hi Marisol,\n\nMy partner Jae and I came by your open house at 42 Logan Ave on Saturday - you were the "
        "only agent who didn't try to sell us something! We're first-time buyers, renting in Riverdale, and "
        "honestly have no idea what we can afford or where to start.\n\nWould you be willing to meet with us for "
        f"a coffee one evening next week to talk through the process? {free}\n\nThanks so much,\nHannah",
        sender="Hannah Kim <hannahkim.jk@gmail.com>",
        subject="Saw you at the open house on Logan Ave",
        date="Sun, 29 Nov 2026 19:55:00 -0500",
    )


def test_an_evening_after_the_users_hours_end_is_said_to_be_hard_not_offered_as_if_asked(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "We're both free after 6 pm" and her hours end at 18:00: the draft says why its times are earlier."""
    record = triaged_one(
        kindly,
        open_house_buyers(tmp_path, "We're both free after 6 pm on weekdays."),
        profile=profile_file(REALTOR_HOURS, tmp_path),
    )
    assert record["decision"] == "accept"
    assert (
        "I'm only free for meetings between 8:00 am and 6:00 pm on weekdays, so an evening is hard for me"
        in (record["draft"])
    )


def test_an_evening_hour_inside_the_users_hours_is_simply_offered(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "after 5 pm" meets her hours: a time then, and no excuse."""
    record = triaged_one(
        kindly,
        open_house_buyers(tmp_path, "We're both free after 5 pm on weekdays."),
        profile=profile_file(REALTOR_HOURS, tmp_path),
    )
    assert "hard for me" not in record["draft"]
    assert "at 5:00 pm" in record["draft"] or "at 5:30 pm" in record["draft"]


def test_a_podcast_that_records_usually_friday_mornings_is_offered_friday_mornings(
    kindly: Kindly, tmp_path: Path
) -> None:
    path = tmp_path / "whatsapp.txt"
    path.write_text(
        "From: Marcus Reid (WhatsApp)\nSubject: WhatsApp message\nDate: Wed, 25 Nov 2026 13:05:00 -0500\n\n"
        "Hi Marisol, Marcus here - I run the Beaches Neighbours podcast (mostly local stories, about 1,500 "
        "listeners). Got your number from Danielle at Tidewater Books. Would you come on for a 30-min chat about "
        "downsizing in the Beaches? Lots of our listeners are retirees wondering whether to sell. We record at my "
        "studio on Kingston Rd, usually Friday mornings.\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, path, profile=realtor(tmp_path))
    assert record["decision"] == "accept"
    times = record["draft"].split("Would ", 1)[1].split(" work for you")[0]
    assert times.count("Friday") == 2
    assert " pm" not in times


# -- a one-word handle with its platform in brackets is a name, not an address ----------------------------------


def test_a_one_word_instagram_handle_is_greeted_by_its_name_and_given_no_address(
    kindly: Kindly, tmp_path: Path
) -> None:
    """ "TorontoTopRealtors (Instagram)" was read as the address "torontotoprealtors" named "Instagram"."""
    path = tmp_path / "dm.txt"
    path.write_text(
        "From: TorontoTopRealtors (Instagram)\nSubject: Instagram DM\nDate: Sun, 29 Nov 2026 09:30:00 -0500\n\n"
        "Congrats Marisol! You've been nominated as one of Toronto's Top Realtors of 2026 by our community! "
        "Featured realtors get a post on our page (85K followers) plus a winner badge. Secure your feature for "
        "just $199 - reply YES and we'll send the payment link!\n",
        encoding="utf-8",
    )
    profile = realtor(tmp_path)
    record = triaged_one(kindly, path, profile=profile)
    assert record["draft"].startswith("Hi TorontoTopRealtors,")
    [draft] = json.loads(kindly("drafts", "--json", "--profile", str(profile)).stdout)
    # no address: the draft is an Instagram DM to paste there (tests/test_s16_dms.py), not an e-mail to one
    assert draft["to"] == "Instagram: TorontoTopRealtors"


def test_an_address_with_its_owners_name_in_brackets_keeps_the_address(
    kindly: Kindly, tmp_path: Path
) -> None:
    """Near miss: the old form "jo@... (Jo Reyes)" is an address and a name."""
    path = eml(
        tmp_path / "mail.eml",
        "Hi Marisol,\n\nWe're first-time buyers looking for a semi in Leslieville. Could we meet for a coffee next "
        "week to talk about where to start?\n\nJo",
        sender="jo.reyes@outlook.com (Jo Reyes)",
        subject="First home",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        to="marisol@harbourlinerealty.ca",
    )
    profile = realtor(tmp_path)
    record = triaged_one(kindly, path, profile=profile)
    assert record["draft"].startswith("Hi Jo,")
    [draft] = json.loads(kindly("drafts", "--json", "--profile", str(profile)).stdout)
    assert "jo.reyes@outlook.com" in draft["to"]


# -- a coffee where a talk is asked ------------------------------------------------------------------------------


def test_a_coffee_to_ask_whether_she_would_speak_at_a_local_evening_serves_her_speaking_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = coffee(
        tmp_path, 'hear whether you\'d speak at our spring "Living in the Beaches" evening for new residents'
    )
    record = triaged_one(kindly, invitation, profile=profile_file(REALTOR_EAST_END, tmp_path))
    assert record["decision"] == "accept"
    assert record["goal"] == "build_credibility"
    assert "December 10" in record["draft"]


def test_a_coffee_that_mentions_a_talk_she_gave_asks_no_talk(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "you spoke at our fall evening" is news of a talk given, not one asked."""
    invitation = coffee(tmp_path, "say thanks - you spoke at our fall evening and people still mention it")
    record = triaged_one(kindly, invitation, profile=profile_file(REALTOR_EAST_END, tmp_path))
    assert record["goal"] != "build_credibility" or record["decision"] != "accept"


def test_a_call_asked_for_next_week_beside_a_move_in_january_is_offered_next_week(
    kindly: Kindly, tmp_path: Path
) -> None:
    """The nearer time said after the month, in the same sentence, is the call's; January is the move's."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nMy colleague Dana gave me your name. We're planning a move in January and I'd like a "
            "15-minute call by phone next week to go over what first-time buyers should expect. I'm free Tuesday "
            "or Wednesday afternoon.\n\nThanks!\nNadia Ferrante\nOperations Manager, Lakeview Logistics",
            sender="Nadia Ferrante <nferrante@lakeviewlogistics.ca>",
            subject="Quick call next week?",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "December" in record["draft"]
    assert "January" not in record["draft"]


def test_a_month_asked_for_after_a_week_away_is_kept(kindly: Kindly, tmp_path: Path) -> None:
    """Near miss: "I'm away next week, so could we meet in January?" asks for January."""
    record = triaged_one(
        kindly,
        mail(
            tmp_path,
            "Hi Marisol,\n\nWe're first-time buyers hoping to find a semi in Leslieville. I'm away next week, so "
            "could we meet for a coffee in January to talk about where to start?\n\nThanks,\nPriya",
            sender="Priya Nair <priya.nair@gmail.com>",
            subject="Looking for our first home",
            date="Sat, 28 Nov 2026 11:02:00 -0500",
        ),
        profile=realtor(tmp_path),
    )
    assert record["decision"] == "accept"
    assert "January" in record["draft"]
