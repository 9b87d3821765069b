"""The profile page says whose public holidays a profile that names none keeps: its time zone's country's."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def _form_fields(html: str) -> dict[str, str]:
    """The text fields a browser would send for the profile form (enough to save it)."""
    fields = dict(
        re.findall(r'<input id="[^"]+" name="([\w-]+)" type="(?:text|email)" value="([^"]*)"', html)
    )
    for name, body in re.findall(r'<textarea id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = body
    for name, options in re.findall(r'<select id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        fields[name] = chosen.group(1) if chosen else ""
    return {k: v.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") for k, v in fields.items()}


def test_the_holidays_field_names_the_time_zones_country(client: TestClient, user: str) -> None:
    fields = _form_fields(client.get("/profile").text)
    fields.update({"csrf_token": user, "user-holidays": "", "user-time_zone": "America/Toronto"})
    assert client.post("/profile", data=fields).status_code == 303

    page = client.get("/profile").text
    assert "left empty, CA's, your time zone's country" in page
