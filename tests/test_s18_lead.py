"""The lead's checks of the eighteenth session's merged work."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.paths import app_home


def test_a_test_without_an_app_folder_of_its_own_never_writes_into_the_real_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("KINDLY_HOME", raising=False)
    real = Path.home() / ".local" / "share" / "kindly"
    assert app_home() != real
