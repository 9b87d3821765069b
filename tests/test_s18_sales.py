"""Eighteenth session, a VP of Sales' review: Marcus Delgado runs sales at Routewise, a 120-person freight-visibility
SaaS company in Austin. He wants to meet the CRO of a target account, meet logistics buyers where they gather
without pitching, join a peer group of revenue leaders, find a sitting CRO as mentor and speak on sales hiring. His
inbox is full of SDR sequences, recruiters, vendors' dinners and investors - and his own peers have sales titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from personas import SALES_COLD_CALLS, SALES_NEVER, to_vp_sales, vp_sales_profile
from support import Kindly, profile_file, triaged, triaged_one

VP_SALES = vp_sales_profile()


def vp_sales(tmp_path: Path) -> Path:
    return profile_file(VP_SALES, tmp_path)


def mail(tmp_path: Path, body: str, *, sender: str, subject: str, name: str = "mail.eml") -> Path:
    return to_vp_sales(
        tmp_path / name, body, sender=sender, subject=subject, date="Wed, 18 Nov 2026 17:30:00 -0600"
    )


# -- a sitting CRO who says mentoring is what they do offers the mentor the goal seeks -----------------------


@pytest.mark.parametrize(
    "offer",
    [
        "I enjoy mentoring a couple of VPs a year - happy to do a monthly 45-minute call if that's useful.",
        "I mentor one VP a year and I'd be open to a first coffee in Austin if you'd like.",
        "I still mentor a few sales leaders, so if a monthly call would help, just say the word.",
    ],
)
def test_a_cro_who_says_they_mentor_offers_the_mentor_a_find_mentor_goal_seeks(
    kindly: Kindly, tmp_path: Path, offer: str
) -> None:
    note = mail(
        tmp_path,
        f"Marcus,\n\nGood meeting you at SaaStr Annual. I've been CRO at Cartwheel for four years and took the team"
        f" from 15 to 80 reps. {offer} Want to start in early January?\n\nEllen Park\nChief Revenue Officer, Cartwheel",
        sender="Ellen Park <ellen@cartwheel.com>",
        subject="Re: our chat at SaaStr",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor" in record["reason"]
    assert "advice" not in record["draft"]


def test_a_cro_at_a_logistics_firm_offering_to_mentor_is_a_mentor_not_a_loose_client_lead(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Marcus, I'm CRO at Northbound Logistics Cloud. I saw your post asking about mentors. I mentor one VP a year"
        " and I'd be open to a first coffee in Austin if you'd like - say the week of December 7? No agenda other"
        " than getting to know each other.\n\nVictor",
        sender="Victor Hale <victor@northboundcloud.com>",
        subject="Mentoring",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find mentor" in record["reason"]


@pytest.mark.parametrize(
    "ask",
    [
        # the sender wants mentoring, in the same words turned round
        "I'd love mentoring from someone like you - would you be open to a monthly call?",
        "I enjoy mentoring from afar, but I'd really value your advice on comp plans - could we talk?",
    ],
)
def test_a_sender_who_asks_for_mentoring_is_still_asking(kindly: Kindly, tmp_path: Path, ask: str) -> None:
    note = mail(
        tmp_path,
        f"Hi Marcus,\n\nI'm a first-time sales manager at a 20-person startup. {ask}\n\nJamie",
        sender="Jamie Fox <jamie@tinystartup.io>",
        subject="Advice?",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert "find mentor" not in record["reason"]


# -- a peer group that keeps vendors out is no vendor's event, whatever its host's sales title ----------------


def test_a_peer_breakfast_that_says_no_vendors_is_the_group_a_find_community_goal_seeks(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Hey Marcus,\n\nI'm VP Sales at Shipcore. A few of us (6 VPs of Sales and CROs at Austin B2B SaaS companies,"
        " no vendors) meet for breakfast the first Tuesday of each month to trade notes on comp plans, hiring and"
        " forecasting. Would you like to join us? Next one is Tuesday, January 5 at 7:30am at Paperboy.\n\nNate",
        sender="Nate Brooks <nate@shipcore.io>",
        subject="Small VP Sales circle in Austin?",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find community" in record["reason"]
    assert "vendor" not in record["draft"]
    assert "January 5" in record["draft"]


@pytest.mark.parametrize(
    "line",
    [
        # the host is a vendor: "no other vendors" says so, and "no sales pitch, promise" is what a seller says
        "No other vendors, just you and eleven peers.",
        "No sales pitch, promise - just good food and better conversation.",
        "No vendor lock-in with our platform, and the dinner is on us.",
    ],
)
def test_a_sellers_dinner_that_says_other_things_are_absent_is_still_the_sellers(
    kindly: Kindly, tmp_path: Path, line: str
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nWe're hosting a dinner for 12 Austin revenue leaders at Uchi on Thursday, December 10 at"
        f" 6:30pm, with a live demo of our forecasting platform. {line}\n\nCan I save you a seat?\n\n"
        "Lauren Kim\nAccount Executive, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"


# -- a dinner a seller's company pays for, from its field marketer, falls under "dinners paid by vendors" ------


@pytest.mark.parametrize(
    ("host_line", "title"),
    [
        ("Signalpath is hosting an intimate dinner for 12 Austin revenue leaders", "Field Marketing Manager"),
        ("We'd love you to join an intimate dinner for 12 Austin revenue leaders", "Demand Generation Lead"),
    ],
)
def test_a_vendors_dinner_on_the_house_is_declined_by_the_rule_against_dinners_paid_by_vendors(
    kindly: Kindly, tmp_path: Path, host_line: str, title: str
) -> None:
    invitation = mail(
        tmp_path,
        f"Hi Marcus,\n\n{host_line} at Uchi on Thursday, December 10 at 6:30pm. It's a chance to swap notes on"
        " 2027 planning with other CROs and VPs of Sales - dinner is on us, and our CEO will share a few words on"
        f" AI in revenue teams.\n\nCan I save you a seat?\n\nLauren Kim\n{title}, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner, Dec 10",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "dinners paid by vendors" in record["draft"]
    assert "see you on" not in record["draft"]


def test_an_associations_dinner_its_events_manager_sends_is_no_vendors(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nThe Austin Supply Chain Council is hosting its annual members' dinner for 60 shippers,"
        " 3PL operators and transportation managers on Wednesday, December 9 at 6pm at Brewtorium. Dinner is on us"
        " - thank you for a great year. Would you like to join us?\n\nMike Hollis\nEvents Manager, Austin Supply"
        " Chain Council",
        sender="Mike Hollis <mhollis@austinsupplychain.org>",
        subject="Annual members' dinner",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["reason_code"] != "never_do", record["reason"]


# -- hiring talked about is no role offered ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "topic",
    [
        "Sofia mentioned you might be the right person to talk to about SDR hiring.",
        "Sofia said you'd be great to compare notes with on AE hiring and ramping.",
    ],
)
def test_the_target_person_asking_to_talk_about_hiring_is_not_thanked_for_a_role(
    kindly: Kindly, tmp_path: Path, topic: str
) -> None:
    pasted = (
        "From: Dana Whitfield (LinkedIn)\nSubject: LinkedIn message\nDate: Tue, 24 Nov 2026 13:45:00 -0600\n\n"
        f"Hi Marcus, {topic} I'll send you an email, but wanted to connect here too.\n"
    )
    [record] = triaged(kindly, "-", profile=vp_sales(tmp_path), input=pasted)
    assert record["decision"] == "accept", record["reason"]
    assert "role" not in record["draft"]


@pytest.mark.parametrize(
    "ask",
    [
        "I'm reaching out about hiring a Chief Revenue Officer for a Series C logistics company.",
        "We're hiring a CRO for a Series C logistics company.",
    ],
)
def test_a_recruiter_naming_a_hire_is_still_thanked_for_the_role(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    note = mail(
        tmp_path,
        f"Hi Marcus,\n\n{ask} Would you be open to a confidential conversation next week?\n\nAlicia Moreno\n"
        "Partner, Summit Executive Search",
        sender="Alicia Moreno <amoreno@summitsearch.com>",
        subject="Confidential search",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert "role" in record["draft"]


# -- an investor asking to meet the user's own customers offers the user no one ---------------------------------


@pytest.mark.parametrize(
    "ask",
    [
        "Would you be willing to introduce me to two or three of your customers' heads of logistics?",
        "Could you put me in touch with a few of your logistics clients?",
    ],
)
def test_an_ask_to_be_introduced_to_your_own_customers_is_a_favour_not_a_client_lead(
    kindly: Kindly, tmp_path: Path, ask: str
) -> None:
    note = mail(
        tmp_path,
        "Hi Marcus,\n\nI'm a partner at Harborline Ventures - we're doing diligence on freight tech and your name"
        f" keeps coming up. {ask} I'd love to hear how they think about visibility tools.\n\nRaj Patel\n"
        "Partner, Harborline Ventures",
        sender="Raj Patel <raj@harborlinevc.com>",
        subject="Intro to a few of your logistics customers?",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert "your own people" in record["reason"]
    assert "glad to make the introduction" not in record["draft"]


def test_an_investor_introducing_logistics_buyers_to_the_user_is_still_a_yes(
    kindly: Kindly, tmp_path: Path
) -> None:
    note = mail(
        tmp_path,
        "Hi Marcus,\n\nI'm a partner at Harborline Ventures. Two of our portfolio companies' heads of logistics are"
        " looking at freight visibility tools, and I'd love to introduce you to them. Would that be useful?\n\n"
        "Raj Patel\nPartner, Harborline Ventures",
        sender="Raj Patel <raj@harborlinevc.com>",
        subject="Intro to two heads of logistics",
    )
    record = triaged_one(kindly, note, vp_sales(tmp_path))
    assert "your own people" not in record["reason"]


LINKEDIN_HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"


def test_a_recruiters_linkedin_message_on_a_cro_hire_is_still_a_recruiters_approach(
    kindly: Kindly, tmp_path: Path
) -> None:
    export = tmp_path / "messages.csv"
    export.write_text(
        f"{LINKEDIN_HEADER}\n2-rec,,Owen Fisher,https://www.linkedin.com/in/owenfisher-talent,Marcus Delgado,"
        "https://www.linkedin.com/in/marcus-delgado-sales,2026-11-14 15:02:00 UTC,,\"Hi Marcus - I'm partnering with"
        " a PE-backed supply chain SaaS company on a CRO hire ($350k base + equity). Your profile is a strong match."
        ' Open to a quick chat this week?",INBOX\n',
        encoding="utf-8",
    )
    record = triaged_one(kindly, export, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert "specific you wanted to discuss" not in record["draft"]


# -- "quick 15-minute vendor calls from cold outreach" is read by its ideas: a seller's cold pitch ---------------

NO_COLD_CALLS = vp_sales_profile(never=(SALES_COLD_CALLS, *SALES_NEVER))


def test_an_sdrs_first_touch_is_declined_with_the_rule_against_cold_vendor_calls(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(NO_COLD_CALLS, tmp_path)
    note = mail(
        tmp_path,
        "Hi Marcus,\n\nSaw Routewise just hit 120 employees - congrats. Pipelyft is an AI SDR that books meetings"
        " for your AEs while they sleep.\n\nDo you have 15 minutes this week for a quick call to see if it's a"
        " fit?\n\nKyle Brennan\nAccount Executive | Pipelyft",
        sender="Kyle Brennan <kyle.brennan@pipelyft.io>",
        subject="Routewise + Pipelyft",
    )
    record = triaged_one(kindly, note, profile)
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"
    assert "quick 15-minute vendor calls from cold outreach" in record["draft"]
    assert "overview" not in record["draft"]  # no invitation to send more of the sequence


def test_the_rule_against_cold_vendor_calls_leaves_a_practitioners_meetup_alone(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(NO_COLD_CALLS, tmp_path)
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nThe Austin Supply Chain Council meets Wednesday, December 9 at 5:30pm at Brewtorium. About 60"
        " transportation managers, 3PL operators and shippers come for a panel on peak-season carrier capacity,"
        " then drinks. It's free for practitioners - no pitching, just conversations. Would you like to join us?"
        "\n\nMike Hollis\nChair, Austin Supply Chain Council",
        sender="Mike Hollis <mhollis@austinsupplychain.org>",
        subject="Austin Supply Chain Council - December meetup",
    )
    record = triaged_one(kindly, invitation, profile)
    assert record["decision"] == "accept", record["reason"]


# -- a venue listed beside the event's date is given: the yes does not ask for it -------------------------------


def summit_invitation(tmp_path: Path, particulars: str) -> Path:
    return mail(
        tmp_path,
        f"Hi Marcus,\n\nI'm programming the SalesLead Summit ({particulars}). We're building a track on hiring sales"
        " teams, and we'd love you to give a 30-minute talk on how you hire and ramp SDRs.\n\nSpeakers get a full"
        " conference pass. Would you be interested? If so, could you send a title and a short abstract by"
        " December 15?\n\nGreg Tanaka\nProgram Director, SalesLead Summit",
        sender="Greg Tanaka <greg@saleslead-summit.com>",
        subject="Speaking invitation: SalesLead Summit 2027",
    )


@pytest.mark.parametrize(
    "particulars",
    [
        "March 3-4, 2027, Austin Convention Center, ~900 sales leaders",
        "3-4 March 2027, the Hyatt Regency Hotel, 900 sales leaders",
    ],
)
def test_a_venue_listed_beside_the_summits_date_is_not_asked_for(
    kindly: Kindly, tmp_path: Path, particulars: str
) -> None:
    record = triaged_one(kindly, summit_invitation(tmp_path, particulars), vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "venue" not in record["draft"]
    assert "day and time of my session" in record["draft"]


def test_a_venue_word_in_a_list_without_a_date_is_no_venue_given(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(
        kindly,
        summit_invitation(tmp_path, "run with Austin Music Hall, ~900 sales leaders"),
        vp_sales(tmp_path),
    )
    assert record["decision"] == "accept", record["reason"]
    assert "Could you send me the details?" in record["draft"]  # the day and the place are still to come


# -- of two rules that hold, the one that names the ask wins over the one the model's reading alone shows --------


def test_a_vendors_dinner_is_declined_by_the_dinner_rule_not_the_rule_against_cold_calls(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = profile_file(NO_COLD_CALLS, tmp_path)
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nSignalpath is hosting an intimate dinner for 12 Austin revenue leaders at Uchi on Thursday,"
        " December 10 at 6:30pm - dinner is on us, and our CEO will share a few words on AI in revenue teams.\n\n"
        "Can I save you a seat?\n\nLauren Kim\nField Marketing Manager, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner, Dec 10",
    )
    record = triaged_one(kindly, invitation, profile)
    assert record["reason_code"] == "never_do", record["reason"]
    assert "dinners paid by vendors" in record["draft"]
    assert "15-minute" not in record["draft"]


# -- a sales leader's peers have sales titles: one of them asking the user into their group is no vendor --------


def test_a_vp_of_sales_asking_a_peer_into_their_breakfast_group_is_the_peer_group_sought(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Hey Marcus,\n\nI'm VP Sales at Shipcore. A few of us (6 VPs of Sales and CROs at Austin B2B SaaS"
        " companies) meet for breakfast the first Tuesday of each month to trade notes on comp plans, hiring and"
        " forecasting. Would you like to join us? Next one is Tuesday, January 5 at 7:30am at Paperboy.\n\nNate",
        sender="Nate Brooks <nate@shipcore.io>",
        subject="Small VP Sales circle in Austin?",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "accept", record["reason"]
    assert "find community" in record["reason"]


def test_a_few_of_us_at_the_sellers_company_hosting_a_dinner_is_still_the_sellers(
    kindly: Kindly, tmp_path: Path
) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nA few of us at Signalpath are hosting a dinner for 12 Austin revenue leaders at Uchi on"
        " Thursday, December 10 at 6:30pm, with a live demo of our forecasting platform.\n\nCan I save you a seat?"
        "\n\nLauren Kim\nAccount Executive, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] == "never_do"


def test_a_vendors_dinner_declined_is_thanked_as_the_invitation_it_is(kindly: Kindly, tmp_path: Path) -> None:
    invitation = mail(
        tmp_path,
        "Hi Marcus,\n\nSignalpath is hosting an intimate dinner for 12 Austin revenue leaders at Uchi on Thursday,"
        " December 10 at 6:30pm - dinner is on us.\n\nCan I save you a seat?\n\nLauren Kim\nField Marketing"
        " Manager, Signalpath",
        sender="Lauren Kim <lauren.kim@signalpath.ai>",
        subject="Invitation: Austin CRO & VP Sales dinner, Dec 10",
    )
    record = triaged_one(kindly, invitation, vp_sales(tmp_path))
    assert record["reason_code"] == "never_do", record["reason"]
    assert "Thanks for the invitation." in record["draft"]
    assert "your services" not in record["draft"]
