"""A pasted DM from an app other than LinkedIn on the web page and through the API: answered in the app it came
from (the CLI side is tests/test_s16_dms.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient

DM = """\
Hi Dana - I run a small design studio in Austin and keep hearing your name for studio finances. Would you be
open to a call next week about cash-flow forecasting for us? We are 12 people.
"""


def pasted(sender: str, subject: str = "") -> str:
    top = f"From: {sender}\n" + (f"Subject: {subject}\n" if subject else "")
    return f"{top}Date: Wed, 25 Nov 2026 13:05:00 -0600\n\n{DM}"


def imported(api: TestClient, text: str) -> int:
    job = api.post("/api/imports/text", params={"wait": True}, json={"text": text}).json()
    assert job["state"] == "done", job
    [pk] = job["invitations"]
    return int(pk)


def test_the_page_shows_an_instagram_draft_as_one_to_paste_into_instagram(
    client: TestClient, user: str, token: str
) -> None:
    client.headers["Authorization"] = f"Bearer {token}"
    pk = imported(client, pasted("Pedro Almeida (Instagram @chef.pedroalmeida)", "Instagram DM"))
    draft = client.get(f"/api/invitations/{pk}/draft").json()
    assert draft["channel"] == "instagram" and draft["subject"] == ""
    page = client.get(f"/invitations/{pk}").text
    assert 'name="channel" value="instagram" checked' in page and 'name="channel" value="email"' in page
    assert 'name="channel" value="linkedin"' not in page  # it came from Instagram, not LinkedIn
    assert 'id="subject"' not in page
    approved = client.post(f"/api/invitations/{pk}/draft/approve")
    assert approved.status_code == 200, approved.text
    page = client.get(f"/invitations/{pk}").text
    assert "copy it into Instagram yourself" in page and "Download .eml" not in page


def test_the_api_writes_a_draft_again_for_an_app_and_refuses_an_unknown_one(api: TestClient) -> None:
    pk = imported(api, pasted("Marcus Reid (WhatsApp)"))
    mail = api.put(f"/api/invitations/{pk}/draft", json={"channel": "email"}).json()
    assert mail["channel"] == "email"
    again = api.put(f"/api/invitations/{pk}/draft", json={"channel": "whatsapp"}).json()
    assert again["channel"] == "whatsapp" and again["subject"] == "" and len(again["text"]) <= 600
    refused = api.put(f"/api/invitations/{pk}/draft", json={"channel": "fax"})
    assert refused.status_code == 400 and "unknown channel 'fax'" in refused.text
