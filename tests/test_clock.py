"""KINDLY_NOW: the day kindly reads mail as on, so that a triage can be reproduced (and the tests pinned)."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import EXAMPLES, Kindly, eml, triaged_one


def _coffee(tmp_path: Path) -> Path:
    return eml(
        tmp_path / "coffee.eml",
        "Hi Dana,\n\nWould you have time for a coffee sometime? I'd love to hear how you work.\n\nPriya",
        sender="Priya Natarajan <priya@fieldwork.example.com>",
        subject="Coffee?",
        date="Fri, 20 Nov 2026 09:00:00 +0000",
    )


def test_mail_read_weeks_later_gets_times_after_the_day_it_is_read(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "2027-02-08T09:00:00+00:00")
    draft = str(triaged_one(kindly, _coffee(tmp_path))["draft"] or "")
    assert "February" in draft and "November" not in draft and "December" not in draft, draft


def test_a_kindly_now_that_is_no_date_is_a_clear_error(
    kindly: Kindly, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDLY_NOW", "next tuesday")
    result = kindly("triage", str(_coffee(tmp_path)), "--profile", str(EXAMPLES / "profile.toml"))
    assert result.exit_code != 0
    assert "KINDLY_NOW" in result.output and "next tuesday" in result.output
