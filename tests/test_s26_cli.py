"""Session 26, the terminal: Dana Reyes, a fractional CFO in Portland who triages from the command line and expects
kindly to remember what she told it. Her calendar file, given once to `kindly triage --calendar`, is used by every
later triage (said in one line, `--no-calendar` to leave it out); the JSON API's rewrite says what of her calendar
could not be read, as the page does; a coffee she said yes to and the sender then cancelled frees its time for
others; a long run prints a summary of what needs her, not a table of a thousand rows; and a team's mailbox is
told by one word table, whether its name or its address says so."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from support import EXAMPLES, Kindly, eml
from test_s22_days import ENQUIRY
from test_s25_threads import MONDAY_10, SHE_BOOKS_MONDAY_10, calendar_file
from web_support import make_home


@pytest.fixture
def dana(kindly: Kindly, monkeypatch: pytest.MonkeyPatch) -> Kindly:
    """Dana's app folder on Monday, November 30, her profile on Portland's clock."""
    monkeypatch.setenv("KINDLY_NOW", "2026-11-30T08:00-08:00")
    make_home(kindly.home)  # a web password set, for her JSON API
    profile = (EXAMPLES / "profile.toml").read_text()
    profile = profile.replace(
        'email = "dana@example.com"\n', 'email = "dana@example.com"\ntime_zone = "America/Los_Angeles"\n'
    )
    (kindly.home / "profile.toml").write_text(profile)
    return kindly


def triage(kindly: Kindly, *args: str, code: int = 0) -> tuple[list[dict[str, Any]], str]:
    """`kindly triage --json` with her profile: the records, and what it said on stderr (in one line)."""
    result = kindly("triage", *args, "--profile", str(kindly.home / "profile.toml"), "--json")
    assert result.exit_code == code, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return records, " ".join(result.stderr.split())


def newsletter(folder: Path) -> Path:
    """Mail that asks nothing: the first run she gives her calendar with."""
    return eml(
        folder / "news.eml",
        "This month: three ways to close your books faster. Read more on our blog.",
        sender="Ledger Weekly <news@ledgerweekly.example>",
        subject="Ledger Weekly, November",
        date="Mon, 30 Nov 2026 07:00:00 -0800",
    )


def jo_asks(folder: Path) -> str:
    path = folder / "jo.eml"
    path.write_bytes(ENQUIRY)
    return str(path)


# -- 1. the calendar file given once is used by every later triage ------------------------------------------------


def test_a_later_triage_uses_the_calendar_file_given_before_and_says_so(dana: Kindly, tmp_path: Path) -> None:
    calendar = calendar_file(tmp_path / "dana.ics")
    triage(dana, str(newsletter(tmp_path)), "--calendar", str(calendar))
    calendar_file(calendar, SHE_BOOKS_MONDAY_10)  # she books Monday at 10 since

    [jo], said = triage(dana, jo_asks(tmp_path))  # no --calendar this time

    assert MONDAY_10 not in jo["draft"]  # her Monday 10:00 is busy in the file she gave last week
    assert (
        f"Using your calendar file {calendar.resolve()} (remembered from --calendar on 2026-11-30); "
        "--no-calendar to skip." in said
    )


def test_no_calendar_leaves_the_remembered_file_out(dana: Kindly, tmp_path: Path) -> None:
    calendar = calendar_file(tmp_path / "dana.ics", SHE_BOOKS_MONDAY_10)
    triage(dana, str(newsletter(tmp_path)), "--calendar", str(calendar))

    [jo], said = triage(dana, jo_asks(tmp_path), "--no-calendar")

    assert MONDAY_10 in jo["draft"]
    assert "calendar" not in said


def test_a_remembered_calendar_file_gone_since_is_said_not_an_error(dana: Kindly, tmp_path: Path) -> None:
    calendar = calendar_file(tmp_path / "dana.ics", SHE_BOOKS_MONDAY_10)
    triage(dana, str(newsletter(tmp_path)), "--calendar", str(calendar))
    calendar.unlink()

    [jo], said = triage(dana, jo_asks(tmp_path))

    assert MONDAY_10 not in jo["draft"]  # the busy time it held when last read still counts
    assert f"Using your calendar file {calendar.resolve()}" in said
    assert f"Couldn't read your calendar file ({calendar.resolve()}: cannot read" in said


def test_without_a_calendar_ever_given_triage_says_nothing_of_one(dana: Kindly, tmp_path: Path) -> None:
    [jo], said = triage(dana, jo_asks(tmp_path))
    assert MONDAY_10 in jo["draft"]
    assert "calendar" not in said


def test_calendar_and_no_calendar_together_is_a_usage_error(dana: Kindly, tmp_path: Path) -> None:
    calendar = calendar_file(tmp_path / "dana.ics")
    result = dana("triage", jo_asks(tmp_path), "--calendar", str(calendar), "--no-calendar")
    assert result.exit_code == 2
    assert "not both" in " ".join(result.stderr.replace("│", " ").split())


# -- 2. the JSON API says what of her calendar could not be read, as the page does --------------------------------


def api_put(kindly: Kindly, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
    """PUT to Dana's JSON API with a token of hers: the answer. No `body`: PUT what a GET of `path` gives (her
    profile saved as it is)."""
    from fastapi.testclient import TestClient

    from kindly.web import create_app, load_settings
    from kindly.web.auth import create_token

    app = create_app(load_settings(kindly.home))
    _info, token = create_token(app.state.kindly.sessions, "dana's script")
    auth = {"Authorization": f"Bearer {token}"}
    with TestClient(app) as api:
        if body is None:
            body = api.get(path, headers=auth).json()["profile"]
        answer = api.put(path, json=body, headers=auth)
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


@pytest.mark.parametrize(
    ("path", "body", "notes_at"),
    [
        pytest.param("/api/invitations/{pk}/draft", {"tone": "formal"}, ("notes",), id="rewrite"),
        pytest.param(
            "/api/invitations/{pk}/decision", {"decision": "accept"}, ("draft", "notes"), id="decision"
        ),
        pytest.param("/api/profile", None, ("notes",), id="profile-saved"),
    ],
)
def test_the_api_says_the_calendar_file_it_could_not_read(
    dana: Kindly, tmp_path: Path, path: str, body: dict[str, Any] | None, notes_at: tuple[str, ...]
) -> None:
    calendar = calendar_file(tmp_path / "dana.ics", SHE_BOOKS_MONDAY_10)
    [jo], _said = triage(dana, jo_asks(tmp_path), "--calendar", str(calendar))
    calendar.unlink()

    answer: Any = api_put(dana, path.format(pk=jo["id"]), body)
    for key in notes_at:
        answer = answer[key]

    [note] = answer
    assert note.startswith(f"Couldn't read your calendar file ({calendar.resolve()}: cannot read")


def test_the_api_says_nothing_of_a_calendar_it_read(dana: Kindly, tmp_path: Path) -> None:
    calendar = calendar_file(tmp_path / "dana.ics", SHE_BOOKS_MONDAY_10)
    [jo], _said = triage(dana, jo_asks(tmp_path), "--calendar", str(calendar))
    answer = api_put(dana, f"/api/invitations/{jo['id']}/draft", {"tone": "formal"})
    assert answer["notes"] == [] and MONDAY_10 not in answer["text"]


# -- 3. a coffee she said yes to, called off by the sender, frees its time ----------------------------------------

SAM = "Sam Lee <sam@leebooks.example>"
LEA = "Lea Novak <lea@novakstudio.example>"
SAMS_COFFEE = (
    "I'm an independent bookkeeper here in Portland - like you, I work with small design and creative studios. Would "
    "you like to grab coffee on Wednesday, December 9 at 3pm to swap notes on year-end close and maybe refer work to "
    "each other?"
)
LEAS_CALL = (
    "I own Novak Studio, a five-person design studio in Portland. Could we have a 30-minute call about monthly "
    "bookkeeping on Wednesday, December 9 at 3pm?"
)
SAMS_TIME = "Wednesday, December 9 at 3pm"


def written(folder: Path, name: str, sender: str, subject: str, body: str, date: str, *earlier: str) -> str:
    """Mail `name` to Dana (replying to the messages `earlier`, by name), saved as an .eml: its path."""
    return str(
        eml(
            folder / f"{name}.eml",
            f"Hi Dana,\n\n{body}\n\n{sender.split()[0]}\n",
            sender=sender,
            subject=subject,
            date=date,
            message_id=f"{name}@mail.example",
            in_reply_to=f"{earlier[-1]}@mail.example" if earlier else "",
            references=[f"{name}@mail.example" for name in earlier],
        )
    )


@pytest.fixture
def sams_coffee_sent(dana: Kindly, tmp_path: Path) -> None:
    """Monday: Sam asks for coffee on Wednesday the 9th at 3pm, kindly's yes is exported and her mail program
    sends it."""
    sam = written(
        tmp_path, "sam-1", SAM, "Coffee to swap notes?", SAMS_COFFEE, "Mon, 30 Nov 2026 07:10:00 -0800"
    )
    [yes], _said = triage(dana, sam)
    assert f"{SAMS_TIME} works for me." in yes["draft"]
    exported = dana("drafts", "export", "--dir", str(tmp_path / "sent"))
    assert exported.exit_code == 0, exported.output


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "I'm so sorry, I have to cancel our coffee on Wednesday - a client emergency.", id="cancel"
        ),
        pytest.param(
            "I won't be able to make our coffee next week after all, I'm afraid.", id="cant-make-it"
        ),
        pytest.param("We'll need to call off Wednesday's coffee - my flight moved.", id="call-off"),
    ],
)
@pytest.mark.parametrize("runs", ["the-next-day", "in-one-run", "one-message-a-batch"])
def test_a_coffee_called_off_frees_its_time_for_others(
    dana: Kindly,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sams_coffee_sent: None,
    words: str,
    runs: str,
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T09:00-08:00")
    cancel = written(
        tmp_path, "sam-2", SAM, "Re: Coffee to swap notes?", words, "Tue, 1 Dec 2026 07:00:00 -0800", "sam-1"
    )
    lea = written(
        tmp_path, "lea-1", LEA, "Bookkeeping for our studio", LEAS_CALL, "Tue, 1 Dec 2026 08:00:00 -0800"
    )
    if runs == "one-message-a-batch":
        monkeypatch.setattr(
            "kindly.services.BATCH", 1
        )  # Sam's call-off is stored after Jo's draft read the times
    if runs != "the-next-day":
        # Jo's enquiry first: the run has read the times stored drafts hold before Sam's call-off comes
        [_jo, called_off, yes], _said = triage(dana, jo_asks(tmp_path), cancel, lea)
    else:
        [called_off], _said = triage(dana, cancel)
        [yes], _said = triage(dana, lea)

    assert called_off["reason"].startswith("Calls off the meeting you said yes to")
    assert f"{SAMS_TIME} works for me." in yes["draft"]  # Sam's coffee is off: the hour is hers to give


def test_a_coffee_still_on_keeps_its_time(dana: Kindly, tmp_path: Path, sams_coffee_sent: None) -> None:
    """The near miss: Sam writes again without calling it off, so Lea is offered other times."""
    thanks = "Great, see you then! I'll bring my notes on year-end close."
    note = written(
        tmp_path, "sam-2", SAM, "Re: Coffee to swap notes?", thanks, "Tue, 1 Dec 2026 07:00:00 -0800", "sam-1"
    )
    lea = written(
        tmp_path, "lea-1", LEA, "Bookkeeping for our studio", LEAS_CALL, "Tue, 1 Dec 2026 08:00:00 -0800"
    )
    [_note, yes], _said = triage(dana, note, lea)
    assert f"{SAMS_TIME} doesn't work for me, though - I'm already booked then." in yes["draft"]


@pytest.mark.parametrize("called_off", [True, False], ids=["called-off", "still-on"])
def test_a_coffee_called_off_no_longer_fills_her_week(
    dana: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, called_off: bool
) -> None:
    """With an hour a week for networking, Sam's coffee on Wednesday fills the week: Lea's coffee that Thursday is
    offered a later week - unless Sam has called his off."""
    profile = dana.home / "profile.toml"
    profile.write_text(
        re.sub(r"weekly_networking_hours = \d+", "weekly_networking_hours = 1", profile.read_text())
    )
    sam = written(
        tmp_path, "sam-1", SAM, "Coffee to swap notes?", SAMS_COFFEE, "Mon, 30 Nov 2026 07:10:00 -0800"
    )
    triage(dana, sam)
    assert dana("drafts", "export", "--dir", str(tmp_path / "sent")).exit_code == 0
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T09:00-08:00")
    if called_off:
        words = "I'm so sorry, I have to cancel our coffee on Wednesday."
        triage(
            dana,
            written(
                tmp_path,
                "sam-2",
                SAM,
                "Re: Coffee to swap notes?",
                words,
                "Tue, 1 Dec 2026 07:00:00 -0800",
                "sam-1",
            ),
        )
    peer = (
        "I'm a bookkeeper in Portland too, working with small creative studios. Would you like to grab coffee on "
        "Thursday, December 10 at 10am to swap notes and maybe refer work to each other?"
    )
    [lea], _said = triage(
        dana, written(tmp_path, "lea-1", LEA, "Coffee?", peer, "Tue, 1 Dec 2026 08:00:00 -0800")
    )

    if called_off:
        assert lea["reason_code"] != "accept_later"
        assert "Thursday, December 10 at 10am works for me." in lea["draft"]
    else:
        assert lea["reason_code"] == "accept_later"  # the week's hour is Sam's


# -- 4. a long run is summed up: what needs her, not a thousand rows -----------------------------------------------


@pytest.fixture
def long_runs_from_ten(monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of more than 10 messages is a long one here (100 in use): the example inbox's 53 are one."""
    monkeypatch.setattr("kindly.cli.long_run.LONG_RUN", 10)
    monkeypatch.setattr("kindly.cli.long_run.NEEDS_YOU_SHOWN", 5)


