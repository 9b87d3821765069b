"""A week of Dana's mail (session 22), as she lives it: `kindly sync` from a real Dovecot IMAP server, replies sent
through a loopback SMTP server, the answers that come back in those threads, her referral directory - each finding
as she saw it, on a real SQLite file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.message import EmailMessage
from typing import TYPE_CHECKING, Any

import pytest

from smtp_server import SmtpInbox, SmtpServer, run_smtp
from support import EXAMPLE_PROFILE_FILE, Kindly
from test_sync import Mailbox, dovecot, mailbox

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

__all__ = ["dovecot", "mailbox"]  # the sync tests' fixtures: a Dovecot server and a fresh user of it

MONDAY = "Mon, 30 Nov 2026 07:{:02d}:00 -0800"
TUESDAY = "Tue, 1 Dec 2026 06:{:02d}:00 -0800"
WEDNESDAY = "Wed, 2 Dec 2026 07:{:02d}:00 -0800"


def mail(name: str, sender: str, subject: str, body: str, date: str, answers: tuple[str, ...] = ()) -> bytes:
    """A mail to Dana as her IMAP server holds it; `answers`: the Message-IDs of the thread it replies to."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Dana Reyes <dana@example.com>"
    message["Subject"] = subject
    message["Message-ID"] = f"<{name}@mail.example>"
    message["Date"] = date
    if answers:
        message["In-Reply-To"] = answers[-1]
        message["References"] = " ".join(answers)
    message.set_content(body)
    return bytes(message)


JO = "Jo Park <jo@parkfield.example>"
JO_ASKS = (
    "Hi Dana,\n\nI own Park & Field, a six-person design studio in Portland, and our books are a mess since we "
    "grew. Could we have a 30-minute call next week to talk about monthly bookkeeping?\n\nJo Park\nOwner, Park & "
    "Field Studio\n"
)
ENQUIRY = mail("jo-1", JO, "Bookkeeping for our studio", JO_ASKS, MONDAY.format(1))
GARY = "Gary Hunt <gary@wealthwise.example>"
PITCH = mail(
    "gary-1",
    GARY,
    "Financial planning review",
    "Hi Dana,\n\nI'm a financial planner helping business owners plan for retirement. Could I buy you a coffee and "
    "walk you through our financial planning service?\n\nGary Hunt\nWealthWise Financial Planning\n",
    MONDAY.format(9),
)


@pytest.fixture
def week(
    kindly: Kindly, mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Mailbox, SmtpServer]]:
    """Dana's app folder: her profile, her IMAP account and her SMTP server; Monday morning."""
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
    for smtp in run_smtp(SmtpInbox()):
        mailbox.configure()
        config = kindly.home / "config.toml"
        config.write_text(
            config.read_text()
            + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\ntimeout = 5\n'
        )
        (kindly.home / "profile.toml").write_text(EXAMPLE_PROFILE_FILE.read_text())
        yield mailbox, smtp


