"""The pages through FastAPI's test client: login, CSRF, forms with their errors, imports, untrusted content."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from kindly.profile import load_profile
from kindly.web.auth import set_password
from support import EXAMPLES
from web_support import FAST_SCRYPT, PASSWORD, UPLOAD_LIMIT, csrf_of

PAGES = ["/", "/overview", "/profile", "/directory", "/import", "/invitations/1", "/directory/1/edit"]

# A message whose subject, sender and body carry script payloads; the HTML part carries live markup.
HOSTILE = (
    b"From: \"<script>alert('from')</script>\" <mallory@evil.example>\r\n"
    b"To: dana@example.com\r\n"
    b"Subject: <script>alert('subject')</script> coffee? <img src=x onerror=alert(1)>\r\n"
    b"Message-ID: <hostile-1@evil.example>\r\n"
    b"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hi Dana, would you have time for a coffee next week to talk about bookkeeping for my studio?\r\n"
    b"<script>alert('body')</script> <img src=x onerror=alert(2)> "
    b'<a href="javascript:alert(3)">click me</a> javascript:alert(4)\r\n'
    b"Thanks, Mallory\r\n"
    b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Hi Dana, coffee?</p><script>alert('html')</script><img src=x onerror=alert(5)>"
    b'<a href="javascript:alert(6)">click</a><iframe src="javascript:alert(7)"></iframe>\r\n'
    b"--b--\r\n"
)


def import_file(client: TestClient, csrf: str, name: str, data: bytes) -> str:
    """Upload through the import form; returns the job page's HTML once the job has finished."""
    response = client.post("/import", data={"csrf_token": csrf}, files={"file": (name, data)})
    assert response.status_code == 303, response.text
    job_page = response.headers["location"]
    deadline = time.monotonic() + 30
    while True:
        status = client.get(job_page + "/status").text
        if "hx-get" not in status or time.monotonic() > deadline:
            return client.get(job_page).text
        time.sleep(0.05)


# -- login ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", PAGES)
def test_every_page_needs_a_login(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_htmx_requests_without_a_session_are_sent_to_the_login(client: TestClient) -> None:
    response = client.get("/import/x/status", headers={"HX-Request": "true"})
    assert response.status_code == 204 and response.headers["HX-Redirect"].startswith("/login")


def test_login_wrong_then_right_then_logout(client: TestClient) -> None:
    page = client.get("/login?next=/overview")
    csrf = csrf_of(page.text)
    wrong = client.post("/login", data={"password": "nope", "csrf_token": csrf, "next": "/overview"})
    assert wrong.status_code == 401 and "not the password" in wrong.text
    right = client.post("/login", data={"password": PASSWORD, "csrf_token": csrf, "next": "/overview"})
    assert right.status_code == 303 and right.headers["location"] == "/overview"
    assert client.get("/overview").status_code == 200
    csrf = csrf_of(client.get("/").text)
    assert client.post("/logout", data={"csrf_token": csrf}).status_code == 303
    assert client.get("/").status_code == 303


def test_login_never_redirects_off_site(client: TestClient) -> None:
    csrf = csrf_of(client.get("/login").text)
    response = client.post(
        "/login", data={"password": PASSWORD, "csrf_token": csrf, "next": "//evil.example/"}
    )
    assert response.headers["location"] == "/"


def test_session_cookie_is_httponly_and_lax(client: TestClient) -> None:
    csrf = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"password": PASSWORD, "csrf_token": csrf, "next": "/"})
    header = response.headers["set-cookie"].lower()
    assert header.startswith("kindly_session=")
    assert "httponly" in header and "samesite=lax" in header
    assert "secure" not in header  # served on 127.0.0.1: plain HTTP


def test_cookies_are_secure_off_localhost(web_home: Path) -> None:
    from kindly.web.settings import load_settings

    assert load_settings(web_home, host="0.0.0.0").https_only
    assert not load_settings(web_home, host="127.0.0.1").https_only


def test_changing_the_password_ends_sessions(client: TestClient, user: str, web_home: Path) -> None:
    assert client.get("/").status_code == 200
    set_password(web_home, "a different password", **FAST_SCRYPT)
    assert client.get("/").status_code == 303


def test_without_a_password_the_login_page_says_what_to_do(client: TestClient, web_home: Path) -> None:
    (web_home / "web.toml").unlink()
    page = client.get("/login")
    assert "kindly passwd" in page.text
    response = client.post("/login", data={"password": PASSWORD, "csrf_token": csrf_of(page.text)})
    assert response.status_code == 401


def test_too_many_wrong_passwords_are_refused_for_a_while(client: TestClient) -> None:
    csrf = csrf_of(client.get("/login").text)
    for _ in range(10):
        client.post("/login", data={"password": "wrong", "csrf_token": csrf})
    response = client.post("/login", data={"password": PASSWORD, "csrf_token": csrf})
    assert response.status_code == 401 and "Too many" in response.text


