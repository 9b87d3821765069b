"""Samuel Whitaker, senior pastor of a 600-member church in Atlanta (session 23): his rules hold in the words a
campaign and a sister church actually use - a candidate's campaign asking him to stand beside her is the
endorsement he never gives, and a Sunday service at 11 o'clock is the Sunday morning he keeps for his own pulpit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.decide.rules import rule_ideas
from personas import pastor_profile, to_pastor
from support import Kindly, profile_file, triaged_one


def _to_pastor(kindly: Kindly, tmp_path: Path, body: str, *, sender: str, subject: str) -> dict[str, Any]:
    """The triage record of a mail to the pastor against his profile."""
    mail = to_pastor(tmp_path / "mail.eml", body, sender=sender, subject=subject)
    return triaged_one(kindly, mail, profile_file(pastor_profile(), tmp_path))


def _pasted_to_pastor(kindly: Kindly, tmp_path: Path, text: str) -> dict[str, Any]:
    """The triage record of a message pasted from a phone or an app."""
    paste = tmp_path / "paste.txt"
    paste.write_text(text, encoding="utf-8")
    return triaged_one(kindly, paste, profile_file(pastor_profile(), tmp_path))


# -- 1. "endorsing political candidates": a candidate's campaign asking him to appear at her side -----------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Pastors for Okafor - breakfast and photo",
            "Dear Pastor Whitaker,\n\nI volunteer with Denise Okafor's campaign for Fulton County Commission. "
            "We're gathering a few pastors for breakfast with Denise on Thursday, January 14 at 8am, followed by a "
            "short photo for our mailer. Would you join us? It would mean so much to her.\n\nMarcus Reed\n"
            "Volunteer Coordinator\n",
            id="a-candidates-campaign-for-an-office",
        ),
        pytest.param(
            "Join us Saturday",
            "Rev. Whitaker,\n\nWe're holding a rally at Washington Park this Saturday at noon and we'd be honored "
            "to have you open in prayer and say a word on stage.\n\nBlessings,\nKim Dawson\n\n"
            "Paid for by Friends of Kim Dawson for State House\n",
            id="a-campaigns-legal-line",
        ),
        pytest.param(
            "Invocation?",
            "Pastor Whitaker,\n\nWould you offer the opening prayer at Mayor Dickens' re-election kickoff at the "
            "Wheat Street ballroom on Thursday, January 7 at 6pm?\n\nGrace Tolliver\n",
            id="a-re-election-kickoff",
        ),
        pytest.param(
            "Host committee",
            "Dear Rev. Whitaker,\n\nWe're hosting a fundraiser for Judge Amos on January 21 and would be honored "
            "to list you on the host committee and have you say a few words.\n\nGrace Tolliver\n",
            id="a-fundraiser-for-a-judge-standing",
        ),
    ],
)
def test_a_campaign_asking_him_to_appear_with_a_candidate_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_pastor(
        kindly, tmp_path, body, sender="Jordan Hale <jordan@votedawson.example.com>", subject=subject
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "political candidates" in record["reason"]
    # no other pastor found for the campaign, no word of its event spread: the endorsement by other means
    assert "pass your details on" not in record["draft"] and "put them in touch" not in record["draft"]
    assert "suggest your event" not in record["draft"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Candidate forum at your church?",
            "Dear Pastor Whitaker,\n\nThe League of Women Voters of Atlanta hosts nonpartisan candidate forums "
            "before every election. Would Greater Mount Zion host one for the District 4 council race in "
            "February? Every candidate for City Council is invited and none is endorsed.\n\nRuth Abernathy\n",
            id="a-nonpartisan-candidate-forum",
        ),
        pytest.param(
            "Capital campaign advice",
            "Pastor,\n\nOur church just launched a capital campaign for a new fellowship hall and I hear yours "
            "raised $2M. Could I buy you lunch and learn from you? I'm a second-year pastor in East Point.\n\n"
            "Rev. Tim Gaines\n",
            id="a-churchs-capital-campaign",
        ),
    ],
)
def test_an_ask_that_only_mentions_candidates_or_a_campaign_is_not_held_to_the_rule(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_pastor(kindly, tmp_path, body, sender="Sender <sender@example.org>", subject=subject)
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_rule_against_endorsing_products_still_reads_as_products() -> None:
    assert rule_ideas("endorsing products") == (("endorsement",),)
    assert rule_ideas("endorsing political candidates") == (("political",),)


# -- 2. "anything on Sunday mornings": a Sunday service at its hour --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Dr. Whitaker,\n\nOur homecoming is Sunday, March 7, and we would love for you to preach at our "
            "10:30 worship. Honorarium provided.\n\nRev. Lois Grant\nZion Hill Baptist\n",
            id="a-service-at-half-past-ten",
        ),
        pytest.param(
            "Pastor,\n\nWould you bring the message at our Men's Day on Sunday, April 18, at the 11 o'clock "
            "service? Our men would be blessed.\n\nDeacon Ray Fuller\nPleasant Grove\n",
            id="a-service-named-by-its-hour",
        ),
        pytest.param(
            "Pastor, we want you to bring the morning word at our youth Sunday on January 31. Let me know!\n",
            id="the-morning-said",
        ),
    ],
)
def test_an_invitation_to_preach_on_a_sunday_morning_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Rev. Lois Grant <lgrant@zionhill.example.org>",
        subject="Preach for us?",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "Sunday mornings" in record["reason"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Dear Dr. Whitaker,\n\nWould you preach at our revival on Sunday, March 7 at 6pm? The evening "
            "service is our best attended.\n\nRev. Lois Grant\n",
            id="a-sunday-evening",
        ),
        pytest.param(
            "Dear Dr. Whitaker,\n\nOur choir sings on Sunday, March 7. Separately, could you speak to our "
            "seminarians on Wednesday, March 10 at 10am?\n\nRev. Lois Grant\n",
            id="a-weekday-morning-beside-a-sunday",
        ),
    ],
)
def test_a_sunday_evening_or_a_weekday_morning_is_not_held_to_the_rule(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Rev. Lois Grant <lgrant@zionhill.example.org>",
        subject="Preach for us?",
    )
    assert record["reason_code"] != "never_do", record["reason"]


def test_a_sunday_morning_asked_in_a_text_message_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_pastor(
        kindly,
        tmp_path,
        "From: Pastor Andre Mills (Text message)\n\nDoc can you do our 9am service on Sunday Feb 14? Our "
        "anniversary, would love to have you\n",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]


def test_a_rule_about_sunday_mornings_reads_both_its_day_and_its_time() -> None:
    assert rule_ideas("anything on Sunday mornings") == (("morning", "sunday"),)
    assert rule_ideas("nothing on Sunday mornings") == (("morning", "sunday"),)


# -- 3. "Pastor Whitaker," on its own line greets him: his title is no audience of younger pastors -----------------


@pytest.mark.parametrize(
    "greeting",
    [
        pytest.param("Pastor Whitaker,", id="title-and-name"),
        pytest.param("Rev. Dr. Whitaker:", id="two-titles"),
        pytest.param("Pastor,", id="title-alone"),
    ],
)
def test_a_vendors_partnership_to_pastor_whitaker_does_not_serve_his_mentoring_goal(
    kindly: Kindly, tmp_path: Path, greeting: str
) -> None:
    body = (
        f"{greeting}\n\nI'm Lena Ortiz with Heritage Memorial Gardens. We are partnering with churches across "
        "southwest Atlanta: your families would receive preferred pricing on plots, and your ministry would "
        "receive a gift for every family you send our way. Could we meet over lunch next week?\n\nLena Ortiz\n"
        "Community Relations, Heritage Memorial Gardens\n"
    )
    record = _to_pastor(
        kindly, tmp_path, body, sender="Lena Ortiz <lena@heritagememorial.example.com>", subject="Partnership"
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["goal"] != "help_client"


def test_a_new_pastor_who_greets_him_by_title_still_serves_his_mentoring_goal(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Pastor Whitaker,\n\nI'm a new pastor - installed at Shiloh in Marietta this fall - and I'm trying to "
        "learn how to lead a deacon board. Could I buy you coffee one morning in December and ask a few "
        "questions?\n\nRev. Dana Holt\n"
    )
    record = _to_pastor(
        kindly, tmp_path, body, sender="Dana Holt <dholt@shiloh.example.org>", subject="Coffee?"
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client"), record["reason"]


# -- 4. "Mentor younger pastors", written as a goal to help: a young minister's request for advice is what it gives --


def test_a_new_associate_ministers_text_asking_advice_on_preaching_is_accepted(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_pastor(
        kindly,
        tmp_path,
        "From: Rev. Keon Baptiste (Text message)\n\nDr Whitaker good evening, Keon Baptiste here - I just started as "
        "associate minister at Greater Hope in Lithonia. Could we meet sometime this month? I'd love your advice "
        "about building a youth ministry from scratch. Thank you sir\n",
    )
    assert (record["decision"], record["goal"]) == ("accept", "help_client"), record["reason"]
    assert len(record["draft"]) <= 480  # a text message's reply


def test_a_young_pastors_request_for_advice_that_says_nothing_of_what_is_still_asked_about(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_pastor(
        kindly,
        tmp_path,
        "From: Rev. Keon Baptiste (Text message)\n\nDr Whitaker, Keon Baptiste here, associate minister at Greater "
        "Hope. Could we meet sometime? Would love some advice on a few things. Thank you sir\n",
    )
    assert record["decision"] == "ask_details", record["reason"]


# -- 5. A church member's forward of the pantry network's ask: decided on what it forwards -------------------------

PANTRY_FORWARD = (
    "Pastor, see below - the pantry network wants to talk about using our parking lot. I think you should meet "
    "them. - {note}\n\n"
    "---------- Forwarded message ---------\n"
    "From: Gail Porter <gporter@westsidepantry.example.org>\n"
    "Date: Wed, Nov 25, 2026 at 4:10 PM\n"
    "Subject: Mobile pantry stop\n"
    "To: Tom Reese <treese@gmzbc.example.org>\n\n"
    "Dear Brother Reese,\n\nThe Westside Pantry Alliance wants to add a mobile pantry stop on the second Tuesday of "
    "each month, and the church parking lot on Lawton Street would be ideal. Could your pastor sit down with our "
    "team for an hour in December to talk it over?\n\nGail Porter\nPrograms Lead, Westside Pantry Alliance\n"
)


def test_a_colleagues_forward_of_the_pantry_networks_meeting_is_accepted_and_thanks_them_by_title(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _to_pastor(
        kindly,
        tmp_path,
        PANTRY_FORWARD.format(note="Tom"),
        sender="Brother Tom Reese <treese@gmzbc.example.org>",
        subject="Fwd: Mobile pantry stop",
    )
    assert (record["decision"], record["goal"]) == ("accept", "find_community"), record["reason"]
    assert record["draft"].startswith("Hi Brother Reese,")


def test_a_colleagues_forward_of_an_outside_meeting_no_goal_names_stays_theirs(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Pastor - see below.\n\n---------- Forwarded message ---------\n"
        "From: Rick Dale <rick@parkinglotpros.example.com>\nDate: Wed, Nov 25, 2026 at 4:10 PM\n"
        "Subject: Resurfacing\nTo: Tom Reese <treese@gmzbc.example.org>\n\n"
        "Tom, could we set up a time to walk the church parking lot and go over the resurfacing schedule for "
        "January?\n\nRick Dale\nParking Lot Pros\n"
    )
    record = _to_pastor(
        kindly, tmp_path, body, sender="Tom Reese <treese@gmzbc.example.org>", subject="Fwd: Resurfacing"
    )
    assert record["decision"] == "ignore", record["reason"]


# -- 6. A fortune promised to the church for its bank account: a scam, never a polite decline ----------------------


def test_a_widows_fortune_for_the_church_asking_its_bank_account_is_left_unanswered_as_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Beloved Man of God,\n\nI am Mrs. Grace Wellington, terminally ill in a hospital in London. I have decided "
        "to will my late husband's fortune of US$2,800,000 to your church for the work of God. Reply me with your "
        "full names, church bank account and telephone so my lawyer can begin the transfer.\n\nGod bless you\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Grace Wellington <gracewell@mail.example.net>",
        subject="Donation for God's work",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]
    assert record["draft"] is None


def test_a_seminary_asking_for_bank_details_to_pay_his_honorarium_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Dr. Whitaker,\n\nThank you again for agreeing to teach in our Urban Ministry course on March 4. "
        "Would you be willing to stay after class for a short reception with our students? To pay your $500 "
        "honorarium, please reply with your bank account details or a mailing address for a check.\n\n"
        "Howard Jenkins\nPeachtree Theological Seminary\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Howard Jenkins <hjenkins@peachtreeseminary.example.edu>",
        subject="Honorarium and reception",
    )
    assert record["reason_code"] != "scam", record["reason"]


# -- 7. A school's Career Day keeps its own hours: the yes is to the day, not a meeting moved into his hours ---------


def test_a_schools_career_day_that_starts_before_his_meeting_hours_is_said_yes_to_as_it_stands(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Pastor Whitaker,\n\nCarver Hill Elementary holds its Career Day on Thursday, February 11, 8:30-11:00am. "
        "Would you come and talk with our 4th and 5th graders about your work in the community? Each class "
        "rotates through every 15 minutes.\n\nDr. Lorraine Akins\nPrincipal, Carver Hill Elementary School\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Lorraine Akins <lakins@carverhill.aps.example.org>",
        subject="Career Day",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "February 11" in record["draft"]
    assert "doesn't work for me" not in record["draft"] and "only free for meetings" not in record["draft"]


def test_a_talk_with_a_schools_staff_about_a_partnership_is_still_a_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Pastor Whitaker,\n\nCould you and your outreach lead come talk with our PTA officers about a reading "
        "buddies partnership? Any weekday morning the week of January 11 works.\n\nDr. Lorraine Akins\n"
        "Principal, Carver Hill Elementary School\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Lorraine Akins <lakins@carverhill.aps.example.org>",
        subject="Reading buddies",
    )
    assert record["decision"] == "accept", record["reason"]
    assert "speak" not in record["draft"]


# -- 8. A member in trouble asks for him: his to answer personally, never weighed as networking --------------------


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "Pastor,\n\nI hate to put this on you but I can't cope anymore since Darnell lost his job, and the kids "
            "are noticing. Would you pray with me? Could I stop by the office one afternoon?\n\nVeronica\n",
            id="a-member-who-cannot-cope",
        ),
        pytest.param(
            "Pastor Whitaker,\n\nMy mother was rushed to the hospital last night and the doctors are talking about "
            "hospice. She keeps asking for you. Can you come by Piedmont today or tomorrow?\n\nAndre Wallace\n",
            id="a-family-at-a-hospital-bed",
        ),
    ],
)
def test_a_member_asking_for_his_care_is_left_to_him_not_weighed_as_networking(
    kindly: Kindly, tmp_path: Path, body: str
) -> None:
    record = _to_pastor(
        kindly, tmp_path, body, sender="Veronica Hall <vhall1970@mail.example.com>", subject="Pastor please"
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "personal"), record["reason"]
    assert "yours to answer personally" in record["reason"]


def test_a_deacons_text_that_a_family_is_asking_for_him_is_left_to_him(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = _pasted_to_pastor(
        kindly,
        tmp_path,
        "From: Deacon Ray Fuller (Text message)\n\nPastor, Brother Lewis died overnight at home. Sister Lewis and "
        "the children are asking for you. Can you come by the house this afternoon?\n",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "personal"), record["reason"]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        pytest.param(
            "Grief ministry partnership",
            "Dear Pastor Whitaker,\n\nSince my father passed last year I've started Comfort Circle, a grief support "
            "nonprofit. Could I take you to coffee to talk about hosting a group at Greater Mount Zion?\n\n"
            "Nadia Brooks\nFounder, Comfort Circle\n",
            id="a-loss-told-long-ago",
        ),
        pytest.param(
            "Chaplaincy volunteers",
            "Dear Pastor,\n\nOur hospital's chaplaincy program is looking for clergy to volunteer one afternoon a "
            "month. Could we talk about it next week?\n\nRev. Amy Cole\nGrady Health Chaplaincy\n",
            id="a-hospitals-programme",
        ),
    ],
)
def test_an_ask_that_only_mentions_a_loss_or_a_hospital_is_still_weighed(
    kindly: Kindly, tmp_path: Path, subject: str, body: str
) -> None:
    record = _to_pastor(
        kindly, tmp_path, body, sender="Nadia Brooks <nadia@comfortcircle.example.org>", subject=subject
    )
    assert record["reason_code"] != "personal", record["reason"]


# -- 9. A sound-system pitch names the AV installer he already has ---------------------------------------------------


def test_a_pitch_for_a_new_sound_system_is_declined_with_the_av_installer_he_has(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Pastor,\n\nIs your PA system keeping up with your choir? Brightline Church Tech designs and installs "
        "sound systems, projectors and cameras for growing congregations. Could we visit for a free walk-through "
        "one weekday?\n\nTasha Grant\nBrightline Church Tech\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Tasha Grant <tasha@brightlinetech.example.com>",
        subject="Your PA system",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "has_provider"), record["reason"]
    assert "audio-visual installation" in record["draft"]


def test_a_fellowship_dinner_whose_hall_has_a_new_sound_system_is_no_av_pitch(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Pastor Whitaker,\n\nThe Westside Pantry Alliance thanks its partner congregations with a dinner on "
        "Thursday, December 17 at 6pm in our renovated hall - new sound system and all! We hope you can join "
        "us.\n\nHarold Simms\nNetwork Director, Westside Pantry Alliance\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Harold Simms <hsimms@westsidepantry.example.org>",
        subject="Partner dinner",
    )
    assert record["reason_code"] != "has_provider", record["reason"]


def test_a_calendar_invitation_on_a_sunday_at_ten_is_declined_by_his_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = tmp_path / "invite.ics"
    invite.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:unity-walk-2027@westendunity.example.org\r\nDTSTAMP:20261125T150000Z\r\n"
        "DTSTART;TZID=America/New_York:20270117T100000\r\nDTEND;TZID=America/New_York:20270117T113000\r\n"
        "SUMMARY:West End Unity Walk - clergy lead-off\r\nLOCATION:Howell Park\\, Atlanta\r\n"
        "DESCRIPTION:Clergy from every West End congregation lead off the MLK weekend unity walk.\r\n"
        "ORGANIZER;CN=Lena Ortiz:mailto:lena@westendunity.example.org\r\n"
        "ATTENDEE;CN=Samuel Whitaker;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:pastor@gmzbc.example.org\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    record = triaged_one(kindly, invite, profile_file(pastor_profile(), tmp_path))
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "Sunday mornings" in record["reason"]


# -- 10. A no to a free community event that asked for his member list wishes the event well, not "your business" --


def test_a_no_to_a_free_screening_day_asking_for_the_member_list_wishes_no_business_well(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Pastor Whitaker,\n\nWe're running a free vision screening day for seniors at the West End library on "
        "February 6. Could the church office send us your members' phone numbers so our volunteers can call and "
        "invite them?\n\nMaria Lopez\nCommunity Outreach, Eyes on Atlanta\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Maria Lopez <maria@eyesonatlanta.example.org>",
        subject="Screening day",
    )
    assert (record["decision"], record["reason_code"]) == ("decline", "never_do"), record["reason"]
    assert "your business" not in record["draft"]


def test_a_conference_asking_his_own_contact_details_is_not_held_to_the_member_list_rule(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Dr. Whitaker,\n\nThank you for agreeing to lead a workshop at the Faith & Justice Conference in "
        "April. Our 400 members are excited. Could you send us your headshot, a short bio and your contact details "
        "for the program by January 15?\n\nPatricia Lane\nProgram Chair\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="Patricia Lane <plane@sefaithjustice.example.org>",
        subject="Program details",
    )
    assert record["reason_code"] != "never_do", record["reason"]


# -- 11. A giving-platform look-alike asking bank details under a threat to the account is a scam --------------------


def test_a_giving_portal_notice_asking_bank_details_or_the_account_closes_is_a_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear church administrator,\n\nYour TithePoint giving page has been locked after a failed security check, "
        "and this Sunday's gifts are on hold. Please confirm your banking information at the link below today or "
        "the page will be closed.\n\nhttps://tithepoint-secure.example.net/confirm\n\nTithePoint Security\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="TithePoint <alerts@tithepoint-secure.example.net>",
        subject="Giving locked",
    )
    assert (record["decision"], record["reason_code"]) == ("ignore", "scam"), record["reason"]


def test_a_payroll_notice_to_update_bank_details_in_the_dashboard_is_no_scam(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Greater Mount Zion Baptist Church\n\nA reminder that new staff must add their direct deposit before the "
        "December 15 pay date. Employees can update their banking information in the PayRight app.\n\n"
        "PayRight Church Payroll\n"
    )
    record = _to_pastor(
        kindly,
        tmp_path,
        body,
        sender="PayRight <noreply@payright.example.com>",
        subject="Direct deposit reminder",
    )
    assert record["reason_code"] != "scam", record["reason"]
