"""`kindly init` writes a commented profile to the app folder, or where --profile says."""

from __future__ import annotations

from pathlib import Path

from kindly.profile import load_profile
from support import Kindly


def test_init_writes_a_commented_profile_into_kindly_home(kindly: Kindly) -> None:
    result = kindly("init")
    assert result.exit_code == 0, result.output
    written = kindly.home / "profile.toml"
    text = written.read_text()
    assert "# kindly profile" in text and "[[goals]]" in text and "[[never]]" in text
    assert load_profile(written).user.tone == "warm"


def test_init_never_overwrites_without_force(kindly: Kindly) -> None:
    kindly("init")
    profile = kindly.home / "profile.toml"
    profile.write_text(profile.read_text().replace("Your Name", "Kim Lee"))
    refused = kindly("init")
    assert refused.exit_code == 2 and "already exists" in refused.output
    assert "Kim Lee" in profile.read_text()
    assert kindly("init", "--force").exit_code == 0
    assert "Kim Lee" not in profile.read_text()


def test_profile_option_writes_elsewhere(kindly: Kindly, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "me.toml"
    assert kindly("init", "--profile", str(target)).exit_code == 0
    assert target.exists()
    assert not (kindly.home / "profile.toml").exists()


def test_the_app_folder_defaults_to_xdg_data_home(monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kindly.paths import app_home

    monkeypatch.delenv("KINDLY_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert app_home() == tmp_path / "kindly"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert app_home() == tmp_path / ".local" / "share" / "kindly"
