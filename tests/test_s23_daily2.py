"""Dana's second week, round two (session 23): her own words that vanished from view, her words for a message
kindly now declines, a move to "next Tuesday", "neither Monday nor Wednesday", a sync that reads her calendar, and
an API that wrote over her words in another tone - through real Dovecot IMAP and loopback SMTP, on real SQLite."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import pytest

from support import Kindly
from test_caldav import PASSWORD, USER, Server, radicale
from test_s22_days import ENQUIRY, drafts_of, page, synced, week
from test_s22_r2days import Week
from test_s22_r2edits import saved_on_the_page
from test_s23_daily import (
    HER_YES,
    approved_yes_to_the_meetup,
    jo_answered_in_her_words,
    meetup,
    send_refused,
)
from test_sync import dovecot, mailbox

__all__ = ["dovecot", "mailbox", "radicale", "week"]


# 4. Jo offered nothing that suits: "Neither Monday nor Wednesday suits me" - kindly's next yes offered them again.


@pytest.mark.parametrize(
    ("words", "turned_down"),
    [
        pytest.param(
            "Neither Monday nor Wednesday suits me, sorry.", True, id="neither-monday-nor-wednesday"
        ),
        pytest.param("Neither Monday at 10 nor Wednesday really works.", True, id="neither-with-hours"),
        pytest.param(
            "neither the 7th nor the 9th is possible for me", True, id="neither-the-7th-nor-the-9th"
        ),
        pytest.param("Neither my partner nor I mind - Monday works.", False, id="neither-she-nor-i-mind"),
        pytest.param("Neither Monday nor Wednesday: I'll be in Lisbon.", False, id="no-word-of-fit"),
        pytest.param("Monday suits me - neither of us needs long.", False, id="neither-of-us"),
    ],
)
def test_neither_of_two_named_days_turns_the_offered_times_down(words: str, turned_down: bool) -> None:
    from kindly.turned_down import turns_them_down

    assert turns_them_down(words) is turned_down


# 7. On Tuesday a script of hers asked the API for Jo's draft in a formal tone: her saved words were gone, unasked.


@pytest.mark.parametrize(
    "body",
    [
        pytest.param({"tone": "formal"}, id="another-tone"),
        pytest.param({"channel": "linkedin"}, id="another-channel"),
    ],
)
def test_the_api_asks_before_it_writes_her_saved_words_again_in_a_tone(
    kindly: Kindly, week: Week, body: dict[str, str]
) -> None:
    enquiry = jo_answered_in_her_words(kindly, week)
    for api, auth in page(kindly):
        refused = api.put(f"/api/invitations/{enquiry['id']}/draft", headers=auth, json=body)
        assert refused.status_code == 409
        assert "holds words you saved" in refused.json()["error"]["message"]
        assert [d["text"] for d in drafts_of(kindly, enquiry["id"])] == [HER_YES + "\n"]

        replaced = api.put(
            f"/api/invitations/{enquiry['id']}/draft", headers=auth, json={**body, "replace_edited": True}
        )
        assert replaced.status_code == 200, replaced.text
    assert [d["text"] for d in drafts_of(kindly, enquiry["id"])] != [HER_YES + "\n"]


def test_the_api_writes_kindlys_own_draft_again_in_a_tone_without_asking(kindly: Kindly, week: Week) -> None:
    """The near miss: a draft she never edited is kindly's to write again; new text of hers needs no asking."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    for api, auth in page(kindly):
        formal = api.put(f"/api/invitations/{enquiry['id']}/draft", headers=auth, json={"tone": "formal"})
        assert formal.status_code == 200, formal.text
    saved_on_the_page(kindly, enquiry["id"], HER_YES)
    for api, auth in page(kindly):
        words = api.put(f"/api/invitations/{enquiry['id']}/draft", headers=auth, json={"text": HER_YES + " "})
        assert words.status_code == 200, words.text


# 6. Wednesday she opened the outbox of her approved yes to Kate's meetup, cancelled since: the page told her to run
# `kindly drafts discard 3` - a terminal she had not open - though the page can discard it itself.


