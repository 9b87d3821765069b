"""Dana's second week (session 23): the words she saved in a draft that no longer fits, the times her own words
offer, the API that rewrote her words without asking, the clock of what went, and what she waits on after mail
she sent herself - through real Dovecot IMAP and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from support import Kindly
from test_s22_days import (
    ENQUIRY,
    JO,
    MONDAY,
    SARA,
    drafts_of,
    jo_answers,
    mail,
    page,
    sent_reply,
    synced,
    week,
    yes_sent_to_jo,
)
from test_s22_r2days import Week, waiting
from test_s22_r2edits import evidence_of, saved_on_the_page
from test_sync import Mailbox, dovecot, mailbox

__all__ = ["dovecot", "mailbox", "week"]


# 1. Monday 08:00 (KINDLY_NOW) she sends the yes to Jo; `kindly drafts --all` said it went at the machine's own time.


def test_what_went_is_dated_by_kindlys_clock(kindly: Kindly, week: Week) -> None:
    _box, smtp = week
    _box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    sent = sent_reply(kindly, smtp, enquiry["id"])

    [yes] = drafts_of(kindly, enquiry["id"])
    assert yes["went"].startswith("sent 2026-11-30 16:00 UTC to jo@parkfield.example")
    assert sent["Date"].datetime.isoformat() == "2026-11-30T16:00:00+00:00"
    [jo] = waiting(kindly)
    assert jo["since"] == "2026-11-30T16:00:00+00:00"


# 2. Tuesday she rewrote kindly's yes to Jo in her own words; Wednesday she tells kindly the mail asks nothing of her
# (`kindly correct --intent none`): kindly now ignores it, kept her words - and `send` sent them.

HER_YES = "Hi Jo,\n\nHappy to talk bookkeeping - I'll call you on Monday, December 7 at 10:00 am.\n\nDana"


def jo_answered_in_her_words(kindly: Kindly, week: Week, words: str = HER_YES) -> dict[str, Any]:
    """Monday: Jo's enquiry synced, and Dana's own words saved in its draft on the page - the enquiry's record."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    saved_on_the_page(kindly, enquiry["id"], words)
    return enquiry


def send_refused(kindly: Kindly, draft_id: int, *flags: str) -> str:
    result = kindly("send", str(draft_id), "--yes", *flags)
    assert result.exit_code != 0
    return " ".join(result.output.split())


def test_her_words_for_a_message_kindly_now_ignores_are_not_sent(kindly: Kindly, week: Week) -> None:
    enquiry = jo_answered_in_her_words(kindly, week)
    fixed = kindly("correct", str(enquiry["id"]), "--intent", "none")
    assert fixed.exit_code == 0, fixed.output
    [kept] = drafts_of(kindly, enquiry["id"])
    assert kept["status"] == "pending" and kept["stale"].startswith(
        f"kindly now ignores message {enquiry['id']}"
    )

    refused = send_refused(kindly, kept["id"])
    assert "holds your edited words, written for accept, but kindly now ignores" in refused
    assert f"`kindly drafts discard {kept['id']}`" in refused and "set the decision by hand" in refused
    assert week[1].inbox.received() == []
    listing = kindly("drafts")
    assert "accept (stale)" in " ".join(listing.stdout.split())
    assert f"draft #{kept['id']} is stale: kindly now ignores" in " ".join(listing.stderr.split())
    exported = kindly("drafts", "export", "--dir", str(kindly.home / "out"))
    assert "skipped draft" in " ".join(exported.stderr.split()) and not (kindly.home / "out").exists()

    discarded = kindly("drafts", "discard", str(kept["id"]))
    assert discarded.exit_code == 0, discarded.output
    assert json.loads(kindly("drafts", "--json").stdout) == []
    assert [d["status"] for d in drafts_of(kindly, enquiry["id"])] == []  # --all lists what may still leave


