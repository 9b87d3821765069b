"""Dana's week, continued (session 22): what she waits on, whether an approved reply went, a hand-set decision
after her clock moved, and a plain yes to the time kindly's own sent reply offered - through real Dovecot IMAP
and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from smtp_server import SmtpServer
from support import Kindly, triaged_one
from test_s22_days import (
    ENQUIRY,
    PITCH,
    SARA,
    drafts_of,
    jo_answers,
    jo_answers_the_yes,
    page,
    sent_reply,
    synced,
    to_new_york,
    week,
)
from test_sync import Mailbox, dovecot, mailbox

__all__ = ["dovecot", "mailbox", "week"]  # the fixtures of the week: Dovecot, a fresh user, her SMTP server

Week = tuple[Mailbox, SmtpServer]


# 4. Jo takes the time of the yes kindly sent by SMTP: "Monday, December 7 at 10:00 am works great." kindly read it
# as `not_invitation` - the check for a yes to her proposal looked for her own mail in the thread, and a reply sent
# by SMTP is never stored as a message.


def test_a_yes_to_the_time_her_sent_reply_offered_is_a_confirmation(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    confirmed = jo_answers_the_yes(
        kindly, week, monkeypatch, "Monday, December 7 at 10:00 am works great. See you then!"
    )

    assert (confirmed["decision"], confirmed["reason_code"]) == ("ignore", "confirmation")
    assert "Confirms what you proposed" in confirmed["reason"]
    assert confirmed["draft"] is None


def test_the_same_words_answering_her_own_first_mail_only_are_read_as_before(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: a reply to Jo's own first mail (a yes drafted, never sent) answers nothing of Dana's."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(box, "Monday, December 7 at 10:00 am works great. See you then!", ("<jo-1@mail.example>",))
    [again] = synced(kindly)

    assert again["reason_code"] != "confirmation"
    assert [d["status"] for d in drafts_of(kindly, enquiry["id"])] == ["pending"]


# 1. Friday she wants to know what she is waiting on: `kindly drafts` lists only pending drafts, and `--all` shows
# the sent ones without saying which were answered.


def waiting(kindly: Kindly) -> list[dict[str, Any]]:
    result = kindly("drafts", "--waiting", "--json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_the_asks_she_sent_wait_until_someone_answers(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(ENQUIRY, PITCH)
    enquiry, pitch = synced(kindly)
    yes = sent_reply(kindly, smtp, enquiry["id"])
    sent_reply(kindly, smtp, pitch["id"])  # a decline asks nothing back: nothing to wait for

    [jo] = waiting(kindly)
    assert (jo["message_pk"], jo["to"]) == (enquiry["id"], "Jo Park <jo@parkfield.example>")
    assert jo["went"].startswith("sent ") and jo["since"]
    table = " ".join(kindly("drafts", "--waiting").stdout.split())
    assert "Waiting for an answer (1)" in table and "sent " in table
    for api, auth in page(kindly):  # the same list for the page's scripts
        [listed] = api.get("/api/waiting", headers=auth).json()
    assert (listed["draft_id"], listed["invitation_id"], listed["went"]) == (
        jo["draft_id"],
        jo["message_pk"],
        jo["went"],
    )

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(box, "Monday works - talk then.", ("<jo-1@mail.example>", yes["Message-ID"]))
    synced(kindly)
    assert waiting(kindly) == []


def test_a_drafted_yes_never_sent_is_not_waited_on(kindly: Kindly, week: Week) -> None:
    """The near miss: a yes still pending asked nobody anything yet."""
    box, _smtp = week
    box.append(ENQUIRY)
    synced(kindly)
    assert waiting(kindly) == []
    assert kindly("drafts", "--waiting", "--all").exit_code != 0


# 2. An approved draft downloaded as .eml on the page was not recorded, and `kindly drafts --all` showed it, like one
# only approved, as "approved" for ever: whether it left kindly, and how, was nowhere.


def test_a_reply_downloaded_from_the_page_shows_it_left_but_was_not_sent(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, _smtp = week
    box.append(ENQUIRY, SARA)
    enquiry, call = synced(kindly)
    for api, auth in page(kindly):
        for pk in (enquiry["id"], call["id"]):
            assert api.post(f"/api/invitations/{pk}/draft/approve", headers=auth).status_code == 200
        download = api.get(f"/api/invitations/{enquiry['id']}/draft.eml", headers=auth)
        assert download.status_code == 200
    downloaded = message_from_bytes(download.content)

    [jo] = drafts_of(kindly, enquiry["id"])
    [sara] = drafts_of(kindly, call["id"])
    assert jo["status"] == sara["status"] == "approved"
    assert jo["went"].startswith("downloaded (eml) from the page ") and "not sent by kindly" in jo["went"]
    assert sara["went"] == "not sent"  # approved, and nothing more
    listing = " ".join(kindly("drafts", "--all").stdout.split())
    assert "approved: not sent" in listing

    # Dana sent it from her mail program: Jo's answer to it is an answer to her own mail
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(
        box, "Monday, December 7 at 10:00 am works great.", ("<jo-1@mail.example>", downloaded["Message-ID"])
    )
    [confirmed] = synced(kindly)
    assert confirmed["reason_code"] == "confirmation"


# 3. Monday she turns kindly's no to a financial planner's coffee into a yes on the page; Friday she moves to New York
# and adds `time_zone` to profile.toml. The decision is hers and stays; but its draft kept the times of her old clock,
# while every other draft that waits followed the new one.


def set_on_the_page(kindly: Kindly, pk: int, decision: str, *, approve: bool = False) -> None:
    for api, auth in page(kindly):
        said = api.put(f"/api/invitations/{pk}/decision", headers=auth, json={"decision": decision})
        assert said.status_code == 200, said.text
        if approve:
            assert api.post(f"/api/invitations/{pk}/draft/approve", headers=auth).status_code == 200


def decision_of(kindly: Kindly, pk: int) -> tuple[str, str]:
    for api, auth in page(kindly):
        shown = api.get(f"/api/invitations/{pk}", headers=auth).json()
    return shown["analysis"]["decision"], shown["analysis"]["reason"]


def test_a_decision_set_by_hand_stays_hers_and_its_draft_follows_her_new_clock(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, _smtp = week
    box.append(PITCH)
    [pitch] = synced(kindly)
    assert pitch["decision"] == "decline"
    set_on_the_page(kindly, pitch["id"], "accept")
    [yes] = drafts_of(kindly, pitch["id"])
    assert "Would Thursday, December 3 at 10:00 am or Monday, December 7 at 2:30 pm" in yes["text"]
    assert "your time" not in yes["text"]
    assert "written again" not in kindly("sync").stderr  # the profile she set it under: nothing to do

    monkeypatch.setenv("KINDLY_NOW", "2026-12-04T08:00-08:00")
    to_new_york(kindly)
    result = kindly("sync")
    assert result.exit_code == 0, result.output
    assert "drafts of decisions you set written again 1" in " ".join(result.stderr.split())

    [moved] = drafts_of(kindly, pitch["id"])
    assert moved["id"] == yes["id"] and moved["status"] == "pending"
    assert "Monday, December 7 at 11:00 am (8:00 am your time)" in moved["text"]  # her clock, and Gary's
    decision, reason = decision_of(kindly, pitch["id"])
    assert decision == "accept" and reason.startswith("Set by you")
    again = kindly("sync")
    assert "written again" not in again.stderr and drafts_of(kindly, pitch["id"]) == [moved]


def test_a_decision_set_by_hand_and_approved_keeps_its_words(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: a draft she approved is hers to send as it is (send refuses nothing for a clock moved)."""
    box, _smtp = week
    box.append(PITCH)
    [pitch] = synced(kindly)
    set_on_the_page(kindly, pitch["id"], "accept", approve=True)
    [approved] = drafts_of(kindly, pitch["id"])

    monkeypatch.setenv("KINDLY_NOW", "2026-12-04T08:00-08:00")
    to_new_york(kindly)
    result = kindly("sync")
    assert "written again" not in result.stderr
    assert drafts_of(kindly, pitch["id"]) == [approved]