# -- CSRF and headers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/directory", "/profile", "/import", "/invitations/1/decision", "/invitations/1/draft", "/logout"],
)
def test_forms_without_the_csrf_token_are_refused(client: TestClient, user: str, path: str) -> None:
    response = client.post(path, data={"name": "x", "category": "y", "decision": "decline", "text": "x"})
    assert response.status_code == 403
    assert "expired" in response.text
    wrong = client.post(path, data={"csrf_token": "x" * 43}, headers={"X-CSRF-Token": "y" * 43})
    assert wrong.status_code == 403


def test_pages_forbid_scripts_from_anywhere_else(client: TestClient, user: str) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/htmx.min.js").text.startswith("/*! htmx 2.")


# -- pages ---------------------------------------------------------------------------------------------


def test_inbox_rows_and_filters(client: TestClient, user: str) -> None:
    page = client.get("/").text
    rows = re.findall(r'<a class="open" href="/invitations/(\d+)">', page)
    assert len(rows) > 20
    assert "Goal (fit)" in page and "What they ask" in page
    declined = client.get("/?decision=decline").text
    assert 'class="badge decline"' in declined and 'class="badge accept"' not in declined
    pitches = client.get("/?decision=all&intent=sales_pitch").text
    assert "sales pitch" in pitches


def test_invitation_page_shows_message_evidence_and_draft(client: TestClient, user: str) -> None:
    pk = re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=decline").text)[0]
    page = client.get(f"/invitations/{pk}").text
    for part in ("Their words", "Why: the evidence behind each score", "Goal fit", "The thread so far"):
        assert part in page
    assert '<textarea id="draft-text" name="text"' in page
    assert 'name="tone" value="formal"' in page and 'name="channel" value="linkedin"' in page


def test_quoted_history_is_folded(client: TestClient, user: str) -> None:
    pages = [client.get(f"/invitations/{pk}").text for pk in range(1, 12)]
    folded = [p for p in pages if "Quoted history" in p]
    assert folded and all("<details>" in p for p in folded)


def test_draft_edit_approve_and_download_through_the_page(client: TestClient, user: str) -> None:
    pk = re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=decline").text)[0]
    words = "Hi,\n\nThanks, but not for me.\n\nDana"
    saved = client.post(
        f"/invitations/{pk}/draft", data={"csrf_token": user, "text": words, "action": "save"}
    )
    assert saved.status_code == 303
    assert "Thanks, but not for me." in client.get(f"/invitations/{pk}").text
    partial = client.post(
        f"/invitations/{pk}/draft",
        data={"csrf_token": user, "text": words, "action": "approve"},
        headers={"HX-Request": "true"},
    )
    assert partial.status_code == 200 and partial.text.lstrip().startswith('<section class="card" id="draft"')
    assert "Download .eml" in partial.text
    assert "Save to IMAP Drafts" in partial.text  # a link to the outbox page (tests/web/test_outbox_page.py)
    eml = client.get(f"/invitations/{pk}/draft.eml")
    assert eml.status_code == 200 and b"Thanks, but not for me." in eml.content
    reopened = client.post(f"/invitations/{pk}/draft", data={"csrf_token": user, "action": "reopen"})
    assert reopened.status_code == 303


def test_tone_switch_recomposes(client: TestClient, user: str) -> None:
    pk = re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=decline").text)[0]
    before = client.get(f"/invitations/{pk}").text
    partial = client.post(
        f"/invitations/{pk}/draft/compose",
        data={"csrf_token": user, "tone": "brief", "channel": "email"},
        headers={"HX-Request": "true"},
    )
    assert partial.status_code == 200
    assert 'value="brief" checked' in partial.text

    def text_of(html: str) -> str:
        return html.split('name="text"', 1)[1].split("</textarea>", 1)[0]

    assert text_of(partial.text) != text_of(before)


def test_change_decision_and_correct_intent(client: TestClient, user: str) -> None:
    pk = re.findall(r'href="/invitations/(\d+)"', client.get("/?decision=accept").text)[0]
    response = client.post(f"/invitations/{pk}/decision", data={"csrf_token": user, "decision": "decline"})
    assert response.status_code == 303
    page = client.get(f"/invitations/{pk}").text
    assert "Decision set to decline" in page and "Set by you" in page
    bad = client.post(f"/invitations/{pk}/decision", data={"csrf_token": user, "decision": "perhaps"})
    assert bad.status_code == 400 and "Unknown decision" in bad.text


def test_profile_form_shows_errors_next_to_fields(client: TestClient, user: str, web_home: Path) -> None:
    before = (web_home / "profile.toml").read_text()
    form = client.get("/profile").text
    fields = dict(re.findall(r'name="([\w-]+)" type="(?:text|email)" value="([^"]*)"', form))
    fields.update(
        {"csrf_token": user, "user-email": "no address", "goals-0-priority": "11", "user-tone": "warm"}
    )
    response = client.post("/profile", data=fields)
    assert response.status_code == 422
    assert re.search(r'id="user-email"[^>]*aria-invalid="true"', response.text)
    assert '<p class="field-error" id="user-email-error">is not an e-mail address</p>' in response.text
    assert 'id="goals-0-priority-error"' in response.text
    assert "no address" in response.text  # what was typed stays in the form
    assert (web_home / "profile.toml").read_text() == before


def test_profile_form_adds_a_goal_and_redecides(client: TestClient, user: str, web_home: Path) -> None:
    form = client.get("/profile").text
    blank = max(int(i) for i in re.findall(r'name="goals-(\d+)-description"', form))
    add = client.post("/profile", data={"csrf_token": user, "add": "goals", **_form_fields(form)})
    assert f'name="goals-{blank + 1}-description"' in add.text  # one more empty row, nothing saved
    fields = _form_fields(form)
    fields.update(
        {
            "csrf_token": user,
            f"goals-{blank}-kind": "find_mentor",
            f"goals-{blank}-description": "A mentor who grew a finance practice",
            f"goals-{blank}-targets": "Mara Quint\npractice growth",
            f"goals-{blank}-priority": "2",
        }
    )
    response = client.post("/profile", data=fields)
    assert response.status_code == 303, response.text
    assert "Profile saved" in client.get("/profile").text
    profile = load_profile(web_home / "profile.toml")
    assert profile.goals[-1].description == "A mentor who grew a finance practice"
    assert profile.goals[-1].targets == ["Mara Quint", "practice growth"]
    assert len(profile.resources) == 4  # untouched sections survive the round trip


def _form_fields(html: str) -> dict[str, str]:
    """The values a browser would send for the profile form."""
    fields = dict(
        re.findall(r'<input id="[^"]+" name="([\w-]+)" type="(?:text|email)" value="([^"]*)"', html)
    )
    for name, body in re.findall(r'<textarea id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = body
    for name, options in re.findall(r'<select id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        fields[name] = chosen.group(1) if chosen else ""
    return {k: v.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") for k, v in fields.items()}


def test_directory_add_edit_search_remove(client: TestClient, user: str) -> None:
    missing = client.post("/directory", data={"csrf_token": user, "name": "", "category": ""})
    assert missing.status_code == 422 and 'id="name-error"' in missing.text
    added = client.post(
        "/directory",
        data={
            "csrf_token": user,
            "name": "Gordon Whitfield",
            "category": "financial planning",
            "contact": "g@e.example",
        },
    )
    assert added.status_code == 303
    page = client.get("/directory").text
    entry = re.search(r'href="/directory/(\d+)/edit"', page)
    assert entry and "Gordon Whitfield" in page
    pk = entry.group(1)
    assert "Best matches" in client.get("/directory?q=financial+planner").text
    edited = client.post(
        f"/directory/{pk}", data={"csrf_token": user, "name": "Gordon W.", "category": "pensions"}
    )
    assert edited.status_code == 303 and "Gordon W." in client.get("/directory").text
    removed = client.post(f"/directory/{pk}/remove", data={"csrf_token": user})
    assert (
        removed.status_code == 303 and "Gordon W." not in client.get("/directory").text.split("removed")[-1]
    )
    assert client.get(f"/directory/{pk}/edit").status_code == 404


def test_overview_draws_charts_on_the_server(client: TestClient, user: str) -> None:
    page = client.get("/overview").text
    assert page.count("<svg") == 3
    assert "Hours accepted against your budget" in page and "budget 4 h" in page
    assert "<script" not in page.split("</head>", 1)[1]


# -- imports -------------------------------------------------------------------------------------------


def test_import_page_uploads_and_reports(client: TestClient, user: str) -> None:
    page = import_file(client, user, "invitation.ics", (EXAMPLES / "invitation.ics").read_bytes())
    assert 'id="import-done"' in page and "Read 1" in page


def test_import_of_a_bad_file_says_why(client: TestClient, user: str) -> None:
    page = import_file(client, user, "notes.bin", b"\x00\x01 nothing kindly can read" * 10)
    assert 'id="import-error"' in page and "unknown format" in page and "notes.bin" in page


def test_import_with_nothing_chosen(client: TestClient, user: str) -> None:
    response = client.post("/import", data={"csrf_token": user, "text": "  "})
    assert response.status_code == 422 and "Choose a file or paste a message" in response.text


def test_import_over_the_limit_gets_a_clear_page(client: TestClient, user: str) -> None:
    big = b"x" * (UPLOAD_LIMIT + 100 * 1024)
    response = client.post("/import", data={"csrf_token": user}, files={"file": ("big.mbox", big)})
    assert response.status_code == 413
    assert "larger than the 1 MB limit" in response.text and "<html" in response.text


def test_pasted_text_import(client: TestClient, user: str) -> None:
    text = "From: Ola Berg <ola@berg.example>\nSubject: Intro?\n\nHi Dana, could we talk about bookkeeping for my studio?"
    response = client.post("/import", data={"csrf_token": user, "text": text})
    assert response.status_code == 303
    deadline = time.monotonic() + 30
    while (
        "hx-get" in client.get(response.headers["location"] + "/status").text and time.monotonic() < deadline
    ):
        time.sleep(0.05)
    assert "Ola Berg" in client.get("/?decision=all&q=berg").text


# -- untrusted content ---------------------------------------------------------------------------------


def test_hostile_message_renders_inert(client: TestClient, user: str, app: FastAPI) -> None:
    page = import_file(client, user, "hostile.eml", HOSTILE)
    assert 'id="import-done"' in page
    inbox = client.get("/?decision=all&q=evil.example").text
    found = re.findall(r'<a class="open" href="/invitations/(\d+)">', inbox)
    assert len(found) == 1, "the hostile message was not imported"
    assert "&lt;script&gt;alert(&#39;from&#39;)&lt;/script&gt;" in inbox
    for html in (inbox, client.get(f"/invitations/{found[0]}").text):
        body = html.split("</head>", 1)[1]
        assert "<script" not in body  # no script element from content (ours load in <head>)
        assert "<img" not in body and "<iframe" not in body
        assert "onerror=" not in re.sub(r"&lt;.*?&gt;", "", body)  # only ever inside escaped text
        assert 'href="javascript:' not in body and "href='javascript:" not in body
    detail = client.get(f"/invitations/{found[0]}").text
    assert "&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;" in detail  # shown, as text
    assert "&lt;img src=x onerror=alert(2)&gt;" in detail
    assert "javascript:alert(4)" in detail  # as plain text, not a link


def test_profile_form_sets_how_drafts_write_dates(client: TestClient, user: str, web_home: Path) -> None:
    form = client.get("/profile").text
    assert 'name="user-date_style"' in form and "Friday, November 6 at 2:30 pm" in form
    fields = _form_fields(form)
    assert fields["user-date_style"] == "us"  # the example profile's
    fields.update({"csrf_token": user, "user-date_style": "international"})
    response = client.post("/profile", data=fields)
    assert response.status_code == 303, response.text
    assert load_profile(web_home / "profile.toml").user.date_style == "international"
    assert '<option value="international" selected>' in client.get("/profile").text


def test_profile_form_sets_holidays_and_days_off(client: TestClient, user: str, web_home: Path) -> None:
    fields = _form_fields(client.get("/profile").text)
    assert fields["user-holidays"] == "US-OR"  # the example profile's
    fields.update(
        {"csrf_token": user, "user-holidays": "gb-sct", "user-days_off": "2026-12-24/2027-01-01\n2027-02-12"}
    )
    assert client.post("/profile", data=fields).status_code == 303
    saved = load_profile(web_home / "profile.toml").user
    assert (saved.holidays, saved.days_off) == ("GB-SCT", ["2026-12-24/2027-01-01", "2027-02-12"])

    fields.update({"user-days_off": "after Christmas"})
    page = client.post("/profile", data=fields)
    assert page.status_code == 422  # shown again with the reason next to the field; nothing saved
    assert "&#39;after Christmas&#39; is not a day" in page.text
    assert load_profile(web_home / "profile.toml").user.days_off == ["2026-12-24/2027-01-01", "2027-02-12"]


def test_profile_form_keeps_and_edits_the_answers(client: TestClient, user: str, web_home: Path) -> None:
    fields = _form_fields(client.get("/profile").text)
    assert "Xero" in fields["answers-1-about"]  # the example profile's, one word a line
    fields.update({"csrf_token": user, "user-tone": "formal"})  # an unrelated change keeps every answer
    assert client.post("/profile", data=fields).status_code == 303
    saved = load_profile(web_home / "profile.toml")
    assert saved.user.tone == "formal" and len(saved.answers) == 4
    fields.update({"answers-1-about": "Xero\nNetSuite", "answers-1-answer": "I work in Xero and NetSuite."})
    assert client.post("/profile", data=fields).status_code == 303
    edited = load_profile(web_home / "profile.toml").answers[1]
    assert (edited.about, edited.answer) == (["Xero", "NetSuite"], "I work in Xero and NetSuite.")
