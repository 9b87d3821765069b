"""Thirteenth session: an HR director's review (Folasade, Manchester). Her top goals' right people (the mentor she
asked, a sitting CPO, the exact peer group) were turned down, and the vendor traps (a seller's roundtable, a
vendor webinar, a "research interview") accepted. Each test runs her mail through `kindly triage`."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from kindly.decide.policy import stated_hours
from kindly.decide.roles import held_role
from kindly.model import Decision, GoalFit, Verdict
from kindly.profile import load_profile
from kindly.reply.compose import honest_reason
from kindly.understand.extract import _duration
from support import Kindly

HR_DIRECTOR = """
[user]
name = "Folasade Adeyemi"
email = "folasade@brindley.example"
weekly_networking_hours = 3
holidays = "GB-ENG"

[[goals]]
kind = "find_mentor"
description = "A mentor who is a sitting or former CHRO or Chief People Officer"
targets = ["CHRO", "Chief People Officer"]
priority = 1

[[goals]]
kind = "find_community"
description = "A peer group of HR leaders in logistics and manufacturing in the North West"
targets = ["HR leaders", "logistics", "manufacturing", "North West"]
priority = 3

[[goals]]
kind = "build_credibility"
description = "Speak about the wellbeing of shift workers"
targets = ["shift workers", "wellbeing"]
priority = 3

[[providers]]
category = "employee assistance programme"
name = "Health Assured"

