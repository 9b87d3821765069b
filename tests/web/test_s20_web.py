"""What the s19 pass left (a tone remembered for the login only, a cut-off search example on a phone, HEAD
answered 405) and an accessibility pass in the real browser (s20): keyboard only, a screen reader, low vision.

The browser tests drive the real server in Debian's headless Chromium (the fixtures of tests/web/conftest.py);
the others use the TestClient.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from kindly.web import create_app, load_settings
from support import EXAMPLES
from web_support import (
    log_in,
    needs_chromium,
    open_draft,
    triaged_site,
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, triaged_database: Path) -> Iterator[str]:
    with triaged_site(tmp_path_factory.mktemp("s20") / "home", triaged_database) as base:
        yield base


def _open(client: TestClient, query: str) -> str:
    """The page of the first invitation the inbox search finds for `query`."""
    found = re.search(
        r'<a class="open" href="(/invitations/\d+)">', client.get(f"/?decision=all&q={query}").text
    )
    assert found, query
    return found.group(1)


def _tone_on(client: TestClient, page: str) -> list[str]:
    return re.findall(r'<input type="radio" name="tone" value="(\w+)" checked>', client.get(page).text)


# -- the tone a draft was written in --------------------------------------------------------------------


def test_the_tone_chosen_for_a_draft_is_shown_after_logging_out_and_after_a_restart(
    client: TestClient, user: str, web_home: Path
) -> None:
    page = _open(client, "year-end+cleanup")  # Sofia asks what a year-end cleanup costs
    assert _tone_on(client, page) == ["warm"]  # the profile's tone
    htmx = {"HX-Request": "true", "X-CSRF-Token": user}
    client.post(f"{page}/draft/compose", data={"tone": "brief", "channel": "email"}, headers=htmx)
    assert _tone_on(client, page) == ["brief"]

    client.post("/logout", data={"csrf_token": user})
    log_in(client)
    assert _tone_on(client, page) == ["brief"]  # a new login

    with TestClient(create_app(load_settings(web_home)), follow_redirects=False) as restarted:
        log_in(restarted)
        assert _tone_on(restarted, page) == ["brief"]  # the server started again
        token = log_in(restarted)
        restarted.post(f"{page}/decision", data={"csrf_token": token, "decision": "ask_details"})
        assert _tone_on(restarted, page) == ["warm"]  # written again for the decision, in the profile's tone


def test_upgrading_a_database_keeps_its_drafts_in_the_profiles_tone(
    tmp_path: Path, triaged_database: Path
) -> None:
    """Drafts stored before the tone was kept are shown in the profile's tone (a real SQLite file, down to the
    schema before and up again)."""
    from alembic import command
    from alembic.config import Config

    from kindly.store.db import MIGRATIONS, open_database

    path = tmp_path / "kindly.db"
    shutil.copy(triaged_database, path)
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0015")
        columns = [row[1] for row in connection.execute(text("PRAGMA table_info(drafts)"))]
        assert "tone" not in columns
        drafts = connection.execute(text("SELECT count(*) FROM drafts")).scalar()
    engine.dispose()

    open_database(path).kw["bind"].dispose()  # upgrades to the newest schema
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        tones = connection.execute(text("SELECT tone, count(*) FROM drafts GROUP BY tone")).all()
    engine.dispose()
    assert drafts and tones == [("", drafts)]


# -- HEAD ------------------------------------------------------------------------------------------------


def test_head_is_answered_as_get_without_the_body(client: TestClient, user: str) -> None:
    for path in ("/", "/overview", "/import", "/directory", _open(client, "year-end+cleanup")):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == str(len(got.content))
    assert client.head("/static/kindly.css").status_code == 200
    assert client.head("/logout").status_code == 405  # a form's address only, as GET


def test_head_of_a_page_before_logging_in_answers_as_get_does(client: TestClient) -> None:
    assert client.head("/login").status_code == 200
    head = client.head("/")
    assert head.status_code == client.get("/").status_code == 303
    assert head.headers["location"] == client.get("/").headers["location"]


# -- the phone -------------------------------------------------------------------------------------------

# The widest line of each field's placeholder against the room inside it, measured in its own font; a search
# field keeps 20 px more for the button that clears it.
PLACEHOLDERS_FIT = """() => {
  const probe = document.createElement('span');
  probe.style.cssText = 'position:absolute; visibility:hidden; white-space:pre';
  document.body.appendChild(probe);
  const cut = [];
  for (const field of document.querySelectorAll('input[placeholder]')) {
    const style = getComputedStyle(field);
    probe.style.font = style.font;
    probe.textContent = field.placeholder;
    const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      - (field.type === 'search' ? 20 : 0);
    if (probe.getBoundingClientRect().width > room) cut.push(field.id + ': ' + field.placeholder);
  }
  probe.remove();
  return cut;
}"""


@needs_chromium
def test_on_a_phone_the_directory_search_shows_its_example_in_full(phone: Any, site: str) -> None:
    for page in ("/directory", "/", "/directory?q=a+financial+planner"):
        phone.goto(f"{site}{page}")
        assert phone.evaluate(PLACEHOLDERS_FIT) == [], page
    phone.goto(f"{site}/directory")
    hint = phone.locator("#q-hint")
    assert "a financial planner for a freelancer" in hint.inner_text()  # shown while typing too
    assert phone.get_attribute("#q", "aria-describedby") == "q-hint"
    assert hint.bounding_box()["width"] <= 390


# -- said aloud: one live region for what a swap finished ---------------------------------------------------


def _studios(count: int) -> str:
    """Pasted mails of `count` studio owners, one after another: an import that runs a few seconds."""
    return "\n\n".join(
        f"From: Owner {n} <owner{n}@studio{n}.example>\nSubject: Books for studio {n}\n\n"
        f"Hi Dana, I run design studio {n} and our books are a mess. Could we have a call next week?\n\nBest,\nOwner {n}"
        for n in range(count)
    )


def _said(tab: Any, words: str) -> str:
    """What the page's live region says once it says `words` (polled: the page's CSP allows no eval)."""
    for _ in range(200):
        said = str(tab.inner_text("#announce"))
        if words in said:
            return said
        tab.wait_for_timeout(100)
    raise AssertionError(f"never said {words!r}; said {said!r}")


@needs_chromium
def test_an_import_that_finishes_is_said_in_the_live_region_the_page_had_from_its_start(
    tab: Any, site: str
) -> None:
    tab.goto(f"{site}/import")
    tab.fill("#text", _studios(8))
    tab.click("button:has-text('Import and triage')")
    tab.wait_for_url(re.compile(r"/import/[\w-]+$"))
    tab.evaluate("window.regionAtStart = document.getElementById('announce')")
    assert tab.inner_text("#announce") == ""  # nothing said while it runs
    tab.wait_for_selector("#import-done", timeout=60_000)
    said = _said(tab, "Done.")
    assert "Read 8, new 8" in said and "Decided:" in said
    assert tab.evaluate("window.regionAtStart === document.getElementById('announce')")  # the same region
    assert tab.get_attribute("#announce", "aria-live") == "polite"


@needs_chromium
def test_the_tone_switch_works_with_the_arrow_keys_and_says_what_it_did(tab: Any, site: str) -> None:
    open_draft(tab, site, "accept")
    tab.focus("#draft input[name=tone][value=warm]")
    for tone in ("formal", "brief"):
        with tab.expect_response(lambda r: r.url.endswith("/draft/compose")):
            tab.keyboard.press("ArrowRight")
        assert _said(tab, "Draft written again.") == "Draft written again."
        focused = tab.evaluate("[document.activeElement.name, document.activeElement.value]")
        assert focused == ["tone", tone]  # the keyboard is still on the switch
        assert tab.is_checked(f"#draft input[name=tone][value={tone}]")
        tab.evaluate("document.getElementById('announce').textContent = ''")


# -- low vision: what shows focus, where a field is --------------------------------------------------------

# WCAG's contrast ratio of two computed colours, and the colour behind a point (the first element there that is
# not `own`, with its ancestors' backgrounds laid over white).
COLOURS = """
  const rgb = c => c.match(/[\\d.]+/g).map(Number);
  const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const behind = element => { for (let e = element; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (rgb(c).length === 3 || rgb(c)[3] === 1) return c; } return 'rgb(255, 255, 255)'; };
  const around = (own, x, y) => behind(document.elementsFromPoint(x, y).find(e => e !== own && !own.contains(e)) || document.body);
