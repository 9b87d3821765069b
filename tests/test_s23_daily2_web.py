"""The outbox page of a reply that no longer fits (session 23, round two): it says so in the page's own words and
discards it with its own button - on the real server in Debian's headless Chromium, as Dana clicks it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support import Kindly
from test_s23_daily import approved_yes_to_the_meetup, meetup
from web_support import ARGS, CHROMIUM, logged_in_tab, make_home, needs_chromium

pytestmark = needs_chromium


@pytest.fixture
def cancelled_yes(tmp_path: Path) -> Iterator[tuple[str, Kindly, dict[str, Any]]]:
    """Her approved yes to Kate's meetup, cancelled since; the real server on her app folder."""
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    home = make_home(tmp_path / "home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KINDLY_HOME", str(home))
        env.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
        kindly = Kindly(home)
        yes = approved_yes_to_the_meetup(kindly)
        meetup(kindly, "cancel", "CANCEL")
        with running(create_app(load_settings(home))) as base:
            yield base, kindly, yes


@pytest.fixture
def tab(cancelled_yes: tuple[str, Kindly, dict[str, Any]]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield logged_in_tab(chromium, cancelled_yes[0])
        chromium.close()


def test_the_outbox_page_discards_a_reply_that_no_longer_fits_with_its_own_button(
    tab: Any, cancelled_yes: tuple[str, Kindly, dict[str, Any]]
) -> None:
    site, kindly, yes = cancelled_yes
    tab.goto(f"{site}/invitations/{yes['message_pk']}/outbox")
    said = tab.inner_text("#outbox-problem")
    assert "its event was cancelled since: discard it with the Discard button below" in said
    assert "kindly drafts discard" not in tab.inner_text("main")

    tab.answers.append(True)
    tab.get_by_role("button", name="Discard", exact=True).click()
    tab.wait_for_url(f"{site}/invitations/{yes['message_pk']}")
    assert tab.asked == ["Discard this draft? Nothing is sent, and kindly drafts nothing in its place."]
    assert "Draft discarded. Nothing was sent." in tab.inner_text("main")
    listed = json.loads(kindly("drafts", "--all", "--json").stdout)
    assert [(d["id"], d["why_discarded"]) for d in listed if d["status"] == "discarded"] == [
        (yes["id"], "discarded by you")
    ]


def test_a_discard_she_cancels_in_the_question_keeps_the_reply(
    tab: Any, cancelled_yes: tuple[str, Kindly, dict[str, Any]]
) -> None:
    """The near miss: answering the question with Cancel discards nothing."""
    site, kindly, yes = cancelled_yes
    tab.goto(f"{site}/invitations/{yes['message_pk']}/outbox")
    tab.answers.append(False)
    tab.get_by_role("button", name="Discard", exact=True).click()
    assert tab.url.endswith("/outbox")
    [kept] = [d for d in json.loads(kindly("drafts", "--all", "--json").stdout) if d["id"] == yes["id"]]
    assert kept["status"] == "approved"
