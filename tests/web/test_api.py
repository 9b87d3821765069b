"""The REST API through FastAPI's test client, on a real SQLite file with the real migrations."""

from __future__ import annotations

import email
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from kindly.profile import load_profile
from support import EXAMPLES
from web_support import UPLOAD_LIMIT


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body["error"])


def first(api: TestClient, **params: str) -> dict[str, Any]:
    items = api.get("/api/invitations", params=params).json()["items"]
    assert items, f"no invitation for {params}"
    return dict(items[0])


# -- authentication and the error shape ----------------------------------------------------------------


def test_invitations_without_a_token_answer_401(client: TestClient) -> None:
    response = client.get("/api/invitations")
    assert_error(response, 401, "unauthorized")
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Bearer kly_not-a-real-token", id="unknown-token"),
        pytest.param("Bearer ", id="empty"),
        pytest.param("Basic dXNlcjpwYXNz", id="basic-auth"),
    ],
)
def test_invalid_tokens_answer_401(client: TestClient, header: str) -> None:
    assert_error(client.get("/api/invitations", headers={"Authorization": header}), 401, "unauthorized")


def test_a_page_session_is_no_api_token(client: TestClient, user: str) -> None:
    assert_error(client.get("/api/invitations"), 401, "unauthorized")


def test_a_revoked_token_is_refused(api: TestClient, app: Any) -> None:
    from kindly.web.auth import list_tokens, revoke_token

    assert api.get("/api/invitations").status_code == 200
    [info] = list_tokens(app.state.kindly.sessions)
    assert info.last_used_at is not None
    assert revoke_token(app.state.kindly.sessions, info.id)
    assert_error(api.get("/api/invitations"), 401, "unauthorized")


def test_errors_share_one_shape(api: TestClient) -> None:
    assert_error(api.get("/api/invitations/999999"), 404, "not_found")
    assert_error(api.get("/api/nothing-here"), 404, "not_found")
    invalid = assert_error(api.put("/api/invitations/1/decision", json={"decision": "maybe"}), 422, "invalid")
    assert any(d["field"].endswith("decision") for d in invalid["details"])
    assert_error(api.get("/api/invitations", params={"limit": 0}), 422, "invalid")
    assert_error(api.delete("/api/invitations"), 405, "method_not_allowed")


def test_openapi_schema_lists_the_operations_with_separate_models(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/invitations",
        "/api/invitations/{pk}",
        "/api/invitations/{pk}/decision",
        "/api/invitations/{pk}/draft",
        "/api/invitations/{pk}/draft/approve",
        "/api/profile",
        "/api/directory",
        "/api/directory/{entry_id}",
        "/api/imports",
    ):
        assert path in paths, path
    models = schema["components"]["schemas"]
    for name in (
        "DecisionIn",
        "DraftIn",
        "DraftOut",
        "InvitationOut",
        "DirectoryEntryIn",
        "DirectoryEntryOut",
        "ErrorOut",
    ):
        assert name in models, name
    assert "HTTPBearer" in schema["components"]["securitySchemes"]
    assert not any(p.startswith("/invitations") or p == "/login" for p in paths), "pages stay out of the API"


# -- invitations ---------------------------------------------------------------------------------------


def test_list_is_newest_first_and_filters(api: TestClient) -> None:
    body = api.get("/api/invitations", params={"limit": 500}).json()
    items = body["items"]
    assert body["total"] == len(items) > 20
    assert all(item["decision"] != "ignore" for item in items)
    dates = [item["date"] for item in items if item["date"]]
    assert dates == sorted(dates, reverse=True)
    everything = api.get("/api/invitations", params={"include_ignored": True, "limit": 500}).json()
    assert everything["total"] > body["total"]
    declined = api.get("/api/invitations", params={"decision": "decline"}).json()["items"]
    assert declined and {item["decision"] for item in declined} == {"decline"}
    pitches = api.get("/api/invitations", params={"intent": "sales_pitch", "include_ignored": True}).json()[
        "items"
    ]
    assert pitches and {item["intent"] for item in pitches} == {"sales_pitch"}
    page = api.get("/api/invitations", params={"limit": 5, "offset": 5}).json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in items[5:10]]
    assert all(set(item) >= {"sender", "ask", "goal", "decision", "reason"} for item in items)


def test_one_invitation_carries_its_evidence(api: TestClient) -> None:
    summary = first(api, decision="accept")
    detail = api.get(f"/api/invitations/{summary['id']}").json()
    analysis = detail["analysis"]
    assert analysis["decision"] == "accept"
    assert analysis["intent_scores"] and analysis["understanding_evidence"]
    assert analysis["fits"] and all("evidence" in fit for fit in analysis["fits"])
    assert analysis["goal"]["fit"] >= 0.3
    assert detail["own_text"]
    assert detail["draft"]["status"] == "pending" and detail["draft"]["text"]


