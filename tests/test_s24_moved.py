"""Session 24, Dana's week goes on: a call moved after her yes to "next Tuesday at 3" (a day named by its weekday,
counted from the mail's date) is answered as the conversation it is; and the invitation page says in words what
the CLI says with its flags - through real Dovecot IMAP and loopback SMTP, on a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from support import Kindly, triaged
from test_s22_days import ENQUIRY, JO, SARA, jo_answers, mail, synced, week, yes_sent_to_jo
from test_s22_r2days import Week
from test_s22_r2edits import saved_on_the_page
from test_s23_daily import HER_CALL, THURSDAY
from test_sync import dovecot, mailbox
from web_support import ARGS, CHROMIUM, logged_in_tab, make_home, needs_chromium

__all__ = ["dovecot", "mailbox", "week"]


# 1. Thursday Jo moves the call she had confirmed, by its weekday: "Could we move to next Tuesday at 3?" drafted
# nothing - the days a sender offers were read only from dated days ("Thursday, December 10 at 2pm").


def jo_moved_the_call(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str
) -> dict[str, Any]:
    """Monday kindly's yes to Jo went; Tuesday she confirmed Monday at 10; Thursday she wrote `words` - its record."""
    box, _smtp = week
    _enquiry, yes = yes_sent_to_jo(kindly, week)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T08:00-08:00")
    thread = ("<jo-1@mail.example>", yes["Message-ID"])
    jo_answers(box, "Monday, December 7 at 10:00 am works great. See you then!", thread)
    synced(kindly)
    monkeypatch.setenv("KINDLY_NOW", "2026-12-03T08:00-08:00")
    body = f"Hi Dana,\n\n{words}\n\nJo\n"
    box.append(
        mail("jo-3", JO, "Re: Bookkeeping for our studio", body, THURSDAY, (*thread, "<jo-2@mail.example>"))
    )
    [moved] = synced(kindly)
    return moved


@pytest.mark.parametrize(
    ("words", "answered"),
    [
        pytest.param(
            "So sorry - something came up on Monday. Could we move to next Tuesday at 3?",
            "Tuesday, December 8 at 3:00 pm works for me.",
            id="next-tuesday-at-3",
        ),
        pytest.param(
            "Could we push it to Wednesday at 11am instead?",
            "Wednesday, December 9 at 11:00 am works for me.",
            id="push-it-to-wednesday",
        ),
        pytest.param(
            "So sorry - something came up on Monday. Could we move our call to Thursday, December 10 at 2pm?",
            "Thursday, December 10 at 2pm works for me.",
            id="a-dated-day-as-before",
        ),
        # near misses: an hour that may be the morning or the evening is left in her words ("at 4" is never 4 am,
        # "at 7" may be either), and something else moved is hers to answer, not a meeting to say yes to
        pytest.param(
            "Could we move to next Tuesday at 7?", "Next Tuesday at 7 works for me.", id="seven-either-way"
        ),
        pytest.param(
            "Could we move the deadline for the statements to next Tuesday?", None, id="not-the-call"
        ),
    ],
)
def test_a_call_moved_to_next_tuesday_after_her_yes_is_answered(
    kindly: Kindly, week: Week, monkeypatch: pytest.MonkeyPatch, words: str, answered: str | None
) -> None:
    moved = jo_moved_the_call(kindly, week, monkeypatch, words)

    if answered is None:
        assert moved["draft"] is None and moved["reason_code"] == "thread_question"
        return
    assert moved["decision"] == "accept" and answered in (moved["draft"] or "")
    assert "Thank you for getting back to me" in (moved["draft"] or "")


# 2. Her own words for Sara offer a time kindly's yes to Jo already offers: the invitation page's evidence told her
# to "send it as it is with --despite-taken-times" - a flag of a command, on a page she opened to avoid the terminal.


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, Kindly]]:
    """Her app folder on Monday: Jo's enquiry and Sara's call triaged, her own words for Sara saved on the page
    (offering Monday at 10:00, the time kindly's yes to Jo offers); the real server on it - its URL, Sara's
    invitation and `kindly` on that folder."""
    from kindly.web import create_app, load_settings
    from kindly.web.server import running

    folder = tmp_path_factory.mktemp("s24-taken")
    home = make_home(folder / "home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("KINDLY_HOME", str(home))
        env.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
        kindly = Kindly(home)
        (folder / "jo.eml").write_bytes(ENQUIRY)
        (folder / "sara.eml").write_bytes(SARA)
        _enquiry, call = triaged(kindly, folder / "jo.eml", folder / "sara.eml")
        saved_on_the_page(kindly, call["id"], HER_CALL)
        with running(create_app(load_settings(home))) as base:
            yield base, call["id"], kindly


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@needs_chromium
def test_the_invitation_page_says_in_words_how_to_let_a_taken_time_go(
    browser: Any, site: tuple[str, int, Kindly]
) -> None:
    base, call, _kindly = site
    tab = logged_in_tab(browser, base)
    try:
        tab.goto(f"{base}/invitations/{call}")
        evidence = " ".join(tab.locator("section[aria-labelledby='evidence-h']").inner_text().split())
    finally:
        tab.context.close()
    assert "in your own words, a time now taken: Monday, December 7 at 10:00 am" in evidence
    assert (
        'send it as it is with "Let it go as I wrote it" on the page that saves or sends the reply'
        in evidence
    )
    assert "--despite-taken-times" not in evidence and "--as-written" not in evidence


def test_kindly_show_keeps_the_flag_at_the_terminal(site: tuple[str, int, Kindly]) -> None:
    _base, call, kindly = site
    shown = " ".join(kindly("show", str(call)).stdout.split())
    assert "a time now taken" in shown and "send it as it is with --despite-taken-times" in shown
