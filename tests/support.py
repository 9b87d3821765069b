"""Helpers for tests: where things are, a way to run the CLI as a user would, and builders of what tests feed
kindly - mails (as .eml files or as Messages), profiles, an inbox whose mail is triaged as it arrives."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event
from typer.testing import CliRunner, Result

from kindly.model import Message
from kindly.profile import NeverRule, Profile, Provider, load_profile

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
SHARED = REPO.parent / "shared"
EXAMPLE_SOURCES = [
    EXAMPLES / "inbox.mbox",
    EXAMPLES / "invitation.ics",
    EXAMPLES / "linkedin" / "messages.csv",
]
EXAMPLE_PROFILE_FILE = EXAMPLES / "profile.toml"
EXAMPLE_PROFILE = load_profile(EXAMPLE_PROFILE_FILE)  # Dana Reyes, a fractional CFO for design studios


class Kindly:
    """Runs `kindly ...` through Typer's runner against one app folder."""

    def __init__(self, home: Path) -> None:
        from kindly.cli import app

        self.app = app
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None) -> Result:
        return self.runner.invoke(self.app, list(args), input=input, catch_exceptions=False)

    @property
    def database(self) -> Path:
        return self.home / "kindly.db"


# -- running triage ---------------------------------------------------------------------------------------------


def triaged(
    kindly: Kindly, *sources: Path | str, profile: Path | str = EXAMPLE_PROFILE_FILE, input: str | None = None
) -> list[dict[str, Any]]:
    """`kindly triage --json` of these sources (`-` reads `input`) against `profile`: one record per message,
    in order."""
    result = kindly("triage", *map(str, sources), "--profile", str(profile), "--json", input=input)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def triaged_one(
    kindly: Kindly, source: Path | str, profile: Path | str = EXAMPLE_PROFILE_FILE
) -> dict[str, Any]:
    """The record of triaging a source that holds one message."""
    [record] = triaged(kindly, source, profile=profile)
    return record


# -- mails ------------------------------------------------------------------------------------------------------


def eml(
    path: Path,
    body: str,
    *,
    sender: str,
    subject: str,
    date: str | datetime,
    to: str = "dana@example.com",
    cc: str = "",
    message_id: str = "",
    in_reply_to: str = "",
    references: Sequence[str] = (),
) -> Path:
    """An e-mail as a mail program writes it, saved at `path`. Message IDs are given without their angle
    brackets; a header left empty is not written (a mail with no Message-ID is told apart by its content)."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = to
    if cc:
        mail["Cc"] = cc
    mail["Subject"] = subject
    if message_id:
        mail["Message-ID"] = f"<{message_id}>"
    mail["Date"] = date if isinstance(date, str) else format_datetime(date)
    if in_reply_to:
        mail["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        mail["References"] = " ".join(f"<{ref}>" for ref in references)
    mail.set_content(body)
    path.write_bytes(bytes(mail))
    return path


def gordons_mail(
    path: Path,
    message_id: str,
    body: str,
    subject: str,
    *,
    in_reply_to: str = "",
    references: Sequence[str] = (),
) -> Path:
    """Mail to Dana from Gordon Whitfield, the financial planner of the seed scenario (examples/profile.toml)."""
    return eml(
        path,
        body,
        sender="Gordon Whitfield <gordon@evergreenpath.example>",
        subject=subject,
        message_id=message_id,
        date="Mon, 16 Nov 2026 09:00:00 -0800",
        in_reply_to=in_reply_to,
        references=references,
    )


def incoming(text: str, **fields: Any) -> Message:
    """A message as ingest makes it, whose own words are `text` (its body too, unless `body` is given); any other
    field of Message by name (from_name, from_addr, subject, date, signature...)."""
    fields.setdefault("source", "t")
    fields.setdefault("body", text)
    return Message(own_text=text, **fields)


# -- profiles ---------------------------------------------------------------------------------------------------


def profile_file(toml: str, folder: Path, name: str = "profile.toml") -> Path:
    """A profile written where kindly's --profile can read it."""
    path = folder / name
    path.write_text(toml, encoding="utf-8")
    return path


def written_profile(toml: str, folder: Path) -> Profile:
    """A user's profile as they would write it, read as kindly reads any profile."""
    return load_profile(profile_file(toml, folder))


def with_providers(*providers: tuple[str, str], profile: Profile = EXAMPLE_PROFILE) -> Profile:
    """`profile` with these (category, name) providers instead of its own."""
    listed = [Provider(category=category, name=name) for category, name in providers]
    return profile.model_copy(update={"providers": listed})


def with_never(*rules: str, profile: Profile = EXAMPLE_PROFILE) -> Profile:
    """`profile` with these never-rules instead of its own."""
    return profile.model_copy(update={"never": [NeverRule(what=rule) for rule in rules]})


