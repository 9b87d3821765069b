"""A time offered in one triage is not offered again in the next: DMs pasted one at a time each come in a run
of their own (the photographer's review)."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage
from pathlib import Path

from support import EXAMPLES, Kindly


def _coffee(tmp_path: Path, name: str, address: str) -> Path:
    note = EmailMessage()
    note["From"] = f"{name} <{address}>"
    note["To"] = "dana@example.com"
    note["Subject"] = "Bookkeeping for our studio"
    note["Date"] = "Mon, 30 Nov 2026 09:00:00 +0000"
    note.set_content(
        f"Hi Dana,\n\nWe're a six-person design studio looking for someone to take over our monthly bookkeeping. "
        f"Could we have a short call next week to talk it through?\n\n{name}"
    )
    path = tmp_path / f"{address}.eml"
    path.write_bytes(bytes(note))
    return path


def _times(kindly: Kindly, eml: Path) -> set[str]:
    result = kindly("triage", str(eml), "--profile", str(EXAMPLES / "profile.toml"), "--json")
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert record["decision"] == "accept", record["reason"]
    return set(re.findall(r"\w+day, \w+ \d+ at [\d:]+ ?[ap]m|\w+day \d+ \w+ at [\d:]+", record["draft"]))


def test_a_time_offered_in_an_earlier_run_is_not_offered_again(kindly: Kindly, tmp_path: Path) -> None:
    first = _times(kindly, _coffee(tmp_path, "Jenna Ortiz", "jenna@ortizstudio.example.com"))
    second = _times(kindly, _coffee(tmp_path, "Marcus Lee", "marcus@leedesign.example.com"))
    assert first and second, (first, second)
    assert not first & second, (first, second)