def synced(kindly: Kindly) -> list[dict[str, Any]]:
    """`kindly sync --json`: one record per message fetched."""
    result = kindly("sync", "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def drafts_of(kindly: Kindly, message_pk: int) -> list[dict[str, Any]]:
    """Every draft kindly keeps for one message (pending, approved or sent)."""
    listed = json.loads(kindly("drafts", "--all", "--json").stdout)
    return [d for d in listed if d["message_pk"] == message_pk and d["status"] != "discarded"]


def to_new_york(kindly: Kindly) -> None:
    """Dana moves: her profile's clock is New York's from now on."""
    profile = kindly.home / "profile.toml"
    profile.write_text(
        profile.read_text().replace(
            'holidays = "US-OR"', 'holidays = "US-OR"\ntime_zone = "America/New_York"'
        )
    )


def sent_reply(kindly: Kindly, smtp: SmtpServer, message_pk: int) -> EmailMessage:
    """Dana sends kindly's draft for one message with `kindly send`: the mail that went."""
    [draft] = drafts_of(kindly, message_pk)
    before = len(smtp.inbox.received())
    result = kindly("send", str(draft["id"]), "--yes")
    assert result.exit_code == 0, result.output
    return smtp.inbox.received()[before]


def yes_sent_to_jo(kindly: Kindly, week: tuple[Mailbox, SmtpServer]) -> tuple[dict[str, Any], EmailMessage]:
    """Monday: Jo's enquiry synced and kindly's yes to it sent - its record and the yes that went."""
    box, smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    return enquiry, sent_reply(kindly, smtp, enquiry["id"])


def jo_answers(box: Mailbox, words: str, answers: tuple[str, ...]) -> None:
    """Jo's reply on Tuesday, in the thread of `answers` (the Message-IDs it replies to, the last its parent)."""
    body = f"Hi Dana,\n\n{words}\n\nJo\n"
    box.append(mail("jo-2", JO, "Re: Bookkeeping for our studio", body, TUESDAY.format(1), answers))


def jo_answers_the_yes(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch, words: str
) -> dict[str, Any]:
    """Tuesday: Jo answers Monday's sent yes with `words` - the record of her answer, synced."""
    box, _smtp = week
    _enquiry, yes = yes_sent_to_jo(kindly, week)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(box, words, ("<jo-1@mail.example>", yes["Message-ID"]))
    [answer] = synced(kindly)
    return answer


# 1. Monday she sends the yes to a studio owner's enquiry, with two times; Tuesday the owner can do neither and
# offers a time of her own. kindly read it right ("the first that fits is taken") but drafted nothing: "you already
# replied in this thread with an accept" - the yes that went answered Monday's ask, not Tuesday's time.


def test_a_time_offered_after_the_yes_went_is_answered_in_the_thread(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    enquiry, yes = yes_sent_to_jo(kindly, week)
    assert enquiry["decision"] == "accept"
    assert "Would Monday, December 7 at 10:00 am or Wednesday, December 9 at 2:30 pm" in yes.get_content()

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    jo_answers(
        box,
        "Sorry, neither of those works for me. Could we do Thursday, December 10 at 11am instead?",
        ("<jo-1@mail.example>", yes["Message-ID"]),
    )
    [counter] = synced(kindly)

    assert counter["decision"] == "accept" and counter["thread_id"] == enquiry["thread_id"]
    assert "Thursday, December 10 at 11am works for me" in (counter["draft"] or "")
    answer = sent_reply(kindly, smtp, counter["id"])
    assert answer["In-Reply-To"] == "<jo-2@mail.example>"
    assert answer["References"].split() == ["<jo-1@mail.example>", yes["Message-ID"], "<jo-2@mail.example>"]
    # Monday's yes is still the only reply to Monday's mail: nothing went twice
    assert [d["status"] for d in drafts_of(kindly, enquiry["id"])] == ["sent"]


def test_a_yes_to_the_time_she_proposed_is_not_answered_again(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: "Monday at 10:00 works great" takes a time her own yes offered - nothing more to send."""
    confirmed = jo_answers_the_yes(
        kindly,
        week,
        monkeypatch,
        "Monday, December 7 at 10:00 am works great. I'll send a video link the day before.",
    )

    assert confirmed["draft"] is None
    assert json.loads(kindly("drafts", "--json").stdout) == []


def test_a_new_question_after_the_yes_went_stays_hers(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other near miss: a reply that asks something new, with no time, is still hers to answer."""
    question = jo_answers_the_yes(
        kindly,
        week,
        monkeypatch,
        "Thanks! Before we talk, could you tell me whether you also handle payroll for contractors in other states?",
    )

    assert question["draft"] is None
    assert json.loads(kindly("drafts", "--json").stdout) == []


# 2. Wednesday a financial planner she declined (Monday, with the offer to pass his details on) sends them: his
# entry in the directory, and what `kindly refer` gives her to pass on, read his phone as "503) 555-0142".


def test_a_phone_with_its_area_code_in_brackets_reaches_the_directory_whole(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(PITCH)
    [pitch] = synced(kindly)
    assert pitch["decision"] == "decline"
    no = sent_reply(kindly, smtp, pitch["id"])
    assert "overview" in no.get_content()  # the offer to pass his details on

    monkeypatch.setenv("KINDLY_NOW", "2026-12-02T08:00-08:00")
    box.append(
        mail(
            "gary-2",
            GARY,
            "Re: Financial planning review",
            "Hi Dana,\n\nThanks for the offer! You can reach me at gary@wealthwise.example or (503) 555-0142. We "
            "do retirement and succession planning for owners of small businesses, for a fixed annual fee.\n\n"
            "Gary\n",
            WEDNESDAY.format(10),
            ("<gary-1@mail.example>", no["Message-ID"]),
        )
    )
    [details] = synced(kindly)
    assert details["reason_code"] == "directory_added"

    refer = kindly("refer", "Can you recommend a financial planner for my retirement?", "--json")
    [entry] = json.loads(refer.stdout)
    assert entry["name"] == "Gary Hunt"
    assert entry["contact"] == "gary@wealthwise.example | (503) 555-0142"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        pytest.param("Call me on +1 503 555 0142 any time.", "+1 503 555 0142", id="international"),
        pytest.param("My cell is 503-555-0142.", "503-555-0142", id="dashes"),
        pytest.param(
            "We ran it from 2025-2027 (see our site).", "2025-2027", id="years-read-loosely-as-before"
        ),
        pytest.param("Table (12) seats four.", "", id="a-number-in-brackets-alone"),
    ],
)
def test_contact_details_other_than_a_bracketed_area_code_read_as_before(text: str, contact: str) -> None:
    from kindly.decide.thread import contact_details

    assert contact_details(text) == contact


# 3. Monday she approves, on the web page, the yes to an architect's coffee on Thursday, to send later; Tuesday the
# architect moves it to Friday. kindly drafts the yes to Friday - and the Thursday yes stayed approved: `kindly send`
# sent it, and the architect had both "Thursday works for me" and "Friday works for me".

NINA = "Nina Shah <nina@shahdesign.example>"


def page(kindly: Kindly) -> Iterator[tuple[TestClient, dict[str, str]]]:
    """Dana's web page, as its API: the client and the headers of her signed-in session."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from kindly.web.auth import create_token

    app = create_app(load_settings(kindly.home))
    _info, token = create_token(app.state.kindly.sessions, "dana's laptop")
    with TestClient(app) as api:
        yield api, {"Authorization": f"Bearer {token}"}


def approved_on_the_page(kindly: Kindly, message_pk: int) -> None:
    for api, auth in page(kindly):
        answer = api.post(f"/api/invitations/{message_pk}/draft/approve", headers=auth)
    assert answer.status_code == 200, answer.text


def test_a_yes_approved_before_the_sender_moved_the_time_is_not_sent(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(
        mail(
            "nina-1",
            NINA,
            "Pricing question",
            "Hi Dana,\n\nI run a three-person architecture firm. A friend said you help studios with pricing. Could we "
            "meet for coffee on Thursday, December 3 at 10am to talk about it?\n\nNina Shah\nShah Design "
            "Architecture\n",
            MONDAY.format(10),
        )
    )
    [coffee] = synced(kindly)
    approved_on_the_page(kindly, coffee["id"])
    [thursday] = drafts_of(kindly, coffee["id"])
    assert "Thursday, December 3 at 10am works for me" in thursday["text"]

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    box.append(
        mail(
            "nina-2",
            NINA,
            "Re: Pricing question",
            "Hi Dana,\n\nSorry, something came up on Thursday. Could we do Friday, December 4 at 2pm instead?\n\n"
            "Nina\n",
            TUESDAY.format(3),
            ("<nina-1@mail.example>",),
        )
    )
    [moved] = synced(kindly)
    [friday] = drafts_of(kindly, moved["id"])
    assert "Friday, December 4 at 2pm works for me" in friday["text"]

    stale = kindly("send", str(thursday["id"]), "--yes")
    assert stale.exit_code == 1
    said = " ".join(stale.output.split())
    assert "Nina Shah wrote again since" in said and f"draft #{friday['id']} answers" in said
    assert smtp.inbox.received() == []
    exported = kindly("drafts", "export", str(thursday["id"]), "--dir", str(kindly.home / "out"))
    assert exported.exit_code == 1 and not (kindly.home / "out").exists()

    went = sent_reply(kindly, smtp, moved["id"])
    assert "Friday, December 4 at 2pm works for me" in went.get_content()
    assert [m["In-Reply-To"] for m in smtp.inbox.received()] == ["<nina-2@mail.example>"]


def test_a_yes_approved_before_a_nudge_still_goes(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: a nudge gets no reply of its own, so the yes she approved is still the answer, and goes."""
    box, smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    approved_on_the_page(kindly, enquiry["id"])

    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    box.append(
        mail(
            "jo-2",
            JO,
            "Re: Bookkeeping for our studio",
            "Hi Dana, just bubbling this up in case it got buried.\n\nJo\n",
            TUESDAY.format(4),
            ("<jo-1@mail.example>",),
        )
    )
    [nudge] = synced(kindly)
    assert drafts_of(kindly, nudge["id"]) == []

    went = sent_reply(kindly, smtp, enquiry["id"])
    assert went["In-Reply-To"] == "<jo-1@mail.example>"


# 4. Friday she moves to New York and adds `time_zone` to profile.toml. `kindly sync` reads only new mail, so the
# yes waiting for a Portland studio owner kept proposing the times of her old clock, unmarked - and nothing she
# edited in the profile (a time zone, a rule) ever reached a draft already written.

SARA = mail(
    "sara-1",
    "Sara Kim <sara@kimstudio.example>",
    "Help with cash flow at our video studio",
    "Hi Dana,\n\nI run a small video production company in Portland and our cash flow is unpredictable. Could we "
    "set up a call next week to talk about a part-time CFO?\n\nSara Kim\nKim Studio\n",
    MONDAY.format(5),
)


def test_a_profile_edited_since_reaches_the_drafts_that_wait_at_the_next_sync(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    box.append(ENQUIRY, SARA)
    enquiry, call = synced(kindly)
    yes = sent_reply(kindly, smtp, enquiry["id"])
    [waiting] = drafts_of(kindly, call["id"])
    assert "your time" not in waiting["text"]

    monkeypatch.setenv("KINDLY_NOW", "2026-12-04T08:00-08:00")
    to_new_york(kindly)
    result = kindly("sync")
    assert result.exit_code == 0, result.output
    assert "open invitations decided again 1" in " ".join(result.stderr.split())

    [moved] = drafts_of(kindly, call["id"])
    assert moved["id"] == waiting["id"] and moved["status"] == "pending"
    assert "11:00 am (8:00 am your time)" in moved["text"]  # her clock, and Sara's in Portland
    # the yes that went stays the one answer to Jo: nothing drafted or sent again
    went = yes.get_content().replace("\r\n", "\n")
    assert [(d["status"], d["text"]) for d in drafts_of(kindly, enquiry["id"])] == [("sent", went)]
    assert len(smtp.inbox.received()) == 1

    again = kindly("sync")  # nothing changed since: nothing decided again, the draft as it was
    assert "decided again" not in again.stderr
    assert drafts_of(kindly, call["id"]) == [moved]


# 5. Monday she sends the yes to the architect's coffee on Thursday at 10am; Tuesday the architect writes back to
# settle where. Her enquiry had read as a client's, "Shall we meet at Case Study Coffee...?" reads as a coffee: kindly
# weighed it anew and drafted "I'm keeping my calendar for a few set priorities right now, so I'll pass."

NINAS_COFFEE = mail(
    "nina-1",
    NINA,
    "Pricing question",
    "Hi Dana,\n\nI run a three-person architecture firm. A friend said you help studios with pricing. Could we meet "
    "for coffee on Thursday, December 3 at 10am to talk about it?\n\nNina Shah\nShah Design Architecture\n",
    MONDAY.format(10),
)


def answer_to_the_yes(kindly: Kindly, box: Mailbox, smtp: SmtpServer, words: str) -> dict[str, Any]:
    """Nina's coffee said yes to and sent on Monday; her answer `words` on Tuesday: its record."""
    box.append(NINAS_COFFEE)
    [coffee] = synced(kindly)
    assert coffee["decision"] == "accept"
    yes = sent_reply(kindly, smtp, coffee["id"])
    assert "Thursday, December 3 at 10am works for me" in yes.get_content()
    box.append(
        mail(
            "nina-2",
            NINA,
            "Re: Pricing question",
            f"Hi Dana,\n\n{words}\n\nNina\n",
            TUESDAY.format(3),
            ("<nina-1@mail.example>", yes["Message-ID"]),
        )
    )
    [answer] = synced(kindly)
    return answer


def test_where_to_meet_after_the_yes_went_is_no_new_coffee_to_turn_down(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    box, smtp = week
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
    answer = answer_to_the_yes(
        kindly, box, smtp, "Great! Shall we meet at Case Study Coffee on Thursday, December 3 at 10am?"
    )
    assert answer["decision"] == "accept", answer["reason"]
    assert "the yes stands" in answer["reason"]
    assert json.loads(kindly("drafts", "--json").stdout) == []  # no "I'll pass" waiting to go


def test_a_pitch_after_the_yes_went_is_still_weighed_as_one(
    kindly: Kindly, week: tuple[Mailbox, SmtpServer]
) -> None:
    """The near miss: a sale in the same thread is a new ask, not the coffee said yes to."""
    box, smtp = week
    answer = answer_to_the_yes(
        kindly,
        box,
        smtp,
        "By the way, my husband sells PlanPro, a project management app for accountants. Could he show you a "
        "15-minute demo of PlanPro next week? It is $49 a month.",
    )
    assert (answer["intent"], answer["decision"]) == ("sales_pitch", "decline")