[[never]]
what = "webinars run by vendors"
"""


def _note(sender: str, subject: str, body: str, name: str, **headers: str) -> EmailMessage:
    note = EmailMessage()
    note["From"] = sender
    note["To"] = "Folasade Adeyemi <folasade@brindley.example>"
    note["Subject"] = subject
    note["Message-ID"] = f"<{name}@hr.example>"
    # dated ahead, so that the days it names are still to come whenever the tests run (until then)
    note["Date"] = headers.pop("date", "Mon, 1 Mar 2027 09:00:00 +0000")
    for key, value in headers.items():
        note[key.replace("_", "-")] = value
    note.set_content(body)
    return note


def triage(
    kindly: Kindly, tmp_path: Path, *notes: EmailMessage, profile: str = HR_DIRECTOR
) -> list[dict[str, Any]]:
    """Her mail through `kindly triage --json`, one record per message in order."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    written = tmp_path / "profile.toml"
    written.write_text(profile, encoding="utf-8")
    mbox = tmp_path / "inbox.mbox"
    mbox.write_bytes(
        b"".join(b"From MAILER-DAEMON Mon Nov 30 09:00:00 2026\n" + bytes(n) + b"\n" for n in notes)
    )
    result = kindly("triage", str(mbox), "--profile", str(written), "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def one(kindly: Kindly, tmp_path: Path, sender: str, subject: str, body: str, **kw: str) -> dict[str, Any]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    name = "-".join(re.findall(r"\w+", f"{tmp_path.name} {subject}".lower()))
    [record] = triage(kindly, tmp_path, _note(sender, subject, body, name, **kw))
    return record


# -- 1. the mentor she asked, answering with two times, is her mentor: never "I'm not able to take on advice calls"

MENTOR_ANSWERS = """Dear Folasade,

Thank you for your lovely note, and apologies for the slow reply. I'd be very happy to talk - mentoring HR
directors making the step up has been one of the best parts of life after Hallmark Grocers.

Would Tuesday 9 March at 4pm or Wednesday 10 March at 8am work for a call? Half an hour to start, and we
can see from there whether a more regular arrangement suits us both.

Warmly,
Helen

Helen Okafor
Former Chief People Officer, Hallmark Grocers

> On 16 Nov 2026, at 21:05, Folasade Adeyemi <folasade@brindley.example> wrote:
> Would you be open to a conversation, and possibly to mentoring me?
"""


def test_a_mentor_answering_her_own_request_for_mentoring_is_accepted_at_the_time_offered(
    kindly: Kindly, tmp_path: Path
) -> None:
    record = one(
        kindly,
        tmp_path,
        "Helen Okafor <helen.okafor@gmail.com>",
        "Re: Advice on the step up to Chief People Officer",
        MENTOR_ANSWERS,
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_mentor"
    assert "Tuesday 9 March at 4pm works" in record["draft"]
    assert "advice" not in record["draft"]


def test_a_short_yes_to_her_quoted_request_is_her_mentor_too_not_a_work_meeting(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Dear Folasade,\n\nOf course - would Tuesday 9 March at 4pm or Wednesday 10 March at 8am work for a "
        "call?\n\nHelen\n\n> On 16 Nov 2026, at 21:05, Folasade Adeyemi <folasade@brindley.example> wrote:\n"
        "> Would you be open to a conversation, and possibly to mentoring me?\n"
    )
    record = one(kindly, tmp_path, "Helen Okafor <helen.okafor@gmail.com>", "Re: Advice on the step up", body)
    assert record["decision"] == "accept", record["reason"]
    assert "Tuesday 9 March at 4pm" in record["draft"]


def test_someone_asking_her_to_mentor_them_is_still_a_request_for_advice(
    kindly: Kindly, tmp_path: Path
) -> None:
    # the other way round: an HR manager who wants her time gives no mentor to her goal
    body = (
        "Hi Folasade,\n\nI'm an HR manager at a distribution firm in Warrington and I'd love to learn from you. "
        "Would you be happy to mentor me? Could we have a call on Tuesday 9 March at 4pm?\n\nConnor"
    )
    record = one(kindly, tmp_path, "Connor Healey <connor@northfreight.example>", "Mentoring?", body)
    assert record["goal"] != "find_mentor" or record["fit"] < 0.55, record
    # ...while the mentor's own offer is hers: "happy to mentor" said of themselves
    offer = body.replace(
        "I'm an HR manager at a distribution firm in Warrington and I'd love to learn from you. Would you be "
        "happy to mentor me?",
        "I was CHRO at Northfreight for ten years and I'd be happy to mentor you through the step up.",
    )
    record = one(
        kindly, tmp_path / "offer", "Connor Healey <connor@northfreight.example>", "Mentoring", offer
    )
    assert record["decision"] == "accept", record["reason"]


def test_a_mentors_reply_to_her_own_sent_request_in_the_mailbox_is_accepted_without_a_quote(
    kindly: Kindly, tmp_path: Path
) -> None:
    mine = _note(
        "Folasade Adeyemi <folasade@brindley.example>",
        "Advice on the step up to Chief People Officer",
        "Dear Helen,\n\nWould you be open to a conversation, and possibly to mentoring me as I work towards a "
        "Chief People Officer role?\n\nFolasade",
        "ask",
        date="Mon, 22 Feb 2027 21:05:00 +0000",
    )
    mine.replace_header("To", "Helen Okafor <helen.okafor@gmail.com>")
    reply = _note(
        "Helen Okafor <helen.okafor@gmail.com>",
        "Re: Advice on the step up to Chief People Officer",
        "Dear Folasade,\n\nOf course - would Tuesday 9 March at 4pm or Wednesday 10 March at 8am work for a "
        "call?\n\nHelen",
        "answer",
        In_Reply_To="<ask@hr.example>",
        References="<ask@hr.example>",
    )
    records = triage(kindly, tmp_path, mine, reply)
    last = records[-1]
    assert last["decision"] == "accept", last["reason"]
    assert "Tuesday 9 March at 4pm" in last["draft"]


# -- 2. a sender who holds a target role is that target, under any of its usual names ----------------------------


def test_a_sitting_chief_people_officer_offering_coffee_meets_a_mentor_goal_of_chros(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = HR_DIRECTOR.replace('targets = ["CHRO", "Chief People Officer"]', 'targets = ["CHRO"]')
    body = (
        "Hi Folasade, Simon here - Chief People Officer at Kinross Foods (about 4,000 people across five sites). "
        "I enjoyed your comments on night-shift fatigue at the Warehousing Skills Day panel. I'm in Manchester most "
        "Thursdays - if it's useful, I'd be happy to have a coffee and share what I learned moving from HRD to CPO."
    )
    [record] = triage(
        kindly,
        tmp_path,
        _note("Simon Achterberg <simon@kinross.example>", "Coffee", body, "cpo"),
        profile=profile,
    )
    assert record["decision"] == "accept", record["reason"]
    assert record["goal"] == "find_mentor" and record["fit"] >= 0.7
    # "I'm in Manchester most Thursdays": the times offered are Thursdays
    days = re.findall(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday) \d", record["draft"])
    assert days and set(days) == {"Thursday"}, record["draft"]
    # a CPO only talked about is no CPO writing; a former one is one where the goal takes a former holder
    recruiter = "Hi Folasade, I'm a consultant at Apex Search and I place CHROs and Chief People Officers."
    assert held_role("CHRO", "Consultant, Apex Search", recruiter) == ""
    assert held_role("CHRO", "", "Hi, I'm Jo: I work with leaders such as the CHRO of Kinross.") == ""
    assert held_role("CHRO", "", "Coffee\nHi, I'm the CPO at Kinross Foods.") == "cpo"
    assert held_role("CHRO", "Former Chief People Officer, Hallmark Grocers", "", "a sitting or former CHRO")
    assert held_role("CHRO", "Former Chief People Officer, Hallmark Grocers", "", "a sitting CHRO") == ""


# -- 3. a seller's own events: the never-rule about vendor webinars holds, and a vendor's dinner is a pitch --------

WEBINAR = """Hi Folasade,

Join us live on Wednesday 10 March at 11:00 GMT for our webinar "Beating absence in 24/7 shift workforces".
In 45 minutes our product team and guest HR leaders will show how absence automation and smart rostering cut
short-notice absence by up to 30%. Plus a live demo of RotaForce Absence.

Tara Quinn, Account Executive, RotaForce
"""


def test_a_vendors_webinar_falls_under_webinars_run_by_vendors(kindly: Kindly, tmp_path: Path) -> None:
    record = one(
        kindly, tmp_path, "Tara Quinn <tara.quinn@rotaforce.example>", "Webinar: beating absence", WEBINAR
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do", record["reason"]
    assert "webinars run by vendors" in record["draft"]
    # "vendor webinars" is the same rule in other words
    reworded = HR_DIRECTOR.replace("webinars run by vendors", "vendor webinars")
    [again] = triage(
        kindly,
        tmp_path / "reworded",
        _note("Tara Quinn <tara.quinn@rotaforce.example>", "Webinar", WEBINAR, "w2"),
        profile=reworded,
    )
    assert again["reason_code"] == "never_do", again["reason"]
    # a rule about speaking at vendors' events says nothing of a seat at one
    speaking = HR_DIRECTOR.replace("webinars run by vendors", "speaking at vendor events")
    [seat] = triage(
        kindly,
        tmp_path / "speaking",
        _note("Tara Quinn <tara.quinn@rotaforce.example>", "Webinar", WEBINAR, "w3"),
        profile=speaking,
    )
    assert seat["reason_code"] != "never_do", seat["reason"]


def test_a_professional_bodys_own_webinar_is_no_vendors_webinar(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Folasade,\n\nThe CIPD Greater Manchester branch is running our members' webinar on shift workers' "
        "wellbeing on Wednesday 10 March at 12:30. Would you be willing to speak on the panel for 20 minutes?\n\n"
        "Aisha Qureshi, Programme Lead, CIPD Greater Manchester"
    )
    record = one(
        kindly, tmp_path, "Aisha Qureshi <aisha@cipd-gm.example>", "Panel: shift workers' wellbeing", body
    )
    assert record["reason_code"] != "never_do", record["reason"]
    # ...and the vendor's: its rule holds
    vendor = one(kindly, tmp_path / "v", "Tara Quinn <tara.quinn@rotaforce.example>", "Webinar", WEBINAR)
    assert vendor["reason_code"] == "never_do"


def test_a_peer_roundtable_a_seller_hosts_is_a_pitch_not_her_peer_group(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = """Dear Folasade,

I'd like to invite you to an intimate peer roundtable for HR Directors and CHROs from logistics and
manufacturing businesses across the North West, followed by dinner at Hawksmoor Manchester on Thursday
11 March, 6:30pm.

The evening is hosted by RotaForce and the discussion will be chaired by a former Chief People Officer.
We'll explore how leading employers are using workforce management technology to cut absence and agency spend
on shift-based teams. Places are limited to 12 and are complimentary.

Kind regards,
Sophie Marchetti
Enterprise Account Director, RotaForce
"""
    record = one(
        kindly,
        tmp_path,
        "Sophie Marchetti <sophie@rotaforce.example>",
        "North West HR Directors roundtable",
        body,
    )
    assert record["decision"] == "decline", record["reason"]
    assert record["intent"] == "sales_pitch"
    assert "see you" not in record["draft"]
    # the honest reason is what it is, and no overview is asked for to pass the vendor on
    assert "a vendor's own event" in record["draft"] and "overview" not in record["draft"]


# -- 4. her exact peer group is accepted, and no decline keeps her time "for" the very thing it turns down ----------


def test_a_monthly_breakfast_of_hr_directors_is_her_peer_group(kindly: Kindly, tmp_path: Path) -> None:
    body = (
        "Hi Folasade, Rachel here - HR Director at Pennine Plastics in Bolton. A handful of us HRDs from "
        "manufacturing and distribution firms around Greater Manchester meet for breakfast on the first Friday of "
        "the month, nothing formal, no sponsors. Dave Hollinshead said you might be up for it. Next one is Friday "
        "5 March, 7:45am at Ezra & Gil in the Northern Quarter. Fancy joining us?"
    )
    record = one(kindly, tmp_path, "Rachel Dunmore <rachel@pennineplastics.example>", "HRD breakfast", body)
    assert record["decision"] == "accept", record["reason"]
    assert record["intent"] == "community_invitation"
    assert record["goal"] == "find_community"
    # the group's rhythm ("the first Friday of the month") does not hide the date of its next meeting
    assert "see you on Friday 5 March, 7:45am" in record["draft"]


def test_a_decline_never_keeps_her_time_for_the_goal_it_was_weighed_against() -> None:
    profile = load_profile_text(HR_DIRECTOR)
    community = GoalFit(1, "find_community", profile.goals[1].description, 0.5)
    verdict = Verdict(Decision.DECLINE, "Only loosely related", "not_current_focus", (community,), community)
    reason = honest_reason(verdict, profile)
    assert "peer group" not in reason
    assert "finding a mentor" in reason  # the goals it does not serve are still her reason
    alone = load_profile_text(HR_DIRECTOR.split('[[goals]]\nkind = "find_community"')[0])
    mentor = GoalFit(0, "find_mentor", alone.goals[0].description, 0.5)
    only = Verdict(Decision.DECLINE, "Only loosely related", "not_current_focus", (mentor,), mentor)
    assert "mentor" not in honest_reason(only, alone)


def load_profile_text(text: str) -> Any:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "profile.toml"
        path.write_text(text, encoding="utf-8")
        return load_profile(path)


# -- 5. a seller's "research interview" is market research, not a stage; its own length is its length -------------


def test_a_vendors_research_interview_is_no_speaking_invitation(kindly: Kindly, tmp_path: Path) -> None:
    body = """Hi Folasade,

I'm leading a research project at ShiftPulse into how UK logistics employers keep frontline shift workers
engaged. We're speaking to 20 senior HR leaders and your perspective would be incredibly valuable.

It's a 30-minute video interview, completely confidential, and as a thank-you we'll send a GBP 50 Amazon
voucher plus an early copy of the findings report.

Would any time next week work?

Ryan Castellano
Head of Customer Insight, ShiftPulse
The engagement platform for deskless teams
"""
    record = one(kindly, tmp_path, "Ryan Castellano <ryan@shiftpulse.example>", "Research interview", body)
    assert record["decision"] == "decline", record["reason"]
    assert record["intent"] == "sales_pitch"
    assert "interview" not in record["draft"]
    assert "customer research" in record["draft"] and "overview" not in record["draft"]


def test_a_thirty_minute_video_interview_states_its_own_length() -> None:
    said = _duration("It's a 30-minute video interview, completely confidential")
    assert said == "30-minute"
    assert stated_hours("interview", said, 4.0) == 1.0
    assert _duration("We'd love a 10-minute video of your team") == ""  # a video is still no meeting


# -- 6. "please confirm, and send a title and bio by the end of May" answers her own question -----------------


def test_a_confirmation_asked_in_her_own_thread_is_accepted_with_what_it_asks_by_a_day(
    kindly: Kindly, tmp_path: Path
) -> None:
    invite = _note(
        "Dr Aisha Qureshi <aisha.qureshi@cipd-gm.example>",
        "Speaker invitation - CIPD Greater Manchester, June branch event",
        "Dear Folasade,\n\nI chair the programme committee for the CIPD Greater Manchester branch. Would you speak "
        "at our June branch event about the wellbeing of shift workers in logistics? It's a 30-minute talk "
        "and Q&A for our members.\n\nAisha",
        "m10",
        date="Mon, 5 Apr 2027 10:00:00 +0000",
    )
    mine = _note(
        "Folasade Adeyemi <folasade@brindley.example>",
        "Re: Speaker invitation - CIPD Greater Manchester, June branch event",
        "Dear Aisha,\n\nThank you - I'd be delighted in principle. Which date is it, and who is the audience?\n\n"
        "Folasade",
        "m10s",
        date="Tue, 6 Apr 2027 08:00:00 +0000",
        In_Reply_To="<m10@hr.example>",
        References="<m10@hr.example>",
    )
    mine.replace_header("To", "Dr Aisha Qureshi <aisha.qureshi@cipd-gm.example>")
    answer = _note(
        "Dr Aisha Qureshi <aisha.qureshi@cipd-gm.example>",
        "Re: Speaker invitation - CIPD Greater Manchester, June branch event",
        "Hi Folasade,\n\nWonderful! The event is on Thursday 17 June 2027, 6pm to 8pm, at the Manchester "
        "Metropolitan University Business School. We usually get 70 to 90 members, mostly HR managers, with a good "
        "number from warehousing, transport and manufacturing.\n\nCould you confirm, and send a title and a "
        "two-line bio by the end of May?\n\nThanks again,\nAisha",
        "m10b",
        date="Thu, 8 Apr 2027 17:40:00 +0000",
        In_Reply_To="<m10s@hr.example>",
        References="<m10@hr.example> <m10s@hr.example>",
    )
    records = triage(kindly, tmp_path, invite, mine, answer)
    last = records[-1]
    assert last["decision"] == "accept", last["reason"]
    assert "Thursday 17 June" in last["draft"]
    assert "I'll send a title and a two-line bio by the end of May." in last["draft"]


# -- 7. a stage sold in a partner package is paying to speak, and no offer to pass the package on ----------------


def test_a_speaking_slot_inside_a_partner_package_is_paying_to_speak(kindly: Kindly, tmp_path: Path) -> None:
    body = """Dear Folasade,

Following our research into leading voices on frontline wellbeing, we would like to offer you a speaking slot
at HR Leaders Summit 2027 at ExCeL London on 23-24 March.

Speaking slots are part of our Thought Leadership Partner package (GBP 4,500 + VAT), which includes a 20-minute
keynote, a delegate list and your logo across all event materials.

Can I send over the partner pack?

Marcus Bell
Partnerships Director, HR Leaders Summit
"""
    record = one(
        kindly, tmp_path, "Marcus Bell <marcus@hrleaderssummit.example>", "Speaking opportunity", body
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "pays_to_appear", record["reason"]
    assert "I don't pay to appear" in record["draft"]
    assert "overview" not in record["draft"] and "keep it in mind" not in record["draft"]


# -- 8. a firm she has for a programme is "a provider", and the programme is "our" ---------------------------------


def test_a_pitch_for_her_employee_assistance_programme_names_it_as_hers_and_the_firm_as_a_provider(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        "Hi Folasade,\n\nCareWell provides a 24/7 employee assistance programme built for drivers and night shift "
        "teams: counselling, legal and money advice, all by phone. Could we book a 20-minute call to show you?\n\n"
        "Lauren Fisk, Business Development Manager, CareWell"
    )
    record = one(
        kindly, tmp_path, "Lauren Fisk <lauren@carewell.example>", "Counselling for your drivers", body
    )
    assert record["reason_code"] == "has_provider", record["reason"]
    assert (
        "For our employee assistance programme, I already work with a provider I'm very happy with"
        in record["draft"]
    )


def test_a_vendors_webinar_mailed_from_its_events_mailbox_is_declined_without_a_reply(
    kindly: Kindly, tmp_path: Path
) -> None:
    body = (
        'Hi Folasade,\n\nJoin us live on Wednesday 10 March at 11:00 GMT for "Beating absence in 24/7 shift '
        'workforces".\n\nIn 45 minutes our product team and guest HR leaders will show how absence automation '
        "cuts short-notice absence by up to 30%. Plus a live demo of RotaForce Absence.\n\nThe RotaForce team"
    )
    record = one(
        kindly, tmp_path, "RotaForce Events <events@rotaforce.example>", "Webinar: beating absence", body
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] == "never_do", record["reason"]
    assert record["draft"] is None  # a mailing from events@: nothing to answer, as for any event mailed out


def test_a_paid_for_award_declined_under_her_rule_is_not_offered_to_anyone_else(
    kindly: Kindly, tmp_path: Path
) -> None:
    profile = HR_DIRECTOR + '\n[[never]]\nwhat = "paid-for awards"\n'
    body = (
        "Dear Folasade,\n\nCongratulations - you have been shortlisted for HR Director of the Year (North) at the "
        "Northern People Awards. To confirm your place at the ceremony on Thursday 11 March, please book a table "
        "of ten at GBP 2,950 + VAT.\n\nNatalie Shaw, Awards Manager"
    )
    [record] = triage(
        kindly,
        tmp_path,
        _note(
            "Natalie Shaw <natalie@northernpeopleawards.example>", "You've been shortlisted", body, "award"
        ),
        profile=profile,
    )
    assert record["decision"] == "decline"
    assert record["reason_code"] in ("never_do", "pays_to_appear"), record["reason"]
    draft = record["draft"]
    assert "tell them about it" not in draft and "mention it" not in draft and "pass" in draft
