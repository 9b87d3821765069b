"""Thirteenth session: the profile page keeps and edits the user's own meeting hours and time zone (saving the
form once dropped both, as keys it did not show)."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from kindly.profile import load_profile


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


def test_profile_form_sets_meeting_hours_and_the_time_zone(
    client: TestClient, user: str, web_home: Path
) -> None:
    fields = _form_fields(client.get("/profile").text)
    fields.update(
        {
            "csrf_token": user,
            "user-meeting_hours": "Mon-Fri 09:00-12:00\nTue,Thu 14:00-17:00",
            "user-time_zone": "Pacific/Auckland",
        }
    )
    assert client.post("/profile", data=fields).status_code == 303
    saved = load_profile(web_home / "profile.toml").user
    assert saved.meeting_hours == ["Mon-Fri 09:00-12:00", "Tue,Thu 14:00-17:00"]
    assert saved.time_zone == "Pacific/Auckland"

    # an unrelated change keeps both
    again = _form_fields(client.get("/profile").text)
    assert again["user-time_zone"] == "Pacific/Auckland"
    again.update({"csrf_token": user, "user-tone": "formal"})
    assert client.post("/profile", data=again).status_code == 303
    kept = load_profile(web_home / "profile.toml").user
    assert (kept.tone, kept.meeting_hours, kept.time_zone) == (
        "formal",
        ["Mon-Fri 09:00-12:00", "Tue,Thu 14:00-17:00"],
        "Pacific/Auckland",
    )

    again.update({"user-time_zone": "Middle Earth/Shire"})
    page = client.post("/profile", data=again)
    assert page.status_code == 422  # shown again with the reason next to the field; nothing saved
    assert "&#39;Middle Earth/Shire&#39; is not a time zone name" in page.text
    assert load_profile(web_home / "profile.toml").user.time_zone == "Pacific/Auckland"