def test_her_words_that_still_answer_a_yes_are_sent_as_she_wrote_them(kindly: Kindly, week: Week) -> None:
    """The near miss: nothing changed under her words (and the time they offer is nobody else's)."""
    enquiry = jo_answered_in_her_words(kindly, week)
    [kept] = drafts_of(kindly, enquiry["id"])
    assert (kept["stale"], kept["taken"]) == ("", [])
    sent = sent_reply(kindly, week[1], enquiry["id"])
    assert "I'll call you on Monday, December 7 at 10:00 am." in sent.get_content()


# 3. Her own words for Sara offer Monday at 10:00 - the time kindly's yes to Jo already offers. Her words are hers;
# but she would have been double-booked without a word from kindly.

HER_CALL = "Hi Sara,\n\nGladly - could I call you on Monday, December 7 at 10:00 am?\n\nDana"


def test_a_time_her_own_words_offer_that_another_yes_offers_waits_for_her_say(
    kindly: Kindly, week: Week
) -> None:
    box, smtp = week
    box.append(ENQUIRY, SARA)
    enquiry, call = synced(kindly)
    [yes] = drafts_of(kindly, enquiry["id"])
    assert "Monday, December 7 at 10:00 am" in yes["text"]
    saved_on_the_page(kindly, call["id"], HER_CALL)

    [hers] = drafts_of(kindly, call["id"])
    assert hers["taken"] == [f"Monday, December 7 at 10:00 am (draft #{yes['id']} to jo@parkfield.example)"]
    said = f"draft #{hers['id']} offers a time now taken: Monday, December 7 at 10:00 am"
    assert said in " ".join(kindly("drafts").stderr.split())
    assert any("in your own words, a time now taken" in line for line in evidence_of(kindly, call["id"]))
    refused = send_refused(kindly, hers["id"])
    assert "a time now taken" in refused and "--despite-taken-times" in refused

    sent = kindly("send", str(hers["id"]), "--yes", "--despite-taken-times")
    assert sent.exit_code == 0, sent.output
    assert "Monday, December 7 at 10:00 am?" in smtp.inbox.received()[0].get_content()  # her words, unchanged


# 4. Her script set Jo's decision through the API: kindly's draft for it replaced her saved words without a word,
# where the page asks first.


@pytest.mark.parametrize(
    ("endpoint", "body", "what"),
    [
        pytest.param("decision", {"decision": "decline"}, "setting the decision", id="set-the-decision"),
        pytest.param("intent", {"intent": "sales_pitch"}, "correcting the intent", id="correct-the-intent"),
    ],
)
def test_the_api_asks_before_it_writes_over_her_saved_words(
    kindly: Kindly, week: Week, endpoint: str, body: dict[str, str], what: str
) -> None:
    enquiry = jo_answered_in_her_words(kindly, week)
    for api, auth in page(kindly):
        refused = api.put(f"/api/invitations/{enquiry['id']}/{endpoint}", headers=auth, json=body)
        assert refused.status_code == 409
        message = refused.json()["error"]["message"]
        assert f"holds words you saved: {what} writes kindly's draft over them" in message
        assert '"replace_edited": true' in message
        [kept] = drafts_of(kindly, enquiry["id"])
        assert kept["text"] == HER_YES + "\n"

        replaced = api.put(
            f"/api/invitations/{enquiry['id']}/{endpoint}",
            headers=auth,
            json={**body, "replace_edited": True},
        )
        assert replaced.status_code == 200, replaced.text
    assert all(d["text"] != HER_YES + "\n" for d in drafts_of(kindly, enquiry["id"]))


