"""Where kindly keeps its files: the app folder, moved by $KINDLY_HOME."""

from __future__ import annotations

import os
from pathlib import Path


def app_home() -> Path:
    override = os.environ.get("KINDLY_HOME")
    if override:
        return Path(override).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "kindly"


def default_profile_path() -> Path:
    return app_home() / "profile.toml"


def default_database_path() -> Path:
    return app_home() / "kindly.db"


def default_config_path() -> Path:
    """Mail accounts for `kindly sync` (no passwords: those come from the keyring or the environment)."""
    return app_home() / "config.toml"