@contextmanager
def signed_in(kindly: Kindly) -> Iterator[tuple[Any, str]]:
    """Dana's page, signed in: the client and its CSRF token."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from web_support import FAST_SCRYPT, PASSWORD, log_in, set_password

    set_password(kindly.home, PASSWORD, **FAST_SCRYPT)
    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        yield client, log_in(client)


def test_the_outbox_page_offers_its_own_discard_for_a_reply_that_no_longer_fits(
    kindly: Kindly, week: Week
) -> None:
    yes = approved_yes_to_the_meetup(kindly)
    meetup(kindly, "cancel", "CANCEL")
    with signed_in(kindly) as (client, csrf):
        shown = " ".join(client.get(f"/invitations/{yes['message_pk']}/outbox").text.split())
        assert "but its event was cancelled since: discard it with the Discard button below" in shown
        assert "kindly drafts discard" not in shown and "kindly serve" not in shown
        assert f'action="/invitations/{yes["message_pk"]}/outbox/discard"' in shown
        done = client.post(f"/invitations/{yes['message_pk']}/outbox/discard", data={"csrf_token": csrf})
        assert done.status_code == 303
    assert json.loads(kindly("drafts", "--json").stdout) == []
    assert send_refused(kindly, yes["id"])  # nothing left to send


def test_the_outbox_page_of_a_reply_still_on_offers_no_discard(kindly: Kindly, week: Week) -> None:
    """The near miss: an approved yes to an event still on is there to send, not to discard."""
    yes = approved_yes_to_the_meetup(kindly)
    with signed_in(kindly) as (client, _csrf):
        shown = client.get(f"/invitations/{yes['message_pk']}/outbox").text
    assert "/outbox/discard" not in shown and "Save to IMAP Drafts" in shown


# 1. Kate cancelled the meetup Dana had answered in her own words: the CANCEL discarded the draft, and `kindly
# drafts --all` listed nothing of it - her words were nowhere to read.

HER_MEETUP_YES = (
    "Hi Kate,\n\nI'd love to come - I'll bring two colleagues from the studio if that's all right.\n\nDana"
)


def listed_discarded(kindly: Kindly, message_pk: int) -> list[dict[str, Any]]:
    listed = json.loads(kindly("drafts", "--all", "--json").stdout)
    return [d for d in listed if d["message_pk"] == message_pk and d["status"] == "discarded"]


def shown(kindly: Kindly, draft_id: int) -> str:
    result = kindly("drafts", "show", str(draft_id))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_her_words_for_a_cancelled_event_stay_listed_and_readable(kindly: Kindly, week: Week) -> None:
    invitation = meetup(kindly, "invite")
    saved_on_the_page(kindly, invitation["id"], HER_MEETUP_YES)
    meetup(kindly, "cancel", "CANCEL")

    [gone] = listed_discarded(kindly, invitation["id"])
    assert gone["why_discarded"] == "its event was cancelled"
    assert "discarded:" in kindly("drafts", "--all").stdout  # the table says why, wrapped to its width
    assert "I'll bring two colleagues from the studio" in shown(kindly, gone["id"])
    assert "discarded: its event was cancelled" in shown(kindly, gone["id"])
    assert json.loads(kindly("drafts", "--json").stdout) == []  # nothing of it may leave


def test_her_words_she_discarded_or_had_replaced_stay_listed_with_why(kindly: Kindly, week: Week) -> None:
    enquiry = jo_answered_in_her_words(kindly, week)
    for api, auth in page(kindly):
        put = api.put(
            f"/api/invitations/{enquiry['id']}/decision",
            headers=auth,
            json={"decision": "decline", "replace_edited": True},
        )
        assert put.status_code == 200, put.text
    [replaced] = listed_discarded(kindly, enquiry["id"])
    assert replaced["why_discarded"] == "replaced by kindly's draft, at your asking"
    assert HER_YES.splitlines()[2] in shown(kindly, replaced["id"])

    saved_on_the_page(kindly, enquiry["id"], HER_YES)
    [mine] = drafts_of(kindly, enquiry["id"])
    assert kindly("drafts", "discard", str(mine["id"])).exit_code == 0
    whys = {d["id"]: d["why_discarded"] for d in listed_discarded(kindly, enquiry["id"])}
    assert whys == {replaced["id"]: replaced["why_discarded"], mine["id"]: "discarded by you"}


def test_kindlys_own_words_written_again_leave_nothing_discarded(kindly: Kindly, week: Week) -> None:
    """The near miss: a draft in kindly's words, decided again, is rewritten in place - nothing of hers is lost."""
    box, _smtp = week
    box.append(ENQUIRY)
    [enquiry] = synced(kindly)
    for api, auth in page(kindly):
        put = api.put(
            f"/api/invitations/{enquiry['id']}/decision", headers=auth, json={"decision": "decline"}
        )
        assert put.status_code == 200, put.text
    assert listed_discarded(kindly, enquiry["id"]) == []
    assert [d["decision"] for d in drafts_of(kindly, enquiry["id"])] == ["decline"]


# 2. Wednesday kindly decided Jo's enquiry again (a sales pitch after all): it now declines it - and `kindly send`
# sent the yes Dana had written for it on Monday, without a word.


def jo_now_declined(kindly: Kindly, week: Week) -> dict[str, Any]:
    """Her own yes saved for Jo, then the enquiry decided again: kindly declines it - her draft's record."""
    enquiry = jo_answered_in_her_words(kindly, week)
    fixed = kindly("correct", str(enquiry["id"]), "--intent", "sales_pitch")
    assert fixed.exit_code == 0, fixed.output
    [kept] = drafts_of(kindly, enquiry["id"])
    return kept