def test_the_api_sets_a_decision_over_kindlys_own_words_without_asking(kindly: Kindly, week: Week) -> None:
    """The near miss: a draft she never edited is kindly's to write again."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    for api, auth in page(kindly):
        said = api.put(
            f"/api/invitations/{enquiry['id']}/decision", headers=auth, json={"decision": "decline"}
        )
        assert said.status_code == 200, said.text
    [no] = drafts_of(kindly, enquiry["id"])
    assert no["decision"] == "decline"


# 5. Monday she answers Jo herself, from her mail program, with a question; her Sent folder is synced too. `kindly
# drafts --waiting` knew only the replies that left kindly: her own question waited nowhere.

DANA = "Dana Reyes <dana@example.com>"
THURSDAY = "Thu, 3 Dec 2026 07:00:00 -0800"


def dana_wrote_to_jo(box: Mailbox, words: str) -> None:
    """Her own answer to Jo's enquiry, as her mail program keeps it in the Sent folder."""
    body = f"Hi Jo,\n\n{words}\n\nDana\n"
    sent = mail(
        "dana-1", DANA, "Re: Bookkeeping for our studio", body, MONDAY.format(40), ("<jo-1@mail.example>",)
    )
    box.append(
        sent.replace(b"To: Dana Reyes <dana@example.com>", b"To: Jo Park <jo@parkfield.example>"),
        folder="Sent",
    )


def with_her_sent_folder(kindly: Kindly, box: Mailbox) -> None:
    config = kindly.home / "config.toml"
    config.write_text(config.read_text().replace('folders = ["INBOX"]', 'folders = ["INBOX", "Sent"]'))