def test_set_decision_keeps_it_and_drafts_for_it(api: TestClient) -> None:
    target = first(api, decision="accept")
    body = api.put(f"/api/invitations/{target['id']}/decision", json={"decision": "decline"}).json()
    assert body["analysis"]["decision"] == "decline"
    assert body["analysis"]["reason_code"] == "set_by_you"
    assert body["analysis"]["reason"].startswith("Set by you (kindly said accept")
    assert body["draft"]["decision"] == "decline"
    assert "honest_reason" in body["draft"]["steps"]
    ignored = api.put(f"/api/invitations/{target['id']}/decision", json={"decision": "ignore"}).json()
    assert ignored["draft"] is None


def test_edit_recompose_approve_and_export_a_draft(api: TestClient) -> None:
    target = first(api, decision="decline")
    pk = target["id"]
    original = api.get(f"/api/invitations/{pk}/draft").json()
    formal = api.put(f"/api/invitations/{pk}/draft", json={"tone": "formal"}).json()
    assert formal["status"] == "pending" and formal["text"] != original["text"]
    linkedin = api.put(f"/api/invitations/{pk}/draft", json={"channel": "linkedin"}).json()
    assert linkedin["channel"] == "linkedin" and len(linkedin["text"]) <= 600
    words = "Hello,\n\nThank you, but this is not for me right now.\n\nDana"
    edited = api.put(f"/api/invitations/{pk}/draft", json={"text": words, "channel": "email"}).json()
    assert edited["text"].strip() == words and edited["channel"] == "email"
    assert_error(api.get(f"/api/invitations/{pk}/draft.eml"), 409, "conflict")  # not approved yet
    approved = api.post(f"/api/invitations/{pk}/draft/approve").json()
    assert approved["status"] == "approved"
    assert_error(api.put(f"/api/invitations/{pk}/draft", json={"text": "again"}), 409, "conflict")
    response = api.get(f"/api/invitations/{pk}/draft.eml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("message/rfc822")
    assert "attachment" in response.headers["content-disposition"]
    message = email.message_from_bytes(response.content, policy=policy.default)
    detail = api.get(f"/api/invitations/{pk}").json()
    assert detail["sender_address"] in str(message["To"])
    assert str(message["From"]).endswith("<dana@example.com>")
    assert str(message["Subject"]).startswith("Re:")
    body = message.get_body(("plain",))
    assert body is not None and "not for me right now" in body.get_content()


def test_approve_with_final_words(api: TestClient) -> None:
    pk = first(api, decision="ask_details")["id"]
    approved = api.post(
        f"/api/invitations/{pk}/draft/approve", json={"text": "Hi,\n\nWhat is it about?\n\nDana"}
    )
    assert approved.json()["status"] == "approved"
    assert "What is it about?" in approved.json()["text"]


def test_correct_intent(api: TestClient) -> None:
    pk = first(api, intent="sales_pitch")["id"]
    body = api.put(f"/api/invitations/{pk}/intent", json={"intent": "client_inquiry", "purpose_clear": True})
    assert body.status_code == 200, body.text
    analysis = body.json()["analysis"]
    assert analysis["intent"] == "client_inquiry"
    assert any("correct" in line for line in analysis["understanding_evidence"])


# -- profile -------------------------------------------------------------------------------------------


def test_profile_get_and_put_redecides(api: TestClient, web_home: Path) -> None:
    profile = api.get("/api/profile").json()["profile"]
    assert profile["user"]["name"] == "Dana Reyes"
    profile["goals"].append(
        {
            "kind": "find_mentor",
            "description": "A mentor in studio finance",
            "targets": ["Mara Quint"],
            "priority": 2,
        }
    )
    profile["user"]["weekly_networking_hours"] = 1
    saved = api.put("/api/profile", json=profile)
    assert saved.status_code == 200, saved.text
    assert isinstance(saved.json()["redecided"], int) and saved.json()["redecided"] > 0
    on_disk = load_profile(web_home / "profile.toml")
    assert on_disk.goals[-1].description == "A mentor in studio finance"
    assert on_disk.user.weekly_networking_hours == 1
    assert (web_home / "profile.toml.bak").exists()


def test_invalid_profile_is_refused_and_nothing_written(api: TestClient, web_home: Path) -> None:
    before = (web_home / "profile.toml").read_text()
    profile = api.get("/api/profile").json()["profile"]
    profile["user"]["email"] = "not an address"
    profile["goals"][0]["priority"] = 99
    error = assert_error(api.put("/api/profile", json=profile), 422, "invalid")
    fields = {d["field"] for d in error["details"]}
    assert "body.user.email" in fields and "body.goals.0.priority" in fields
    assert (web_home / "profile.toml").read_text() == before


# -- directory -----------------------------------------------------------------------------------------


def test_directory_crud_and_search(api: TestClient) -> None:
    made = api.post(
        "/api/directory",
        json={
            "name": "Gordon Whitfield",
            "category": "financial planning",
            "contact": "gordon@evergreen.example",
        },
    )
    assert made.status_code == 201
    gordon = made.json()
    api.post("/api/directory", json={"name": "Kayla Moss", "category": "web design"})
    assert [e["name"] for e in api.get("/api/directory").json()] == ["Gordon Whitfield", "Kayla Moss"]
    ranked = api.get("/api/directory", params={"q": "a financial planner for a freelancer"}).json()
    assert ranked[0]["name"] == "Gordon Whitfield" and ranked[0]["score"] > 0.5 and ranked[0]["why"]
    changed = api.put(
        f"/api/directory/{gordon['id']}",
        json={"name": "Gordon Whitfield", "category": "retirement planning", "organisation": "Evergreen"},
    ).json()
    assert changed["category"] == "retirement planning" and changed["organisation"] == "Evergreen"
    assert api.delete(f"/api/directory/{gordon['id']}").status_code == 204
    assert_error(api.get(f"/api/directory/{gordon['id']}"), 404, "not_found")
    assert_error(api.delete(f"/api/directory/{gordon['id']}"), 404, "not_found")
    assert_error(api.post("/api/directory", json={"name": "", "category": "x"}), 422, "invalid")


# -- imports -------------------------------------------------------------------------------------------


def wait_for(api: TestClient, job: dict[str, Any]) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while job["state"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = api.get(f"/api/imports/{job['id']}").json()
    return job


def test_import_a_calendar_file(api: TestClient) -> None:
    with (EXAMPLES / "invitation.ics").open("rb") as handle:
        response = api.post("/api/imports", files={"file": ("invite.ics", handle, "text/calendar")})
    assert response.status_code == 202
    job = wait_for(api, response.json())
    assert job["state"] == "done", job
    assert job["format"] == "ics"
    assert job["summary"]["read"] == 1 and job["summary"]["duplicates"] == 1  # triaged already by the fixture


def test_import_pasted_text_and_wait(api: TestClient) -> None:
    text = (
        "From: Mara Quint <mara@quint.example>\nSubject: Coffee about studio finance?\n\n"
        "Hi Dana, I run a small design studio and would love a coffee to talk about monthly bookkeeping. "
        "Would next Tuesday work?\n\nMara"
    )
    job = api.post("/api/imports/text", params={"wait": True}, json={"text": text}).json()
    assert job["state"] == "done" and job["summary"]["new"] == 1
    [pk] = job["invitations"]
    detail = api.get(f"/api/invitations/{pk}").json()
    assert detail["sender_address"] == "mara@quint.example"
    assert detail["source"].startswith("upload ")  # not the temporary file's path


def test_import_of_a_bad_file_fails_with_a_clear_message(api: TestClient) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(300)
    response = api.post("/api/imports", files={"file": ("photo.png", png)})
    error = assert_error(response, 422, "unreadable")
    assert "unknown format" in error["message"] and "photo.png" in error["message"]


def test_import_over_the_size_limit_answers_413(api: TestClient) -> None:
    big = b"From: a@example.org\nSubject: big\n\n" + b"x" * (UPLOAD_LIMIT + 100 * 1024)
    error = assert_error(api.post("/api/imports", files={"file": ("big.eml", big)}), 413, "too_large")
    assert "1 MB" in error["message"]


def test_import_needs_a_file(api: TestClient) -> None:
    assert_error(api.post("/api/imports"), 422, "invalid")


def test_a_chunked_upload_is_cut_off_at_the_limit(api: TestClient) -> None:
    def body() -> Iterator[bytes]:  # no Content-Length: the limit is counted as the bytes arrive
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.mbox"\r\n\r\n'
        for _ in range(40):
            yield b"x" * 64 * 1024
        yield b"\r\n--b--\r\n"

    response = api.post(
        "/api/imports", content=body(), headers={"Content-Type": "multipart/form-data; boundary=b"}
    )
    assert_error(response, 413, "too_large")
