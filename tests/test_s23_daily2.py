"""Dana's second week, round two (session 23): her own words that vanished from view, her words for a message
kindly now declines, a move to "next Tuesday", "neither Monday nor Wednesday", a sync that reads her calendar, and
an API that wrote over her words in another tone - through real Dovecot IMAP and loopback SMTP, on real SQLite."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from support import Kindly
from test_s22_days import ENQUIRY, drafts_of, page, synced, week
from test_s22_r2days import Week
from test_s22_r2edits import saved_on_the_page
from test_s23_daily import HER_YES, approved_yes_to_the_meetup, jo_answered_in_her_words, meetup, send_refused
from test_sync import dovecot, mailbox

__all__ = ["dovecot", "mailbox", "week"]


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
