"""Words Dana saved in a draft are hers (session 22): deciding the message again - the next sync after she edits her
profile, a decision she set by hand redrafted under a new profile - kept kindly's draft only in a login's memory, and
wrote her edit over. Real Dovecot IMAP, loopback SMTP, the web page and the API, a real SQLite file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindly.web.auth import set_password
from support import EXAMPLE_PROFILE_FILE, Kindly, triaged_one
from test_s22_days import SARA, drafts_of, page, synced, to_new_york, week
from test_s22_r2days import PITCH, Week, decision_of, set_on_the_page
from test_sync import dovecot, mailbox
from web_support import FAST_SCRYPT, PASSWORD, log_in

__all__ = ["dovecot", "mailbox", "week"]

HER_WORDS = "Hi Sara,\n\nThank you! I'll call you on Thursday at noon myself.\n\nDana"


def saved_on_the_page(kindly: Kindly, pk: int, text: str) -> None:
    """Dana types `text` into the draft editor of invitation `pk` and presses Save."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings

    set_password(kindly.home, PASSWORD, **FAST_SCRYPT)
    with TestClient(create_app(load_settings(kindly.home)), follow_redirects=False) as client:
        csrf = log_in(client)
        saved = client.post(
            f"/invitations/{pk}/draft", data={"text": text, "action": "save", "csrf_token": csrf}
        )
        assert saved.status_code in (200, 303), saved.text


def evidence_of(kindly: Kindly, pk: int) -> list[str]:
    for api, auth in page(kindly):
        shown: dict[str, Any] = api.get(f"/api/invitations/{pk}", headers=auth).json()
    return list(shown["analysis"]["decision_evidence"])


def sara_synced(kindly: Kindly, week: Week) -> dict[str, Any]:
    """Monday: Sara's call, synced from Dana's IMAP box - its record."""
    box, _smtp = week
    box.append(SARA)
    [call] = synced(kindly)
    return call


def friday_in_new_york(kindly: Kindly, monkeypatch: pytest.MonkeyPatch) -> None:
    """Friday: Dana has moved her profile's clock to New York."""
    monkeypatch.setenv("KINDLY_NOW", "2026-12-04T08:00-08:00")
    to_new_york(kindly)