# -- an inbox whose mail is triaged as it arrives ---------------------------------------------------------------


class Inbox:
    """Mail to the user of `profile` (TOML), written as .eml files in `folder`, each triaged as it arrives."""

    def __init__(self, kindly: Kindly, folder: Path, profile: str) -> None:
        self.kindly, self.folder = kindly, folder
        self.profile = profile_file(profile, folder)
        self.user = next(line.split('"')[1] for line in profile.splitlines() if line.startswith("email"))

    def arrives(
        self, sender: str, name: str, subject: str, body: str, date: str, replies_to: str = ""
    ) -> dict[str, Any]:
        """Mail `name` from `sender` (replying to mail `replies_to`), triaged: its record."""
        replied = f"{replies_to}@mail.example.com" if replies_to else ""
        path = eml(
            self.folder / f"{name}.eml",
            body,
            sender=sender,
            to=self.user,
            subject=subject,
            message_id=f"{name}@mail.example.com",
            date=date,
            in_reply_to=replied,
            references=(replied,) if replied else (),
        )
        return triaged_one(self.kindly, path, profile=self.profile)

    def pending(self) -> dict[int, str]:
        """The drafts waiting in `kindly drafts`: message ID -> decision."""
        return {d["message_pk"]: d["decision"] for d in json.loads(self.kindly("drafts", "--json").stdout)}

    def show(self, message_id: int) -> str:
        return str(self.kindly("show", str(message_id), "--profile", str(self.profile)).stdout)


class Correspondent(Inbox):
    """One sender's mail to the user: an inbox where all of it comes from `sender`."""

    def __init__(self, kindly: Kindly, folder: Path, profile: str, sender: str) -> None:
        super().__init__(kindly, folder, profile)
        self.sender = sender

    def writes(self, name: str, subject: str, body: str, date: str, replies_to: str = "") -> dict[str, Any]:
        """The sender's mail `name`, triaged as it arrives: its record."""
        return self.arrives(self.sender, name, subject, body, date, replies_to)


# A wedding photographer in Portland (the thirteenth session's review), as two test files read her.
PHOTOGRAPHER = """
[user]
name = "Maya Lindqvist"
email = "maya@lindqvistphoto.com"
signature = "Maya"
tone = "warm"
date_style = "us"
weekly_networking_hours = 4

[[goals]]
kind = "find_clients"
description = "Couples planning weddings in the Pacific Northwest who need a wedding photographer"
targets = ["couples", "engaged couples", "wedding planners"]
priority = 1

[[goals]]
kind = "find_community"
description = "Two-way referral relationships with wedding planners and venues"
targets = ["wedding planners", "venues"]
priority = 2

[[never]]
what = "unpaid work"

[[never]]
what = "styled shoots where I pay"
"""

# An estate agent in Austin (the twelfth session's review); her weekly hours as each test needs them.
ESTATE_AGENT = """
[user]
name = "Lena Ortiz"
email = "lena@pecanhomes.example.com"
signature = "Lena"
tone = "warm"
date_style = "us"
weekly_networking_hours = {hours}
holidays = "US-TX"

[[goals]]
kind = "find_clients"
description = "Home buyers and sellers in Austin who come through community ties and referrals"
targets = ["home buyers", "home sellers", "first-time buyers", "neighborhood associations"]
priority = 1

[[goals]]
kind = "meet_person"
description = "Get to know Omar Haddad, head of people at Quillfield Labs, which is moving staff to Austin"
targets = ["Omar Haddad", "Quillfield Labs"]
priority = 1

[[goals]]
kind = "build_credibility"
description = "Speak at first-time-buyer workshops and homebuyer education classes"
targets = ["first-time buyer workshops", "homebuyer education", "credit unions", "first-time homebuyers"]
priority = 2
"""

# A technology journalist in Dublin (the twelfth session's review), with the goal both thread tests read.
JOURNALIST = """
[user]
name = "Orla Byrne"
email = "orla@byrne.example.ie"
signature = "Orla Byrne"
tone = "formal"
date_style = "international"
weekly_networking_hours = 3
holidays = "IE"

[[goals]]
kind = "meet_person"
description = "Sources for my series on robots in Irish factories: plant managers and engineers who run them"
targets = ["Dr Aoife Keane", "robots in factories"]
priority = 1
"""


# -- the SQL a piece of kindly runs ------------------------------------------------------------------------


@contextmanager
def statements(sessions: Any) -> Iterator[list[tuple[str, Any]]]:
    """The SELECT statements run on `sessions`' database inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []
    engine = sessions.kw["bind"]

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", capture)