"""

RING = (
    "() => {"
    + COLOURS
    + """
  const own = document.activeElement, style = getComputedStyle(own), box = own.getBoundingClientRect();
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return [own.outerHTML.slice(0, 80), 0];
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 2;
  const x = box.left - reach >= 0 ? box.left - reach : box.right + reach;
  return [own.outerHTML.slice(0, 80), ratio(style.outlineColor, around(own, x, box.top + box.height / 2))];
}"""
)

EDGES = (
    "() => {"
    + COLOURS
    + """
  const faint = [];
  for (const field of document.querySelectorAll('input:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=file]), select, textarea')) {
    const box = field.getBoundingClientRect();
    if (!box.width) continue;
    const edge = ratio(getComputedStyle(field).borderTopColor, around(field, box.left + box.width / 2, box.top - 3));
    if (edge < 3) faint.push(field.id + ' ' + edge.toFixed(2));
  }
  return faint;
}"""
)


@needs_chromium
def test_the_focus_ring_stands_out_from_what_is_around_it_on_every_stop(tab: Any, site: str) -> None:
    for page in ("/directory", open_draft(tab, site, "accept").removeprefix(site)):
        tab.goto(f"{site}{page}")
        for _stop in range(30):
            tab.keyboard.press("Tab")
            if tab.evaluate("document.activeElement === document.body"):
                break  # past the last stop
            control, contrast = tab.evaluate(RING)
            assert contrast >= 3, f"{page}: {control} ring at {contrast:.2f}:1"


@needs_chromium
def test_every_field_has_an_edge_low_vision_can_find(tab: Any, site: str) -> None:
    for page in ("/directory", "/import", "/profile", open_draft(tab, site, "accept").removeprefix(site)):
        tab.goto(f"{site}{page}")
        assert tab.evaluate(EDGES) == [], page


# -- a screen reader: the evidence's scores ------------------------------------------------------------


def test_a_score_is_read_once_as_the_number_beside_its_bar(client: TestClient, user: str) -> None:
    """A bar (meter) beside its printed number is hidden from screen readers: they read the number, in its
    column (Score, Fit, Match), not "meter 0.91, 0.91" with no name."""
    for page in (_open(client, "year-end+cleanup"), "/overview", "/directory?q=a+financial+planner"):
        html = client.get(page).text
        for meter in re.findall(r"<meter[^>]*>[^<]*</meter>[^<]*", html):
            assert 'aria-hidden="true"' in meter, (page, meter)
        assert page != "/overview" or "accepted this week" in html
    scores = client.get(_open(client, "year-end+cleanup")).text
    assert re.search(r'<meter aria-hidden="true"[^>]*>[\d.]+</meter> 0\.\d\d', scores)  # the number stays


@needs_chromium
def test_on_a_phone_the_overviews_tables_scroll_in_their_card_not_the_page(phone: Any, site: str) -> None:
    phone.goto(f"{site}/overview")
    for summary in phone.locator("summary:has-text('As a table')").all():
        summary.click()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    region = phone.locator(".table-scroll >> nth=0")
    assert region.get_attribute("tabindex") == "0"  # a keyboard can scroll it
    assert region.get_attribute("aria-label") == "Decisions, week by week (table)"


def test_the_inbox_table_is_named_for_a_screen_readers_list_of_tables(client: TestClient, user: str) -> None:
    inbox = client.get("/").text
    assert re.search(
        r'<table class="inbox">\s*<caption class="visually-hidden">Invitations, newest first</caption>', inbox
    )


@needs_chromium
def test_imports_started_together_say_when_they_all_finished(tab: Any, site: str) -> None:
    tab.goto(f"{site}/import")
    tab.set_input_files("#file", str(EXAMPLES / "invitation.ics"))
    tab.fill("#text", _studios(8))
    tab.click("button:has-text('Import and triage')")
    tab.wait_for_selector("text=2 imports started")
    tab.evaluate("window.regionAtStart = document.getElementById('announce')")
    said = _said(tab, "All imports finished:")
    assert "invitation.ics done" in said and "pasted text done" in said
    assert tab.evaluate("window.regionAtStart === document.getElementById('announce')")