def test_words_saved_on_the_page_survive_a_profile_edit_and_the_next_sync(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = sara_synced(kindly, week)
    saved_on_the_page(kindly, call["id"], HER_WORDS)
    [edited] = drafts_of(kindly, call["id"])
    assert edited["text"] == HER_WORDS + "\n"

    friday_in_new_york(kindly, monkeypatch)
    result = kindly("sync")
    assert result.exit_code == 0, result.output
    assert "open invitations decided again 1" in " ".join(result.stderr.split())  # decided again all the same

    [kept] = drafts_of(kindly, call["id"])
    assert (kept["id"], kept["status"], kept["text"]) == (edited["id"], "pending", HER_WORDS + "\n")
    assert any(line.startswith("your edited draft was kept") for line in evidence_of(kindly, call["id"]))
    again = kindly("sync")  # nothing changed since: nothing decided again
    assert "decided again" not in again.stderr and drafts_of(kindly, call["id"]) == [kept]


def test_a_draft_she_did_not_edit_still_follows_her_new_clock(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: kindly's own words are written again for the profile she has now."""
    call = sara_synced(kindly, week)
    [waiting] = drafts_of(kindly, call["id"])

    friday_in_new_york(kindly, monkeypatch)
    assert kindly("sync").exit_code == 0

    [moved] = drafts_of(kindly, call["id"])
    assert moved["id"] == waiting["id"] and "(8:00 am your time)" in moved["text"]
    assert not any(line.startswith("your edited draft was kept") for line in evidence_of(kindly, call["id"]))


def test_words_saved_through_the_api_for_a_decision_set_by_hand_survive_a_profile_edit(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    box, _smtp = week
    box.append(PITCH)
    [pitch] = synced(kindly)
    set_on_the_page(kindly, pitch["id"], "accept")
    words = "Hi Gary,\n\nHappy to meet. Send me a time next week that suits you.\n\nDana"
    for api, auth in page(kindly):
        put = api.put(f"/api/invitations/{pitch['id']}/draft", headers=auth, json={"text": words})
        assert put.status_code == 200, put.text

    friday_in_new_york(kindly, monkeypatch)
    result = kindly("sync")
    assert result.exit_code == 0, result.output
    assert "written again" not in result.stderr
    [kept] = drafts_of(kindly, pitch["id"])
    assert (kept["status"], kept["text"]) == ("pending", words + "\n")


def test_writing_it_again_on_the_page_replaces_her_words_and_lets_kindly_follow_the_profile(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: she asked for kindly's words back (the tone switch): from then on they follow her profile."""
    call = sara_synced(kindly, week)
    saved_on_the_page(kindly, call["id"], HER_WORDS)
    for api, auth in page(kindly):
        put = api.put(
            f"/api/invitations/{call['id']}/draft",
            headers=auth,
            json={"tone": "formal", "replace_edited": True},
        )
        assert put.status_code == 200, put.text
    [rewritten] = drafts_of(kindly, call["id"])
    assert rewritten["text"] != HER_WORDS + "\n"

    friday_in_new_york(kindly, monkeypatch)
    assert kindly("sync").exit_code == 0
    [moved] = drafts_of(kindly, call["id"])
    assert "(8:00 am your time)" in moved["text"]


def sara_triaged(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, dict[str, Any]]:
    """Monday: `kindly triage` of Sara's call with the example profile - her mail, the profile, the record."""
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
    (source := tmp_path / "sara.eml").write_bytes(SARA)
    profile = tmp_path / "profile.toml"
    profile.write_text(EXAMPLE_PROFILE_FILE.read_text())
    return source, profile, triaged_one(kindly, source, profile)


def in_new_york(profile: Path) -> None:
    """She moves her clock to New York in the profile file."""
    profile.write_text(profile.read_text().replace("tone = ", 'time_zone = "America/New_York"\ntone = ', 1))


def test_words_saved_on_the_page_survive_triaging_the_same_mail_under_a_new_profile(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, profile, call = sara_triaged(kindly, tmp_path, monkeypatch)
    saved_on_the_page(kindly, call["id"], HER_WORDS)

    in_new_york(profile)
    again = triaged_one(kindly, source, profile)
    assert again["id"] == call["id"]
    assert again["draft"].strip() == HER_WORDS  # what triage shows is what waits
    [kept] = drafts_of(kindly, call["id"])
    assert kept["text"] == HER_WORDS + "\n"


def test_saving_kindlys_words_unchanged_leaves_them_kindlys(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: pressing Save on the draft as kindly wrote it makes nothing hers to keep."""
    source, profile, call = sara_triaged(kindly, tmp_path, monkeypatch)
    [waiting] = drafts_of(kindly, call["id"])
    saved_on_the_page(kindly, call["id"], waiting["text"])

    in_new_york(profile)
    again = triaged_one(kindly, source, profile)
    [moved] = drafts_of(kindly, call["id"])
    assert "your time)" in moved["text"] and again["draft"].strip() == moved["text"].strip()


def test_words_saved_on_the_page_survive_a_correction_with_kindly_correct(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kindly correct` decides the message again (a sales pitch, no longer a client: declined): her words stay,
    and the evidence says for which decision she wrote them."""
    _source, profile, call = sara_triaged(kindly, tmp_path, monkeypatch)
    saved_on_the_page(kindly, call["id"], HER_WORDS)

    fixed = kindly("correct", str(call["id"]), "--intent", "sales_pitch", "--profile", str(profile))
    assert fixed.exit_code == 0, fixed.output
    [kept] = drafts_of(kindly, call["id"])
    assert kept["text"] == HER_WORDS + "\n"
    assert decision_of(kindly, call["id"])[0] == "decline"  # the decision follows the correction
    note = "your edited draft was kept (written for accept): write it again to follow this decision"
    assert note in evidence_of(kindly, call["id"])


def test_correcting_the_intent_on_the_page_writes_the_draft_again_as_the_page_warned(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The near miss: the page's intent form asks "It replaces the text you saved" first; a yes replaces it."""
    _source, profile, call = sara_triaged(kindly, tmp_path, monkeypatch)
    (kindly.home / "profile.toml").write_text(profile.read_text())  # the page's profile
    saved_on_the_page(kindly, call["id"], HER_WORDS)
    for api, auth in page(kindly):
        said = api.put(
            f"/api/invitations/{call['id']}/intent",
            headers=auth,
            json={"intent": "coffee_chat", "replace_edited": True},  # the yes the page asks for (session 23)
        )
        assert said.status_code == 200, said.text
    assert all(d["text"] != HER_WORDS + "\n" for d in drafts_of(kindly, call["id"]))
