"""Settings of the web page: where the files are, how big an upload may be, the session secret.

Built by `kindly serve` (or a test) and handed to `create_app`; nothing here runs at import time.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from kindly.paths import app_home

MAX_UPLOAD_BYTES = 25 * 1024 * 1024
SECRET_FILE = "web-secret"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True, slots=True)
class WebSettings:
    home: Path  # the app folder: web.toml (login), web-secret (session key)
    database: Path
    profile: Path
    secret_key: str
    host: str = "127.0.0.1"
    max_upload_bytes: int = MAX_UPLOAD_BYTES
    session_days: int = 14

    @property
    def https_only(self) -> bool:
        """Session cookies travel over HTTPS only, except on this machine's own loopback address."""
        return self.host not in LOCAL_HOSTS


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS


def secret_key(home: Path) -> str:
    """The key that signs session cookies: made once, kept in the app folder (readable by the user only)."""
    path = home / SECRET_FILE
    try:
        existing = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        existing = ""
    if len(existing) >= 32:
        return existing
    home.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    temp = path.with_name(f".{SECRET_FILE}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    os.replace(temp, path)
    return key


def load_settings(
    home: Path | None = None,
    *,
    host: str = "127.0.0.1",
    profile: Path | None = None,
    database: Path | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
) -> WebSettings:
    folder = home or app_home()
    return WebSettings(
        home=folder,
        database=database or folder / "kindly.db",
        profile=profile or folder / "profile.toml",
        secret_key=secret_key(folder),
        host=host,
        max_upload_bytes=max_upload_bytes,
    )