def test_her_yes_to_a_message_kindly_now_declines_leaves_only_as_she_says(kindly: Kindly, week: Week) -> None:
    kept = jo_now_declined(kindly, week)
    assert kept["text"] == HER_YES + "\n" and kept["declined"].startswith(
        f"kindly now declines message {kept['message_pk']}"
    )
    listing = kindly("drafts")
    assert "accept (now declined)" in " ".join(listing.stdout.split())
    assert "your words leave only with --as-written" in " ".join(listing.stderr.split())

    refused = send_refused(kindly, kept["id"])
    assert "holds your own words, written for accept, but kindly now declines" in refused
    exported = kindly("drafts", "export", "--dir", str(kindly.home / "out"))
    assert "skipped draft" in " ".join(exported.stderr.split()) and not (kindly.home / "out").exists()
    assert week[1].inbox.received() == []

    sent = kindly("send", str(kept["id"]), "--yes", "--as-written")
    assert sent.exit_code == 0, sent.output
    [mail] = week[1].inbox.received()
    assert "I'll call you on Monday, December 7 at 10:00 am." in mail.get_content()


def test_the_outbox_page_sends_her_yes_kindly_now_declines_only_with_the_box_ticked(
    kindly: Kindly, week: Week
) -> None:
    kept = jo_now_declined(kindly, week)
    for api, auth in page(kindly):
        assert (
            api.post(f"/api/invitations/{kept['message_pk']}/draft/approve", headers=auth).status_code == 200
        )
    with signed_in(kindly) as (client, _csrf):
        shown = " ".join(client.get(f"/invitations/{kept['message_pk']}/outbox").text.split())
    assert "but kindly now declines message" in shown and "--as-written" not in shown
    assert 'name="despite_taken" value="yes" required' in shown and "Let it go as I wrote it" in shown


def test_her_own_no_to_a_message_kindly_now_declines_goes_as_written(kindly: Kindly, week: Week) -> None:
    """The near miss: words that already say no need no say of hers when kindly comes to decline too."""
    words = "Hi Jo,\n\nThank you for thinking of me - I'm fully booked this season, so I'll pass.\n\nDana"
    enquiry = jo_answered_in_her_words(kindly, week)
    for api, auth in page(kindly):
        put = api.put(
            f"/api/invitations/{enquiry['id']}/decision",
            headers=auth,
            json={"decision": "decline", "replace_edited": True},
        )
        assert put.status_code == 200, put.text
    saved_on_the_page(kindly, enquiry["id"], words)
    assert kindly("correct", str(enquiry["id"]), "--intent", "sales_pitch").exit_code == 0
    [kept] = drafts_of(kindly, enquiry["id"])
    assert (kept["decision"], kept["declined"]) == ("decline", "")
    assert kindly("send", str(kept["id"]), "--yes").exit_code == 0


# 5. Tuesday the dentist moved into Monday at 9:30 on her calendar server - the [calendar] of her config.toml.
# `kindly sync`, her daily command, read no calendar: only a `kindly triage` ever noticed the time her words offer.


@pytest.mark.parametrize(
    ("calendar", "dentist_at", "taken"),
    [
        pytest.param("busy-at-ten", datetime(2026, 12, 7, 9, 30), True, id="the-dentist-overlaps-her-time"),
        pytest.param("free-at-ten", datetime(2026, 12, 7, 13, 0), False, id="the-dentist-after-lunch"),
    ],
)
def test_sync_reads_her_calendar_server_for_the_times_her_own_words_offer(
    kindly: Kindly,
    week: Week,
    radicale: Server,
    monkeypatch: pytest.MonkeyPatch,
    calendar: str,
    dentist_at: datetime,
    taken: bool,
) -> None:
    from caldav.davclient import DAVClient

    enquiry = jo_answered_in_her_words(kindly, week)
    start = dentist_at.astimezone()  # her clock: this machine's, as her profile names none
    with DAVClient(url=radicale.url, username=USER, password=PASSWORD, enable_rfc6764=False) as client:
        server_calendar = client.principal().make_calendar(name=calendar, cal_id=calendar)
        server_calendar.save_event(
            dtstart=start,
            dtend=start + timedelta(hours=1, minutes=30),
            summary="Dentist",
            uid=f"{calendar}@dana",
        )
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)  # the server is on this machine
    monkeypatch.setenv("TEST_CALDAV_PASSWORD", PASSWORD)
    config = kindly.home / "config.toml"
    config.write_text(
        config.read_text()
        + f'\n[calendar]\ncaldav_url = "{radicale.calendar_url(calendar)}"\nuser = "{USER}"\n'
        'password_env = "TEST_CALDAV_PASSWORD"\n'
    )

    synced(kindly)  # no new mail: her calendar is read all the same
    [kept] = drafts_of(kindly, enquiry["id"])
    assert kept["taken"] == (["Monday, December 7 at 10:00 am (busy in your calendar)"] if taken else [])
