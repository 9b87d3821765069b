"""The whole flow in a real headless Chromium (Debian's package, driven by Playwright; nothing downloaded):
log in, import the example mbox, edit and approve a draft, add a goal - and hostile mail stays inert.

The server is the real one (uvicorn on a free 127.0.0.1 port). Skipped only when /usr/bin/chromium is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kindly.profile import load_profile
from support import EXAMPLES
from web_support import PASSWORD, make_home

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A real server on an empty database (profile and password set); yields (base URL, app folder)."""
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    home = make_home(tmp_path_factory.mktemp("browser") / "home")
    with running(create_app(load_settings(home))) as base:
        yield base, home


@pytest.fixture(scope="module")
def browser(site: tuple[str, Path]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser: Any, site: tuple[str, Path]) -> Iterator[Any]:
    """One logged-in tab for the module's tests, which run in order (a user's session)."""
    base, _home = site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    tab.dialogs = dialogs  # any alert() from message content would land here
    tab.goto(f"{base}/")
    assert "/login" in tab.url
    tab.fill("#password", "wrong password")
    tab.click("button[type=submit]")
    assert "not the password" in tab.inner_text("main")
    tab.fill("#password", PASSWORD)
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{base}/")
    yield tab
    context.close()


def test_import_the_example_mbox(page: Any, site: tuple[str, Path]) -> None:
    base, _home = site
    page.click("nav >> text=Import")
    page.set_input_files("#file", str(EXAMPLES / "inbox.mbox"))
    page.click("button:has-text('Import and triage')")
    page.wait_for_selector("#import-done")  # the page polls the job until it is done
    assert "Read 53" in page.inner_text("#import-status")
    page.click("text=Open the inbox")
    page.wait_for_url(f"{base}/")
    assert page.locator("table.inbox a.open").count() > 20


def test_keyboard_moves_through_the_inbox(page: Any, site: tuple[str, Path]) -> None:
    base, _home = site
    page.goto(f"{base}/")
    page.keyboard.press("j")
    first = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("j")
    second = page.evaluate("document.activeElement.getAttribute('href')")
    assert first.startswith("/invitations/") and second.startswith("/invitations/") and first != second
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base}{first}")
    page.goto(f"{base}/")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"


def test_edit_and_approve_a_draft(page: Any, site: tuple[str, Path]) -> None:
    base, _home = site
    page.goto(f"{base}/?decision=decline")
    page.click("table.inbox a.open >> nth=0")
    page.wait_for_selector("#draft-text")
    before = page.input_value("#draft-text")
    page.check("input[name=tone][value=formal]")  # HTMX writes the draft again
    page.wait_for_function(
        "before => document.querySelector('#draft-text') && document.querySelector('#draft-text').value !== before",
        arg=before,
    )
    assert page.is_checked("input[name=tone][value=formal]")
    words = page.input_value("#draft-text").replace("Kind regards", "With best wishes")
    words = words.rstrip() + "\n"
    page.fill("#draft-text", "P.S. Edited in the browser.\n\n" + words)
    page.click("button:has-text('Approve')")
    page.wait_for_selector("text=Download .eml")
    assert "approved" in page.inner_text("#draft-h")
    with page.expect_download() as download:
        page.click("text=Download .eml")
    data = Path(download.value.path()).read_bytes()
    assert b"Edited in the browser." in data and b"In-Reply-To:" in data
    assert page.locator("#draft button:has-text('Send')").count() == 0  # never sent from the editor
    page.click("text=Save to IMAP Drafts or send")  # the outbox page, where each way out has its own form
    page.wait_for_selector("#send-h")
    assert page.is_disabled("button:has-text('Send')")  # no [smtp] table in config.toml: nothing can be sent
    assert "Edited in the browser." in page.inner_text("#outbox-text")
    page.go_back()
    page.reload()
    assert "approved" in page.inner_text("#draft-h")


def test_add_a_goal(page: Any, site: tuple[str, Path]) -> None:
    base, home = site
    page.click("nav >> text=Goals & profile")
    page.wait_for_url(f"{base}/profile")
    blank = page.locator("select[name$='-kind']").count() - 1  # the empty row at the end
    page.select_option(f"select[name='goals-{blank}-kind']", "find_mentor")
    page.fill(f"input[name='goals-{blank}-description']", "Someone who grew a finance practice into a firm")
    page.fill(f"textarea[name='goals-{blank}-targets']", "Mara Quint\nfinance practice owners")
    page.fill(f"input[name='goals-{blank}-priority']", "2")
    page.click("#save-profile")
    page.wait_for_selector("text=Profile saved")
    goals = load_profile(home / "profile.toml").goals
    assert goals[-1].description == "Someone who grew a finance practice into a firm"
    assert goals[-1].targets == ["Mara Quint", "finance practice owners"]
    page.fill("#user-email", "not an address")
    page.click("#save-profile")
    assert page.inner_text("#user-email-error") == "is not an e-mail address"
    assert page.get_attribute("#user-email", "aria-invalid") == "true"


def test_hostile_mail_stays_inert(page: Any, site: tuple[str, Path]) -> None:
    base, _home = site
    page.goto(f"{base}/import")
    page.fill(
        "#text",
        "From: \"<script>alert('from')</script>\" <mallory@evil.example>\n"
        "Subject: <img src=x onerror=alert('subject')> coffee?\n\n"
        "Hi Dana, would you have time for a coffee about bookkeeping for my studio?\n"
        "<script>alert('body')</script> <a href=\"javascript:alert('link')\">click</a> javascript:alert(1)\n",
    )
    page.click("button:has-text('Import and triage')")
    page.wait_for_selector("#import-done")
    page.goto(f"{base}/?decision=all&q=evil.example")
    page.click("table.inbox a.open >> nth=0")
    page.wait_for_selector("#own-text")
    assert "<script>alert('body')</script>" in page.inner_text("#own-text")  # shown as text
    scripts = page.evaluate("Array.from(document.scripts).map(s => s.getAttribute('src'))")
    assert scripts == ["/static/htmx.min.js", "/static/kindly.js"]
    assert page.evaluate("document.querySelectorAll('[onerror], iframe, img').length") == 0
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript:\"]').length") == 0
    page.wait_for_timeout(200)
    assert page.dialogs == []


def test_readable_on_a_phone(browser: Any, page: Any, site: tuple[str, Path]) -> None:
    base, _home = site
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    phone.add_cookies(page.context.cookies())
    tab = phone.new_page()
    for path in ("/", "/overview", "/profile", "/directory", "/import"):
        tab.goto(base + path)
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide on a 390px screen"
    phone.close()
