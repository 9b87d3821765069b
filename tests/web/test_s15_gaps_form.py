"""Fifteenth session: the profile page keeps and edits the user's own organisation's mail domains (`own_domains`),
as it does the time zone: a key the form did not show would be dropped on saving."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from kindly.profile import load_profile


def _form_fields(html: str) -> dict[str, str]:
    """The values a browser would send for the profile form (as the thirteenth session's form test reads them)."""
    fields = dict(
        re.findall(r'<input id="[^"]+" name="([\w-]+)" type="(?:text|email)" value="([^"]*)"', html)
    )
    for name, body in re.findall(r'<textarea id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</textarea>', html, re.S):
        fields[name] = body
    for name, options in re.findall(r'<select id="[^"]+" name="([\w-]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', options)
        fields[name] = chosen.group(1) if chosen else ""
    return {k: v.replace("&#34;", '"').replace("&#39;", "'").replace("&amp;", "&") for k, v in fields.items()}


def test_profile_form_sets_and_keeps_the_organisations_domains(
    client: TestClient, user: str, web_home: Path
) -> None:
    fields = _form_fields(client.get("/profile").text)
    fields.update({"csrf_token": user, "user-own_domains": "lincolnusd.org\n@LincolnSchools.org"})
    assert client.post("/profile", data=fields).status_code == 303
    assert load_profile(web_home / "profile.toml").user.own_domains == [
        "lincolnusd.org",
        "lincolnschools.org",
    ]

    # an unrelated change keeps them
    again = _form_fields(client.get("/profile").text)
    again.update({"csrf_token": user, "user-tone": "formal"})
    assert client.post("/profile", data=again).status_code == 303
    assert load_profile(web_home / "profile.toml").user.own_domains == [
        "lincolnusd.org",
        "lincolnschools.org",
    ]

    again.update({"user-own_domains": "gmail.com"})
    page = client.post("/profile", data=again)
    assert page.status_code == 422  # shown again with the reason; nothing saved
    assert "is a webmail domain" in page.text
