"""Who may use the page and the API: the login password (an scrypt hash in web.toml) and API tokens
(only their SHA-256 in the database)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import tomllib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import tomli_w
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kindly.errors import ConfigError
from kindly.store.web_tables import ApiTokenRow

WEB_FILE = "web.toml"
TOKEN_PREFIX = "kly_"
MIN_PASSWORD = 8
# scrypt cost: 2**15 * 8 * 128 B = 32 MiB of memory and ~0.1 s per check, as OWASP suggests.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """'scrypt$N$r$p$salt$hash' with a random 16-byte salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32
    )
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        found = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(found, expected)


def _web_file(home: Path) -> Path:
    return home / WEB_FILE


def read_web_config(home: Path) -> dict[str, object]:
    path = _web_file(home)
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read ({exc})") from None


def password_hash(home: Path) -> str | None:
    login = read_web_config(home).get("login")
    if isinstance(login, dict):
        value = login.get("password")
        if isinstance(value, str) and value:
            return value
    return None


def set_password(home: Path, password: str, **cost: int) -> Path:
    """Store the scrypt hash of a new login password in web.toml (written atomically, user-only)."""
    if len(password) < MIN_PASSWORD:
        raise ConfigError(f"the password needs at least {MIN_PASSWORD} characters")
    data = read_web_config(home)
    login = data.get("login")
    login = dict(login) if isinstance(login, dict) else {}
    login["password"] = hash_password(password, **cost)
    login["changed"] = datetime.now(UTC).replace(microsecond=0)
    data["login"] = login
    home.mkdir(parents=True, exist_ok=True)
    path = _web_file(home)
    temp = path.with_name(f".{WEB_FILE}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(b"# kindly web page: the login password's scrypt hash (set with `kindly passwd`).\n")
            tomli_w.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return path


# -- API tokens -------------------------------------------------------------------------------------


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: int
    name: str
    created_at: datetime
    last_used_at: datetime | None


def create_token(sessions: sessionmaker[Session], name: str = "") -> tuple[TokenInfo, str]:
    """A new API token: the token itself (to show once) and what is kept of it."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with sessions.begin() as session:
        row = ApiTokenRow(name=name.strip(), token_sha256=token_digest(token), created_at=datetime.now(UTC))
        session.add(row)
        session.flush()
        info = TokenInfo(row.id, row.name, row.created_at, None)
    return info, token


def check_token(sessions: sessionmaker[Session], token: str) -> TokenInfo | None:
    """The token's record when `token` is a valid API token (and note that it was used)."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with sessions.begin() as session:
        row = session.scalars(
            select(ApiTokenRow).where(ApiTokenRow.token_sha256 == token_digest(token))
        ).first()
        if row is None:
            return None
        row.last_used_at = datetime.now(UTC)
        return TokenInfo(row.id, row.name, row.created_at, row.last_used_at)


def list_tokens(sessions: sessionmaker[Session]) -> list[TokenInfo]:
    with sessions() as session:
        rows = session.scalars(select(ApiTokenRow).order_by(ApiTokenRow.id)).all()
        return [TokenInfo(r.id, r.name, r.created_at, r.last_used_at) for r in rows]


def revoke_token(sessions: sessionmaker[Session], token_id: int) -> bool:
    with sessions.begin() as session:
        row = session.get(ApiTokenRow, token_id)
        if row is None:
            return False
        session.delete(row)
        return True
