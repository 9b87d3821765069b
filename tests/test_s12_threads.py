"""Threads and the week's hours (found by a journalist, an estate agent, a physiotherapist and a head teacher of the
twelfth session reading their own triage), each reproduced here before it was fixed.

A sender who writes again with new days while kindly's yes waits unsent gets a reply to the new message, and the
old yes is withdrawn.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kindly.decide.thread import History, Said, silenced, the_yes_stands
from kindly.model import Decision, Verdict
from support import ESTATE_AGENT, JOURNALIST, Inbox, Kindly

AGENT = ESTATE_AGENT.format(hours=3)


AOIFE = "Dr Aoife Keane <aoife.keane@millbrookplant.example.ie>"


def test_new_days_from_a_source_replace_the_yes_to_the_old_ones(kindly: Kindly, tmp_path: Path) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    subject = "Your series on robots in factories"
    offer = (
        "Dear Orla,\n\nOur press office says you are writing about robots in Irish factories. I would be glad to "
        "help: we have run two robot cells since March, and I am happy to talk about what worked.\n\nI could do "
        "Thursday 3 December at 11:00 or Friday 4 December at 14:30, on Teams or in my office. Forty-five "
        "minutes should be plenty.\n\nKind regards,\nAoife"
    )
    first = inbox.arrives(AOIFE, "a1", subject, offer, "Mon, 16 Nov 2026 09:00:00 +0000")
    assert first["decision"] == "accept" and "3 December" in first["draft"]

    moved = (
        "Dear Orla,\n\nApologies - our audit has moved, so Thursday 3 and Friday 4 December no longer work for "
        "me. Could we do Wednesday 16 December at 15:00 instead?\n\nKind regards,\nAoife"
    )
    second = inbox.arrives(AOIFE, "a2", f"Re: {subject}", moved, "Sat, 28 Nov 2026 10:00:00 +0000", "a1")

    # the same yes to the same person, but to other days: the new message is answered, the old yes withdrawn
    assert second["decision"] == "accept" and second["draft"]
    assert "3 December at 11:00 works" not in second["draft"]
    assert inbox.pending() == {second["id"]: "accept"}
    assert "draft withdrawn: a later message of this thread" in inbox.show(first["id"])


def test_why_no_second_reply_is_drafted_reads_as_english() -> None:
    waiting = History((Said("accept", "goal_fit", drafted=True, intent="coffee_chat"),))
    yes = Verdict(Decision.ACCEPT, "", "goal_fit")
    now = datetime(2026, 11, 30, tzinfo=UTC)
    assert (
        silenced(yes, waiting, now, 30)
        == "an accept is already drafted for an earlier message of this thread"
    )


JUNE = "June Park <jpark@riverbendcu.example.org>"
WORKSHOP = (
    "Hi Lena,\n\nI run member education at Riverbend Credit Union. Every quarter we host a free First-Time "
    "Homebuyer Workshop, and a colleague suggested you as a speaker.\n\nThe next one is Saturday, January 16, "
    "10:00 am - 12:00 pm, at our Lamar branch. We'd love you to take a 45-minute segment on what a buyer's agent "
    "does for you. We usually have about 40 attendees.\n\nWe don't have a speaker budget, but lunch is on us. "
    "Would you be available?\n\nBest regards,\nJune Park\nMember Education Manager"
)
HONORARIUM = (
    "Hi Lena,\n\nFollowing up on my note from last week - good news: our board approved a $150 honorarium for "
    "each presenter after all. Could you also bring a one-page handout for about 40 attendees? Let me know if "
    "the 16th still works for you.\n\nThanks!\nJune"
)


def test_a_reply_that_adds_a_fee_to_a_talk_is_still_the_talk(kindly: Kindly, tmp_path: Path) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT)
    subject = "Speaker for our First-Time Homebuyer Workshop - Saturday, January 16"
    invited = inbox.arrives(JUNE, "w1", subject, WORKSHOP, "Wed, 18 Nov 2026 11:00:00 -0600")
    assert invited["intent"] == "speaking_invitation" and invited["decision"] == "accept"

    paid = inbox.arrives(JUNE, "w2", f"Re: {subject}", HONORARIUM, "Tue, 24 Nov 2026 16:30:00 -0600", "w1")

    # the model's unsure "recruiting" does not turn the organiser into a recruiter, nor the yes into a no
    assert paid["intent"] == "speaking_invitation"
    assert paid["decision"] == "accept" and "new role" not in (paid["draft"] or "")
    assert "too unsure to change the ask" in inbox.show(paid["id"])
    assert set(inbox.pending().values()) == {"accept"}


def test_a_no_from_kindlys_own_weighing_does_not_take_back_a_yes_to_the_same_ask() -> None:
    yes = History((Said("accept", "goal_fit", drafted=True, intent="speaking_invitation", pk=7),))
    weighed_lower = Verdict(Decision.DECLINE, "A talk that serves none of your goals.", "not_a_fit")
    kept = the_yes_stands(weighed_lower, yes, "speaking_invitation")
    assert kept.decision is Decision.ACCEPT and kept.reason_code == "goal_fit"
    assert "the yes stands" in kept.reason
    # a real reason still turns it: the talk now charges its speaker
    charged = Verdict(Decision.DECLINE, "It charges you to appear.", "pays_to_appear")
    assert the_yes_stands(charged, yes, "speaking_invitation") is charged
    # ...and so does another ask, read with confidence
    assert the_yes_stands(weighed_lower, yes, "sales_pitch") is weighed_lower


def test_a_nudge_about_a_meeting_already_accepted_is_not_counted_against_itself(
    kindly: Kindly, tmp_path: Path
) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    subject = "Meeting Dr Keane - robot cells study"
    assistant = "Nora Flynn <nora.flynn@millbrookplant.example.ie>"
    asks = (
        "Dear Ms Byrne,\n\nI am the executive assistant to Dr Aoife Keane, who would like to meet you to discuss "
        "our study of robot cells on the factory floor. She has suggested 45 minutes in her office. Would "
        "either of these suit?\n\n  - Tuesday 8 December at 10:00\n  - Thursday 10 December at 14:00\n\n"
        "Kind regards,\nNora Flynn\nExecutive Assistant to Dr Aoife Keane"
    )
    meeting = inbox.arrives(assistant, "n1", subject, asks, "Tue, 17 Nov 2026 10:40:00 +0000")
    assert meeting["decision"] == "accept" and "8 December" in meeting["draft"]
    briefing = (
        "Dear Orla,\n\nWe would love you to join our evening briefing on robots in factories, with Dr Aoife "
        "Keane on the panel, on Wednesday 9 December at our Dublin office. Will you join us?\n\nBest,\nSam"
    )
    event = inbox.arrives(
        "Sam Reid <sam@factoryfloor.example.ie>",
        "e1",
        "Evening briefing",
        briefing,
        "Wed, 18 Nov 2026 09:00 +0000",
    )
    assert event["decision"] == "accept"

    nudge = (
        "Dear Ms Byrne,\n\nJust following up on my note below - would either Tuesday 8 December at 10:00 or "
        "Thursday 10 December at 14:00 suit to meet Dr Aoife Keane about the study?\n\nKind regards,\nNora Flynn"
    )
    again = inbox.arrives(assistant, "n2", f"Re: {subject}", nudge, "Mon, 30 Nov 2026 10:00:00 +0000", "n1")

    # the meeting kindly said yes to is the one asked about: it keeps its place in the week, and counts once
    assert again["reason_code"] == "target_person", (again["intent"], again["is_invitation"])
    assert inbox.pending() == {meeting["id"]: "accept", event["id"]: "accept"}
    with sqlite3.connect(kindly.database) as db:
        [(hours,)] = db.execute("SELECT networking_hours FROM analyses WHERE message_pk = ?", (again["id"],))
    assert hours == 0.0


def test_a_reminder_of_a_meeting_already_agreed_takes_no_second_yes(kindly: Kindly, tmp_path: Path) -> None:
    inbox = Inbox(kindly, tmp_path, AGENT)
    reminder = (
        "Hi Lena,\n\nJust a reminder that we agreed to meet Thursday, December 3 at 9:00 am at the Bean Counter "
        "on Manor Rd to go over the spring fair and your sponsor table. See you then!\n\nRuth\n"
        "Maplewood Neighborhood Association"
    )
    agreed = inbox.arrives(
        "Ruth Hale <ruth@maplewoodna.example.org>",
        "r1",
        "Reminder: coffee Thursday 12/3 at 9",
        reminder,
        "Mon, 23 Nov 2026 08:05:00 -0600",
    )
    assert (agreed["decision"], agreed["reason_code"]) == ("ignore", "confirmation")
    assert agreed["draft"] is None

    ask = (
        "Hi Lena,\n\nI head up people at Quillfield Labs. We're moving about 80 engineers to Austin next spring "
        "and they keep asking for a local agent who knows the neighborhoods.\n\nCould we have a 30-minute call? "
        "I could do Wednesday, December 2 at 10:00 am or Friday, December 4 at 1:00 pm.\n\nBest,\nOmar Haddad"
    )
    omar = inbox.arrives(
        "Omar Haddad <omar@quillfieldlabs.example.com>",
        "o1",
        "Quillfield's move to Austin - could we talk?",
        ask,
        "Tue, 24 Nov 2026 09:20:00 -0600",
    )
    # the week's hours were not spent on a second "yes" to the coffee: the person the goal names gets a time
    assert (omar["decision"], omar["reason_code"]) == ("accept", "target_person")
    assert "December 2" in omar["draft"]


def test_a_yes_to_the_users_own_proposal_is_never_declined(kindly: Kindly, tmp_path: Path) -> None:
    inbox = Inbox(kindly, tmp_path, JOURNALIST)
    yes = (
        "Hi Orla,\n\nThanks for suggesting this - yes, let's do the swap. We can run your 60-word blurb in our "
        "Wednesday 9 December issue if you run ours the same week. Could you send your blurb and your "
        "subscriber count by Friday 4 December?\n\nBest,\nCiara Doyle\nEditor, Dublin Tech Weekly\n\n"
        "On Mon, 23 Nov 2026 at 15:02, Orla Byrne <orla@byrne.example.ie> wrote:\n"
        "> Hi Ciara, would Dublin Tech Weekly be up for a newsletter swap before Christmas?\n"
    )
    answer = inbox.arrives(
        "Ciara Doyle <ciara@dublintechweekly.example.ie>",
        "c1",
        "Re: Newsletter swap?",
        yes,
        "Fri, 27 Nov 2026 11:30:00 +0000",
        "orla-1",
    )
    # the user's own plan goes ahead: what it asks back is theirs to answer, with the question named
    assert (answer["decision"], answer["reason_code"]) == ("ignore", "thread_question")
    assert "send your blurb" in answer["reason"]