def test_a_long_run_prints_the_counts_and_what_needs_her_first(
    dana: Kindly, long_runs_from_ten: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    result = dana("triage", str(EXAMPLES / "inbox.mbox"), "--profile", str(EXAMPLES / "profile.toml"))
    assert result.exit_code == 0, result.output
    shown = result.stdout
    assert shown.startswith("53 messages: ")  # the counts first, in the order of urgency
    counts = shown.splitlines()[0]
    assert (
        counts.index("accept")
        < counts.index("ask_details")
        < counts.index("decline")
        < counts.index("ignore")
    )
    assert "Needs you: 5 of " in shown
    listed = [line for line in shown.splitlines() if re.match(r"│\s+\d+ │", line)]  # a row's first line
    assert len(listed) == 5
    assert all("accept" in line for line in listed)  # there are more than five yeses: they come first
    said = " ".join(shown.split())
    waiting = int(re.findall(r"Needs you: 5 of (\d+)", said)[0])
    assert waiting == 53 - int(re.findall(r"(\d+) ignore", counts)[0])  # all but the ignored
    assert f"{waiting - 5} more need you" in said and "`kindly triage --all` (or --json) every row" in said
    assert "ignore │" not in shown  # a message that needs nothing is only counted


def test_all_prints_every_row_of_a_long_run(dana: Kindly, long_runs_from_ten: None) -> None:
    result = dana(
        "triage", str(EXAMPLES / "inbox.mbox"), "--profile", str(EXAMPLES / "profile.toml"), "--all"
    )
    assert result.exit_code == 0, result.output
    assert "Needs you" not in result.stdout
    assert result.stdout.count("│ ignore") + result.stdout.count("ignore  ") > 0


def test_json_has_every_record_of_a_long_run(dana: Kindly, long_runs_from_ten: None) -> None:
    records, _said = triage(dana, str(EXAMPLES / "inbox.mbox"))
    assert len(records) == 53


def test_the_demo_keeps_its_full_table() -> None:
    from kindly.cli.long_run import LONG_RUN

    assert LONG_RUN >= 64  # `make demo` triages 64 items and prints every row


# -- 5. one word table for a team's name and a team's address -----------------------------------------------------


@pytest.mark.parametrize(
    ("name", "address", "a_team"),
    [
        pytest.param("Ventas", "ventas@tiendaverde.example", True, id="spanish-sales"),
        pytest.param("Équipe Accueil", "equipe@atelier.example", True, id="french-team"),
        pytest.param("Klantenservice", "klantenservice@bakkerij.example", True, id="dutch-service"),
        pytest.param("Maria Ventas", "maria.ventas@tiendaverde.example", False, id="a-person-named-ventas"),
    ],
)
def test_a_teams_name_and_its_address_are_read_by_one_table(name: str, address: str, a_team: bool) -> None:
    from kindly.decide.words import from_a_shared_mailbox
    from kindly.reply.role_names import names_a_role

    assert (names_a_role(name), from_a_shared_mailbox(address)) == (a_team, a_team)


def test_every_word_both_read_is_met_by_both() -> None:
    from kindly.decide.team_words import TEAM_WORDS
    from kindly.decide.words import from_a_shared_mailbox
    from kindly.reply.role_names import names_a_role

    shared = [word for row in TEAM_WORDS for word in row.both.split()]
    assert shared and all(names_a_role(word.capitalize()) for word in shared)
    assert all(from_a_shared_mailbox(f"{word}@example.com") for word in shared if word.isascii())
