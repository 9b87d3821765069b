"""Shared fixtures: an app folder in tmp_path, the CLI runner, the shipped examples."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from support import EXAMPLES, Kindly

# Tests never reach a model hub; the shipped model lives in the package.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh app folder ($KINDLY_HOME): its own profile and SQLite file."""
    folder = tmp_path / "kindly-home"
    monkeypatch.setenv("KINDLY_HOME", str(folder))
    yield folder


@pytest.fixture
def kindly(home: Path) -> Kindly:
    return Kindly(home)


@pytest.fixture
def example_profile() -> Path:
    return EXAMPLES / "profile.toml"


@pytest.fixture(autouse=True)
def no_real_app_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that sets no $KINDLY_HOME of its own still never writes into the real ~/.local/share/kindly:
    its default app folder lies in a fresh temporary folder (a later run would see its mail as duplicates)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))


@pytest.fixture(autouse=True)
def reading_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test reads its mail as on 1 December 2026 (the day these tests were last written against): the
    mail is dated, and what kindly proposes counts from the later of its date and today."""
    monkeypatch.setenv("KINDLY_NOW", "2026-12-01T02:00:00+00:00")