# 5. A calendar invitation to a crypto mixer, sent by "Makers Guild <hello@makersguild.example>" and declined: the
# decline went to its organiser, whom the invitation names (Kate Ross), and greeted her "Hi there,".

MIXER = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20261210T180000
DTEND;TZID=America/Los_Angeles:20261210T200000
DTSTAMP:20261130T190000Z
ORGANIZER;CN={organiser}:mailto:{address}
UID:mixer-20261210@makersguild.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Dana Reyes:mailto:dana@example.com
SUMMARY:Makers Guild crypto investors mixer
DESCRIPTION:Join our members for drinks and a talk on crypto token investing for small business owners.
LOCATION:Makers Guild\\, Portland
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""


def mixer_invitation(folder: Path, organiser: str, address: str = "hello@makersguild.example") -> Path:
    """The guild's invitation as its calendar sends it: from its team mailbox, the event attached."""
    invitation = EmailMessage()
    invitation["From"] = "Makers Guild <hello@makersguild.example>"
    invitation["To"] = "dana@example.com"
    invitation["Subject"] = "Invitation: Makers Guild crypto investors mixer"
    invitation["Date"] = "Mon, 30 Nov 2026 07:00:00 -0800"
    invitation["Message-ID"] = "<mixer-1@makersguild.example>"
    invitation.set_content("You have been invited to the Makers Guild crypto investors mixer.")
    event = MIXER.format(organiser=organiser, address=address).replace("\n", "\r\n")
    invitation.add_alternative(event, subtype="calendar", params={"method": "REQUEST"})
    path = folder / "mixer.eml"
    path.write_bytes(bytes(invitation))
    return path