def test_a_question_she_sent_herself_waits_for_an_answer(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, _smtp = week
    with_her_sent_folder(kindly, box)
    box.append(ENQUIRY)
    dana_wrote_to_jo(
        box, "Happy to help. Could you send me your last three months of statements before we talk?"
    )
    _enquiry, hers = synced(kindly)

    [asked] = waiting(kindly)
    assert (asked["message_pk"], asked["to"]) == (hers["id"], "Jo Park <jo@parkfield.example>")
    assert asked["went"] == "sent by you 2026-11-30 15:40 UTC, from your own mail program"
    assert asked["first_line"].startswith("Happy to help. Could you send me")
    for api, auth in page(kindly):
        [listed] = api.get("/api/waiting", headers=auth).json()
    assert (listed["draft_id"], listed["invitation_id"]) == (None, hers["id"])

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(
        box, "Sure - attached are September to November.", ("<jo-1@mail.example>", "<dana-1@mail.example>")
    )
    synced(kindly)
    assert waiting(kindly) == []


def test_her_own_mail_that_asks_nothing_waits_for_nothing(kindly: Kindly, week: Week) -> None:
    """The near miss: "Thanks, talk soon." is no question."""
    box, _smtp = week
    with_her_sent_folder(kindly, box)
    box.append(ENQUIRY)
    dana_wrote_to_jo(box, "Thanks for writing - I'll call you on Monday.")
    synced(kindly)
    assert waiting(kindly) == []


# 6. She approved her yes to a studio owners' meetup; Kate cancelled the event the next day. The yes waited
# approved, and `send` would have sent it.

MEETUP = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Studios//EN
METHOD:{method}
BEGIN:VEVENT
DTSTART:20261210T170000Z
DTEND:20261210T180000Z
DTSTAMP:20261130T190000Z
ORGANIZER;CN=Kate Ross:mailto:kate@studios.example
UID:meetup-1@studios.example
SEQUENCE:{sequence}
ATTENDEE;PARTSTAT=NEEDS-ACTION;CN=Dana Reyes:mailto:dana@example.com
SUMMARY:Design studio owners meetup
DESCRIPTION:An evening for owners of small design studios to talk bookkeeping and growth.
STATUS:{status}
END:VEVENT
END:VCALENDAR
"""


def meetup(kindly: Kindly, name: str, method: str = "REQUEST") -> dict[str, Any]:
    """Kate's calendar invitation (or its cancellation), triaged - its record."""
    path = kindly.home / f"{name}.ics"
    cancelled = method == "CANCEL"
    path.write_text(
        MEETUP.format(
            method=method, sequence=int(cancelled), status="CANCELLED" if cancelled else "CONFIRMED"
        )
    )
    result = kindly("triage", str(path), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return record


def approved_yes_to_the_meetup(kindly: Kindly) -> dict[str, Any]:
    invitation = meetup(kindly, "invite")
    assert invitation["decision"] == "accept"
    for api, auth in page(kindly):
        assert api.post(f"/api/invitations/{invitation['id']}/draft/approve", headers=auth).status_code == 200
    [yes] = drafts_of(kindly, invitation["id"])
    return yes


def test_an_approved_yes_to_an_event_cancelled_since_is_not_sent(kindly: Kindly, week: Week) -> None:
    yes = approved_yes_to_the_meetup(kindly)
    assert meetup(kindly, "cancel", "CANCEL")["reason_code"] == "calendar_cancel"

    [stale] = drafts_of(kindly, yes["message_pk"])
    assert (stale["status"], stale["stale"]) == ("approved", "its event was cancelled since")
    refused = send_refused(kindly, yes["id"])
    assert f"draft #{yes['id']} is approved, written for accept, but its event was cancelled since" in refused
    assert week[1].inbox.received() == []


def test_an_approved_yes_to_an_event_still_on_is_sent(kindly: Kindly, week: Week) -> None:
    """The near miss: nothing cancelled, the yes goes (with its calendar reply)."""
    yes = approved_yes_to_the_meetup(kindly)
    sent = kindly("send", str(yes["id"]), "--yes")
    assert sent.exit_code == 0, sent.output
    assert len(week[1].inbox.received()) == 1


# 7. Her own words offer Jo Monday at 10:00; Tuesday her dentist takes Monday 9:30-11:00 in her calendar, and her
# daily `kindly triage --calendar` said nothing of it.


def her_calendar(kindly: Kindly, start: datetime, hours: float = 1.5) -> Path:
    """Her calendar export with one busy event from `start` (on this machine's clock, as her profile names none)."""
    begins = start.astimezone().astimezone(UTC)
    ends = begins + timedelta(hours=hours)
    path = kindly.home / "calendar.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dana//EN\r\nBEGIN:VEVENT\r\nUID:dentist-1@dana\r\n"
        f"DTSTART:{begins:%Y%m%dT%H%M%SZ}\r\nDTEND:{ends:%Y%m%dT%H%M%SZ}\r\nDTSTAMP:20261201T000000Z\r\n"
        "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    return path


def triaged_with_her_calendar(kindly: Kindly, calendar: Path) -> None:
    """Tuesday's triage of what came in (Jo's enquiry again, a duplicate) with her calendar."""
    (source := kindly.home / "jo.eml").write_bytes(ENQUIRY)
    result = kindly("triage", "--calendar", str(calendar), str(source))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("busy_from", "taken"),
    [
        pytest.param(datetime(2026, 12, 7, 9, 30), True, id="the-dentist-overlaps-her-time"),
        pytest.param(datetime(2026, 12, 7, 13, 0), False, id="the-dentist-after-lunch-leaves-it-free"),
    ],
)
def test_a_time_her_own_words_offer_that_her_calendar_has_busy_waits_for_her_say(
    kindly: Kindly, week: Week, busy_from: datetime, taken: bool
) -> None:
    enquiry = jo_answered_in_her_words(kindly, week)
    triaged_with_her_calendar(kindly, her_calendar(kindly, busy_from))

    [kept] = drafts_of(kindly, enquiry["id"])
    assert kept["text"] == HER_YES + "\n"  # her words, never rewritten
    if not taken:
        assert kept["taken"] == []
        assert kindly("send", str(kept["id"]), "--yes").exit_code == 0
        return
    assert kept["taken"] == ["Monday, December 7 at 10:00 am (busy in your calendar)"]
    assert any(line.startswith("your calendar is busy at") for line in evidence_of(kindly, enquiry["id"]))
    assert "a time now taken" in send_refused(kindly, kept["id"])


# ...and on the outbox page, where no command-line flag can say it: the time her words offer is taken, the page
# says so, and Send asks for a second box ticked.


def test_the_outbox_page_sends_her_taken_time_only_with_the_box_that_says_so(
    kindly: Kindly, week: Week
) -> None:
    import re

    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from kindly.web.auth import set_password
    from web_support import FAST_SCRYPT, PASSWORD, log_in

    box, smtp = week
    box.append(ENQUIRY, SARA)
    _enquiry, call = synced(kindly)
    saved_on_the_page(kindly, call["id"], HER_CALL)
    set_password(kindly.home, PASSWORD, **FAST_SCRYPT)
    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        csrf = log_in(client)
        approve = {"text": HER_CALL, "action": "approve", "csrf_token": csrf}
        assert client.post(f"/invitations/{call['id']}/draft", data=approve).status_code in (200, 303)
        page = client.get(f"/invitations/{call['id']}/outbox").text
        assert "in your own words, a time now taken: Monday, December 7 at 10:00 am" in page
        assert 'name="despite_taken"' in page
        shown = re.search(r'name="shown" value="(\w+)"', page)
        assert shown is not None
        form = {"csrf_token": csrf, "shown": shown[1], "confirm": "yes"}
        client.post(f"/invitations/{call['id']}/outbox/send", data=form)
        assert smtp.inbox.received() == []
        client.post(f"/invitations/{call['id']}/outbox/send", data={**form, "despite_taken": "yes"})
    [sent] = smtp.inbox.received()
    assert "Monday, December 7 at 10:00 am?" in sent.get_content()


# 8. Thursday Jo moves the call she had confirmed ("something came up on Monday"): kindly's yes to the new time
# thanked her as a stranger - "Thank you for your message - it was kind of you to think of me."


def test_a_call_moved_after_her_yes_is_answered_as_the_conversation_it_is(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, _smtp = week
    enquiry, yes = yes_sent_to_jo(kindly, week)
    assert (
        "Thanks so much for your inquiry." in yes.get_content()
    )  # the near miss: a first answer thanks for it
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    thread = ("<jo-1@mail.example>", yes["Message-ID"])
    jo_answers(box, "Monday, December 7 at 10:00 am works great. See you then!", thread)
    synced(kindly)

    monkeypatch.setenv("KINDLY_NOW", "2026-12-03T08:00-08:00")
    body = "Hi Dana,\n\nSo sorry - something came up on Monday. Could we move our call to Thursday, December 10 at 2pm?\n\nJo\n"
    box.append(
        mail("jo-3", JO, "Re: Bookkeeping for our studio", body, THURSDAY, (*thread, "<jo-2@mail.example>"))
    )
    [moved] = synced(kindly)

    assert moved["decision"] == "accept" and moved["thread_id"] == enquiry["thread_id"]
    draft = moved["draft"] or ""
    assert "for getting back to me" in draft and "Thursday, December 10 at 2pm works for me." in draft
    assert "think of me" not in draft and "your message" not in draft


# 9. A week on, Jo never answered the times Dana sent: the list said "(8 days)" among the others, and nothing told her
# which threads had gone quiet long enough to follow up.


@pytest.mark.parametrize(
    ("today", "days", "due"),
    [
        pytest.param("2026-12-04T08:00-08:00", 4, False, id="four-days-on-it-still-just-waits"),
        pytest.param("2026-12-08T08:00-08:00", 8, True, id="a-week-on-a-follow-up-is-due"),
    ],
)
def test_a_question_unanswered_for_a_week_is_due_a_follow_up(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, today: str, days: int, due: bool
) -> None:
    yes_sent_to_jo(kindly, week)
    monkeypatch.setenv("KINDLY_NOW", today)

    [jo] = waiting(kindly)
    assert (jo["days"], jo["follow_up_due"]) == (days, due)
    listing = kindly("drafts", "--waiting")
    said = "A week or more without an answer - time to follow up: Jo Park <jo@parkfield.example>"
    assert (said in " ".join(listing.stderr.split())) is due
    for api, auth in page(kindly):
        [listed] = api.get("/api/waiting", headers=auth).json()
    assert (listed["days"], listed["follow_up_due"]) == (days, due)


# 10. Tuesday Jo can do neither of the times Dana's yes offered and proposes one that Sara already holds: kindly's
# answer offered other times - among them Monday at 10:00, one of the two Jo had just turned down.


def test_times_she_turned_down_are_not_offered_again(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(ENQUIRY, SARA)
    enquiry, call = synced(kindly)
    yes = sent_reply(kindly, smtp, enquiry["id"])
    sent_reply(kindly, smtp, call["id"])  # Sara is offered Monday at 2:30 pm and Wednesday at 10:00 am

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    words = "Neither works, sorry - could we do Monday, December 7 at 2:30 pm instead?"
    jo_answers(box, words, ("<jo-1@mail.example>", yes["Message-ID"]))
    [counter] = synced(kindly)

    draft = counter["draft"] or ""
    assert "Monday, December 7 at 2:30 pm doesn't work for me" in draft
    assert "Monday, December 7 at 10:00 am" not in draft and "Wednesday, December 9 at 2:30 pm" not in draft


@pytest.mark.parametrize(
    ("words", "turned_down"),
    [
        pytest.param("Neither works, sorry.", True, id="neither-works"),
        pytest.param("None of those times suit me this week.", True, id="none-of-those-times-suit"),
        pytest.param("Unfortunately those days don't work for me.", True, id="those-days-dont-work"),
        pytest.param("I can't do either of those, I'm afraid.", True, id="cant-do-either"),
        pytest.param("Either works for me!", False, id="either-works"),
        pytest.param("Monday works - none of my team can join, though.", False, id="none-of-my-team"),
        pytest.param("The times you offered work well.", False, id="the-times-work"),
    ],
)
def test_what_turns_the_offered_times_down(words: str, turned_down: bool) -> None:
    from kindly.turned_down import turns_them_down

    assert turns_them_down(words) is turned_down


# 11. Tuesday Jo writes "Let me check my calendar and I'll get back to you tomorrow" - and the question Dana sent
# left her waiting list, though nothing she asked was answered.


@pytest.mark.parametrize(
    ("words", "still_waits"),
    [
        pytest.param(
            "Thanks Dana! Let me check my calendar and I'll get back to you tomorrow.",
            True,
            id="she-will-get-back",
        ),
        pytest.param(
            "Monday at 10:00 am works - I'll get back to you with an agenda.",
            False,
            id="an-answer-with-a-promise",
        ),
    ],
)
def test_a_promise_to_get_back_to_her_keeps_her_question_waiting(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, still_waits: bool
) -> None:
    box, _smtp = week
    enquiry, yes = yes_sent_to_jo(kindly, week)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(box, words, ("<jo-1@mail.example>", yes["Message-ID"]))
    synced(kindly)

    assert [w["message_pk"] for w in waiting(kindly)] == ([enquiry["id"]] if still_waits else [])


@pytest.mark.parametrize(
    ("words", "holds"),
    [
        pytest.param("Let me check with my partner and come back to you.", True, id="come-back-to-you"),
        pytest.param("We'll confirm by Friday.", True, id="well-confirm"),
        pytest.param("I will get back to you early next week", True, id="will-get-back"),
        pytest.param("I'll get back to you - does 2pm Thursday work?", False, id="with-a-question"),
        pytest.param("Thanks, that's all I needed.", False, id="a-plain-answer"),
        pytest.param(
            "Sorry it took me a while to get back to you: Monday works.", False, id="getting-back-now"
        ),
    ],
)
def test_what_only_promises_an_answer_later(words: str, holds: bool) -> None:
    from kindly.holding_reply import only_holds

    assert only_holds(words) is holds


def test_triage_send_offers_her_taken_time_to_no_one_and_sends_the_rest(kindly: Kindly, week: Week) -> None:
    """`kindly triage --send` of the day's mail: her words for Sara need her say first; Jo's yes still goes."""
    _box, smtp = week
    (jo := kindly.home / "jo.eml").write_bytes(ENQUIRY)
    (sara := kindly.home / "sara.eml").write_bytes(SARA)
    assert kindly("triage", str(jo), str(sara)).exit_code == 0
    [call] = [d for d in json.loads(kindly("drafts", "--json").stdout) if d["to"].startswith("Sara")]
    saved_on_the_page(kindly, call["message_pk"], HER_CALL)

    result = kindly("triage", "--send", "--yes", str(jo), str(sara))
    assert result.exit_code == 0, result.output
    assert f"Not offered: draft #{call['id']} offers a time now taken" in " ".join(result.stderr.split())
    [sent] = smtp.inbox.received()
    assert sent["To"] == "Jo Park <jo@parkfield.example>"


def test_her_stale_words_can_be_discarded_on_the_page(kindly: Kindly, week: Week) -> None:
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from web_support import log_in

    enquiry = jo_answered_in_her_words(kindly, week)
    assert kindly("correct", str(enquiry["id"]), "--intent", "none").exit_code == 0
    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        csrf = log_in(client)  # saved_on_the_page set her password
        page = client.get(f"/invitations/{enquiry['id']}").text
        assert "Discard draft" in page and "kindly now ignores" in page
        done = client.post(
            f"/invitations/{enquiry['id']}/draft", data={"action": "discard", "csrf_token": csrf}
        )
        assert done.status_code == 303
    assert json.loads(kindly("drafts", "--json").stdout) == []


# 12. Maya, a studio owner, confirmed a coffee at the time of Dana's yes, then moved it ("Could we move our coffee to
# Tuesday, December 15 at 10am?"). Read as the same ask, "the yes stands" - and no reply was drafted: "you already
# replied in this thread with an accept". (Jo's "move our call", read as a question in the thread, was answered.)

MAYA = "Maya Lind <maya@lindstudio.example>"
MAYA_ASKS = (
    "Hi Dana,\n\nI run Lind Studio, a four-person design studio in Portland, and I'm looking for a bookkeeper. Could "
    "we meet for coffee next week to talk about it?\n\nMaya\n"
)


def maya_wrote(box: Mailbox, name: str, words: str, date: str, answers: tuple[str, ...]) -> None:
    box.append(mail(name, MAYA, "Re: Coffee?", f"Hi Dana,\n\n{words}\n\nMaya\n", date, answers))


@pytest.mark.parametrize(
    ("words", "answered"),
    [
        pytest.param(
            "So sorry, something came up. Could we move our coffee to Tuesday, December 15 at 10am?",
            "Tuesday, December 15 at 10am works for me.",
            id="a-coffee-moved-to-a-time-of-hers",
        ),
        pytest.param("See you then - I'll bring our last three statements.", None, id="nothing-moved"),
    ],
)
def test_a_meeting_moved_after_her_yes_went_is_answered(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, answered: str | None
) -> None:
    box, smtp = week
    box.append(mail("maya-1", MAYA, "Coffee?", MAYA_ASKS, MONDAY.format(3)))
    [coffee] = synced(kindly)
    yes = sent_reply(kindly, smtp, coffee["id"])
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    thread = ("<maya-1@mail.example>", yes["Message-ID"])
    maya_wrote(
        box, "maya-2", "Monday, December 7 at 10:00 am works great!", "Tue, 1 Dec 2026 06:00:00 -0800", thread
    )
    synced(kindly)

    monkeypatch.setenv("KINDLY_NOW", "2026-12-03T08:00-08:00")
    maya_wrote(box, "maya-3", words, THURSDAY, (*thread, "<maya-2@mail.example>"))
    [moved] = synced(kindly)

    if answered is None:
        assert moved["draft"] is None
        return
    assert moved["decision"] == "accept" and answered in (moved["draft"] or "")
    assert "Thank you for getting back to me" in (moved["draft"] or "")
