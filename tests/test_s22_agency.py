"""Tom Ashworth's mail (session 22): the owner of a brand and web-design studio in Manchester, who finds clients
among SaaS scale-ups and university spin-outs, speaks at meetups, and keeps Fridays free of calls."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kindly.hours import rule_windows
from kindly.model import Intent
from kindly.understand.extract import extract
from personas import AGENCY_CLIENTS, AGENCY_PEERS, agency_profile, to_tom, varied
from support import Kindly, incoming, profile_file, triaged_one


def _to_tom(
    kindly: Kindly, tmp_path: Path, body: str, sender: str, subject: str, **profile: Any
) -> dict[str, Any]:
    mail = to_tom(tmp_path / "m.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(agency_profile(**profile), tmp_path))


# -- "calls on Fridays": a day of the working week kept clear of calls, not every mail that names a Friday --------

FRIDAY_CALL = (
    "Hi Tom,\n\nFernhill Therapeutics is a University of Sheffield spin-out and we need a proper website before "
    "our seed round in the spring. Could we have a call on Friday 4 December at 10:00?\n\nElliot Moss\n"
    "Co-founder, Fernhill Therapeutics\n"
)


def test_a_spin_out_asking_for_a_friday_call_is_offered_another_day(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly, tmp_path, FRIDAY_CALL, "Elliot Moss <elliot@fernhill.example>", "Website for Fernhill"
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert "Friday 4 December at 10:00 doesn't work for me, though" in record["draft"]
    assert "Friday" not in record["draft"].split("though")[1]  # the times offered instead are not Fridays


def test_with_fridays_in_his_hours_the_rule_alone_keeps_the_call_off_friday(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        FRIDAY_CALL,
        "Elliot Moss <elliot@fernhill.example>",
        "Website for Fernhill",
        meeting_hours="Mon-Fri 09:30-17:30",
    )
    assert record["decision"] == "accept", record["reason"]
    assert (
        "Friday 4 December at 10:00 doesn't work for me, though - I'm only free for calls" in record["draft"]
    )
    assert "Friday" not in record["draft"].split("though")[1]


def test_without_meeting_hours_the_friday_is_told_as_the_day_left_out(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        FRIDAY_CALL,
        "Elliot Moss <elliot@fernhill.example>",
        "Website for Fernhill",
        meeting_hours=None,
    )
    assert "doesn't work for me, though - I'm only free for calls on any day but Fridays." in record["draft"]
    assert "Friday" not in record["draft"].split("Fridays.")[1]


def test_a_call_for_speakers_that_closes_on_a_friday_is_no_friday_call(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Tom,\n\nThe Northern Design Summit returns to Manchester Central on 22-23 April 2027. Our call for "
        "speakers is open and we'd especially welcome talks on brand strategy and design systems from agency "
        "founders.\n\nSubmit a proposal at northerndesignsummit.example/cfp - the call closes on Friday 15 "
        "January.\n\nGrace Oduya\nProgramme Chair, Northern Design Summit\n"
    )
    record = _to_tom(
        kindly, tmp_path, body, "Grace Oduya <grace@northerndesignsummit.example>", "Call for speakers"
    )
    assert (record["decision"], record["goal"]) == ("accept", "build_credibility"), record["reason"]


def test_an_award_closing_on_a_friday_is_declined_for_its_entry_fee_not_the_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Tom,\n\nEntries for the Northern Digital Awards 2027 close on Friday 11 December. Entry is £295 + VAT "
        "per category.\n\nEnter now at northerndigitalawards.example/enter\n\nThe NDA team\n"
    )
    record = _to_tom(
        kindly, tmp_path, body, "NDA <entries@northerndigitalawards.example>", "Enter the awards"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "paid award entries" in record["reason"]
    assert "Fridays" not in record["reason"] and "Fridays" not in (record["draft"] or "")


def test_which_rules_keep_a_day_of_the_week_clear() -> None:
    [friday] = rule_windows("calls on Fridays") or ()
    assert friday.days == {4} and friday.start == friday.end  # no hour of a Friday left
    [both] = rule_windows("no meetings on Mondays or Fridays - studio days") or ()
    assert both.days == {0, 4}
    # near misses: a weekend day is read with what is asked on it, and work on a day is no meeting that can move
    assert rule_windows("meetings on Sundays") is None
    assert rule_windows("work on Fridays") is None
    assert rule_windows("calls after 6pm") is not None  # the hour rules read as before


# -- "free spec work or unpaid pitches": creative asked before anyone is hired, with no pay for it ----------------

RFP = (
    "Dear Tom,\n\nLedgerly (B2B SaaS, accounts payable automation) is inviting five agencies to respond to our RFP "
    "for a brand refresh. Responses should include credentials, an outline approach and two initial logo concepts "
    "applied to our homepage. {pay}\n\nResponses are due by Friday 18 December.\n\nMarta Kowalczyk\n"
    "Procurement Lead, Ledgerly\n"
)
PITCH_DAY = (
    "Hi Tom,\n\nCarbonmesh is a University of Leeds spin-out and we're choosing a branding agency. We're holding a "
    "pitch day on Wednesday 13 January: three agencies will each present their creative ideas for our new "
    "identity. {pay}\n\nWould Ashworth & Vale like to take part?\n\nOwen Pryce\nCOO, Carbonmesh\n"
)


def test_an_rfp_asking_for_free_logo_concepts_is_declined_with_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = RFP.format(pay="Please note there is no pitch fee for this stage.")
    record = _to_tom(
        kindly, tmp_path, body, "Marta Kowalczyk <tenders@ledgerly.example>", "RFP: Brand refresh"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "free spec work or unpaid pitches" in record["reason"]
    assert "I have a firm rule against free spec work or unpaid pitches" in record["draft"]


def test_a_pitch_day_the_sender_cannot_pay_for_is_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = PITCH_DAY.format(pay="We can't pay for pitches, but the winner gets the full project.")
    record = _to_tom(kindly, tmp_path, body, "Owen Pryce <owen@carbonmesh.example>", "Agency pitch day")
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "I have a firm rule against free spec work or unpaid pitches" in record["draft"]


def test_a_paid_pitch_is_no_unpaid_pitch(kindly: Kindly, tmp_path: Path) -> None:
    body = PITCH_DAY.format(pay="Each agency receives a pitch fee of £2,500 for its time.")
    record = _to_tom(kindly, tmp_path, body, "Owen Pryce <owen@carbonmesh.example>", "Agency pitch day")
    assert record["reason_code"] != "never_do", record["reason"]
    assert record["decision"] == "accept", record["reason"]


def test_an_rfp_that_pays_for_its_concepts_is_not_ruled_out(kindly: Kindly, tmp_path: Path) -> None:
    body = RFP.format(pay="Each shortlisted agency is paid £3,000 for the concepts.")
    record = _to_tom(
        kindly, tmp_path, body, "Marta Kowalczyk <tenders@ledgerly.example>", "RFP: Brand refresh"
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- "white-label work for offshore resellers": a reseller asking for a partner to do its clients' work ----------

RESELLER = (
    "Dear Tom,\n\nPixelForge resells branding and web design to agencies in the US and Australia under their own "
    "names. We are looking for a UK white-label design partner to deliver identity projects for our clients, "
    "unbranded. We have steady volume and can offer 40 projects a year.\n\nCould we set up a call to discuss "
    "rates?\n\nAhmed Khan\nPartnerships, PixelForge (Lahore)\n"
)


def test_a_reseller_asking_for_a_white_label_partner_is_declined_with_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly, tmp_path, RESELLER, "Ahmed Khan <ahmed@pixelforge.example>", "White-label partnership"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "I have a firm rule against white-label work for offshore resellers" in record["draft"]
    assert "£" not in record["draft"]  # no prices quoted to a reseller


def test_without_the_rule_the_resellers_work_is_weighed_as_a_clients(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        RESELLER,
        "Ahmed Khan <ahmed@pixelforge.example>",
        "White-label partnership",
        never=("calls on Fridays",),
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_studio_selling_its_own_white_label_service_is_a_pitch_not_the_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hello Tom,\n\nWe are a 60-person design team in Karachi working white-label for agencies in the UK and US. "
        "You keep your client, we do the work for your clients at a fraction of the cost. Shall we explore a "
        "partnership?\n\nBilal Farooq\nDesignOps Karachi\n"
    )
    record = _to_tom(kindly, tmp_path, body, "Bilal Farooq <bilal@designops.example>", "Partnership")
    assert record["decision"] == "decline", record["reason"]
    assert record["reason_code"] != "never_do", record["reason"]


# -- a peer's referral swap as mail wraps it, and a campaign's audience -------------------------------------------

REFERRAL_SWAP = (
    "Hi Tom,\n\nI run Lund Motion, a four-person animation and motion studio in Leeds. We regularly turn away brand\n"
    "identity work, and I suspect you turn away motion and explainer videos. Would you be open to sending each\n"
    "other clients?\n\nI'm in Manchester on Thursday 10 December - could we grab a coffee at 10:00 near "
    "Piccadilly?\n\nSophie Lund\nFounder, Lund Motion\n"
)


def test_a_peers_referral_swap_hard_wrapped_is_a_way_to_clients_not_a_campaign(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly, tmp_path, REFERRAL_SWAP, "Sophie Lund <sophie@lundmotion.example>", "Referral swap?"
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]


def test_the_hour_asked_just_after_the_day_is_kept(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly, tmp_path, REFERRAL_SWAP, "Sophie Lund <sophie@lundmotion.example>", "Referral swap?"
    )
    assert "Thursday 10 December at 10:00 works for me." in record["draft"]
    assert "I'm only free for meetings" not in record["draft"]  # 10:00 is inside his hours


def test_an_hour_after_the_day_that_asks_no_meeting_is_not_its_hour() -> None:
    asked = incoming("Hi Tom,\n\nOur gala is on Thursday 10 December - could you let us know by 5pm?\n\nJo\n")
    assert extract(asked, Intent.EVENT_INVITATION).when == "Thursday 10 December"
    met = incoming("Hi Tom,\n\nI'm in town on Thursday 10 December, could we meet around 3pm?\n\nJo\n")
    assert extract(met, Intent.COFFEE_CHAT).when == "Thursday 10 December at 3pm"


def test_a_programme_for_founders_is_not_his_campaign_for_founders(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Dear Tom,\n\nI lead the Launchpad incubator at the University of Manchester. Our next cohort of twelve "
        "university spin-outs starts in January, and several founders have said branding is where they feel most "
        "lost.\n\nWould you consider mentoring two of our founders? Mentors commit two hours a week for the twelve "
        "weeks of the programme, with a kick-off evening on Thursday 14 January.\n\nBest wishes,\nClaire Donnelly\n"
        "Programme Lead, Manchester Launchpad\n"
    )
    record = _to_tom(
        kindly, tmp_path, body, "Claire Donnelly <claire@launchpad.example>", "Mentor for our cohort?"
    )
    assert record["goal"] != "amplify_campaign", record["reason"]  # "in front of founders" is whom, not what


def test_a_newsletter_offering_to_feature_the_audit_tool_still_serves_the_campaign(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Tom,\n\nI write Seed Notes, a weekly newsletter for early-stage founders. I'd love to feature your free "
        "brand audit tool in next Sunday's issue - could you send me a line about it and a screenshot?\n\nMia Cole\n"
    )
    record = _to_tom(kindly, tmp_path, body, "Mia Cole <mia@seednotes.example>", "Feature in Seed Notes?")
    assert (record["decision"], record["goal"]) == ("accept", "amplify_campaign"), record["reason"]


# -- a provider of the very trade a client goal seeks: the user's own copywriter is no reason to turn them away ----

FINTECH_COPYWRITER = (
    "Hi Tom,\n\nBen Carter at Finch Ledger mentioned you're looking for a copywriter for their new app and site. "
    "I'm a freelance fintech copywriter - I've written for two open-banking start-ups, and I know FCA financial "
    "promotions rules well.\n\nHappy to have a call whenever suits you to see if I'd be a fit.\n\nMarcus Webb\n"
)


def test_a_fintech_copywriter_for_the_client_is_met_though_he_has_a_copywriter(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly, tmp_path, FINTECH_COPYWRITER, "Marcus Webb <marcus@webbcopy.example>", "Fintech copy"
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client"), record["reason"]
    assert "already work with" not in record["draft"]


def test_without_the_client_goal_the_copywriter_is_declined_for_his_own(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly,
        tmp_path,
        FINTECH_COPYWRITER,
        "Marcus Webb <marcus@webbcopy.example>",
        "Fintech copy",
        goals=(AGENCY_CLIENTS, AGENCY_PEERS),
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]


def test_a_copywriter_for_his_own_overflow_is_still_declined(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tom,\n\nI'm a freelance copywriter working with design agencies on website copy, taglines and tone of "
        "voice. My day rate is £450. I'd love to be on your list for overflow work - could we have a quick call?\n\n"
        "Amy Fletcher\nFletcher Words\n"
    )
    record = _to_tom(kindly, tmp_path, body, "Amy Fletcher <amy@fletcherwords.example>", "Copywriting")
    assert record["decision"] == "decline", record["reason"]  # no copywriter the client goal seeks


# -- a website form's enquiry forwarded by a colleague: the form's fields name the client ---------------------------

FORM_FORWARD = (
    "Tom - came in through the website form, looks like one for you. I've said you'll be in touch.\n\nMaya\n\n"
    "---------- Forwarded message ---------\nFrom: Website form <forms@ashworthvale.co.uk>\n"
    "Date: Wed, 2 Dec 2026 at 08:52\nSubject: Website enquiry - Orbital Grid\nTo: hello@ashworthvale.co.uk\n\n"
    "Name: Sam Adeyemi\nCompany: Orbital Grid (B2B SaaS, energy data for utilities, 45 people)\n{email}"
    "Message: We're rebranding ahead of a Series A in the spring and need a new identity and website. Could we\n"
    "book a call next week?\n"
)


def _forwarded(kindly: Kindly, tmp_path: Path, body: str) -> dict[str, Any]:
    mail = to_tom(
        tmp_path / "fwd.eml",
        body,
        sender="Maya Patel <maya@ashworthvale.co.uk>",
        subject="Fwd: Website enquiry",
    )
    return triaged_one(kindly, mail, profile_file(agency_profile(), tmp_path))


def test_a_web_form_enquiry_a_colleague_forwards_is_answered_to_the_client(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _forwarded(kindly, tmp_path, FORM_FORWARD.format(email="Email: sam@orbitalgrid.example\n"))
    assert (record["decision"], record["goal"]) == ("accept", "find_clients"), record["reason"]
    assert record["draft"].startswith("Hi Sam,")
    [draft] = json.loads(kindly("drafts", "--json").stdout)
    assert draft["to"] == "Sam Adeyemi <sam@orbitalgrid.example>"  # as export and send address it


def test_a_form_that_gives_no_address_leaves_the_reply_to_the_colleague(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _forwarded(kindly, tmp_path, FORM_FORWARD.format(email=""))
    assert record["draft"].startswith("Hi Maya,")
    [draft] = json.loads(kindly("drafts", "--json").stdout)
    assert draft["to"] == "Maya Patel <maya@ashworthvale.co.uk>"


# -- a peer proposing what his community goal is for: comparing notes with another agency owner --------------------

COMPARE_NOTES = (
    "Hi Tom - I run Barrett Studio, a 5-person web agency in Liverpool. Loved your post on pricing rebrands. Fancy "
    "comparing notes on pricing and hiring over a coffee some time in January? I'm in Manchester most Tuesdays.\n\n"
    "Chloe\n"
)


def test_an_agency_owner_comparing_notes_serves_his_peer_goal(kindly: Kindly, tmp_path: Path) -> None:
    record = _to_tom(
        kindly, tmp_path, COMPARE_NOTES, "Chloe Barrett <chloe@barrett.example>", "Coffee in January?"
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_community"), record["reason"]
    assert "Tuesday" in record["draft"]


def test_a_peer_goal_that_names_no_sharing_is_not_served_by_a_coffee_for_notes(
    kindly: Kindly, tmp_path: Path
) -> None:
    group_only = varied(AGENCY_PEERS, description="A peer group of independent agency owners in the North")
    record = _to_tom(
        kindly,
        tmp_path,
        COMPARE_NOTES,
        "Chloe Barrett <chloe@barrett.example>",
        "Coffee in January?",
        goals=(AGENCY_CLIENTS, group_only),
    )
    assert record["decision"] != "accept", record["reason"]


def test_notes_compared_with_someone_who_is_no_peer_are_not_his_peer_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Tom - I'm a second-year design student at MMU. Loved your post on pricing rebrands. Fancy comparing notes "
        "on pricing over a coffee some time in January?\n\nJess\n"
    )
    record = _to_tom(kindly, tmp_path, body, "Jess Tilly <jess@student.example>", "Coffee in January?")
    assert record["goal"] != "find_community" or record["decision"] != "accept", record["reason"]


def test_a_spin_out_that_needs_a_site_before_its_round_is_thanked_for_its_enquiry(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_tom(
        kindly, tmp_path, FRIDAY_CALL, "Elliot Moss <elliot@fernhill.example>", "Website for Fernhill"
    )
    assert (
        "Thank you for your enquiry" in record["draft"]
        or "Thanks so much for your enquiry" in record["draft"]
    )
    assert "about the round" not in record["draft"]  # the round is when they need the site, not what they ask


# -- a seller's webinar, hosted by "our account executives": a pitch for the CRM he already has --------------------

WEBINAR = (
    "Hi Tom,\n\nWhy agencies are leaving Pipedrive for CRMFlow: a webinar on Thursday 10 December at 14:00. Join our "
    "{who} for a live demo of CRMFlow, the CRM built for agencies, and see how to migrate in a day.\n\nRegister "
    "below.\n\nCRMFlow Events\n"
)


def test_a_webinar_joined_with_the_sellers_account_executives_is_a_pitch_for_his_crm(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = WEBINAR.format(who="account executives")
    record = _to_tom(
        kindly, tmp_path, body, "CRMFlow <webinars@crmflow.example>", "Webinar: leaving Pipedrive"
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "I already use a CRM I'm very happy with" in record["draft"]


def test_a_meetup_joined_with_its_members_is_no_sellers_event(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Tom,\n\nJoin our members for a breakfast on Wednesday 16 December at 8:00 - independent agency owners "
        "swapping notes on pricing and hiring. Everyone pays for their own breakfast.\n\nPriya Shah\nNorthern "
        "Agency Collective\n"
    )
    record = _to_tom(kindly, tmp_path, body, "Priya Shah <priya@shahandco.example>", "December breakfast")
    assert record["decision"] == "accept", record["reason"]


# -- a commitment that recurs: every week's networking hours, told in the reason of the yes -------------------------

LAUNCHPAD = (
    "Dear Tom,\n\nI lead the Launchpad incubator at the University of Manchester. Our next cohort of twelve "
    "university spin-outs starts in January, and several founders have said branding is where they feel most "
    "lost.\n\nWould you consider mentoring two of our founders? {ask}\n\nBest wishes,\nClaire Donnelly\n"
    "Programme Lead, Manchester Launchpad\n"
)


def test_mentoring_two_hours_a_week_is_a_yes_that_names_the_weekly_commitment(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = LAUNCHPAD.format(
        ask="Mentors commit two hours a week for the twelve weeks of the programme, with a kick-off evening on "
        "Thursday 14 January."
    )
    record = _to_tom(
        kindly, tmp_path, body, "Claire Donnelly <claire@launchpad.example>", "Mentor for our cohort?"
    )
    assert record["decision"] == "accept", record["reason"]
    assert (
        'It asks "two hours a week for the twelve weeks" of your time, against your 4 networking hours a week'
        in (record["reason"])
    )


def test_a_one_off_evening_names_no_weekly_commitment(kindly: Kindly, tmp_path: Path) -> None:
    body = LAUNCHPAD.format(ask="It's one two-hour session, a kick-off evening on Thursday 14 January.")
    record = _to_tom(
        kindly, tmp_path, body, "Claire Donnelly <claire@launchpad.example>", "Mentor for our cohort?"
    )
    assert "a week" not in record["reason"], record["reason"]