def test_a_declined_calendar_invitation_greets_the_organiser_it_names(kindly: Kindly, tmp_path: Path) -> None:
    record = triaged_one(kindly, mixer_invitation(tmp_path, "Kate Ross"))
    assert record["decision"] == "decline"
    assert record["draft"].startswith("Hi Kate,\n")


@pytest.mark.parametrize(
    ("organiser", "address"),
    [
        pytest.param("Makers Guild Events", "hello@makersguild.example", id="an-organisation-organises"),
        pytest.param("Kate Ross", "noreply@makersguild.example", id="the-reply-goes-to-the-guild-not-to-her"),
    ],
)
def test_an_invitation_that_names_no_organiser_to_answer_is_greeted_as_before(
    kindly: Kindly, tmp_path: Path, organiser: str, address: str
) -> None:
    record = triaged_one(kindly, mixer_invitation(tmp_path, organiser, address))
    assert record["draft"].startswith("Hi there,\n")


# ...and Thursday a studio owner asks for "a call next week" when her yes drafts already offer Monday to Thursday of
# it, both hours: kindly offered "Friday, December 11 at 10:00 am or Friday, December 11 at 2:30 pm" - one chance,
# twice.

THURSDAY = datetime(2026, 12, 3, 8, 0, tzinfo=timezone(timedelta(hours=-8)))
MONDAY_TO_THURSDAY_OFFERED = frozenset(
    f"{day} at {hour}"
    for day in ("Monday, December 7", "Tuesday, December 8", "Wednesday, December 9", "Thursday, December 10")
    for hour in ("10:00 am", "2:30 pm")
)


def times_for_next_week(taken: frozenset[str], preferred: str = "") -> list[str]:
    from kindly.reply.acceptance import proposed_times

    return proposed_times(
        THURSDAY, False, next_week=True, taken=taken, style="us", written=THURSDAY.date(), preferred=preferred
    )


def test_two_times_offered_fall_on_two_days() -> None:
    assert times_for_next_week(MONDAY_TO_THURSDAY_OFFERED) == [
        "Friday, December 11 at 10:00 am",
        "Monday, December 14 at 2:30 pm",
    ]


@pytest.mark.parametrize(
    ("taken", "preferred", "times"),
    [
        pytest.param(
            frozenset(),
            "",
            ["Monday, December 7 at 10:00 am", "Wednesday, December 9 at 2:30 pm"],
            id="a-free-week-as-before",
        ),
        pytest.param(
            MONDAY_TO_THURSDAY_OFFERED,
            "Friday works best for me",
            ["Friday, December 11 at 10:00 am", "Friday, December 11 at 2:30 pm"],
            id="the-one-day-they-named-keeps-both-hours",
        ),
    ],
)
def test_times_on_one_day_where_the_sender_named_it_or_as_before(
    taken: frozenset[str], preferred: str, times: list[str]
) -> None:
    assert times_for_next_week(taken, preferred) == times
