"""The app folder's config.toml: mail accounts for `kindly sync`, and where their passwords come from.

```toml
[[accounts]]
name = "work"                  # letters, digits, - _ . ; names the keyring entry and the env variable
host = "imap.example.com"
port = 993                     # optional: 993 for tls, 143 for starttls and none
security = "tls"               # tls | starttls | none (none only for 127.0.0.1 / localhost)
user = "dana@example.com"
folders = ["INBOX"]            # optional
password_env = "WORK_IMAP_PASSWORD"   # optional: the variable holding the password
ca_file = "/etc/ssl/my-ca.pem"        # optional: also trust this CA (a self-signed server)
```

A password is never read from this file, nor stored by kindly: it comes from the variable named by
`password_env`, else from `KINDLY_PASSWORD_<NAME>`, else from the system keyring
(`keyring set kindly <name>`). Any mistake becomes a ConfigError naming the file, line and key.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kindly.errors import ConfigError
from kindly.profile import validation_problems

KEYRING_SERVICE = "kindly"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SECRET_KEYS = ("password", "pass", "secret", "token")


class Account(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    name: Annotated[str, Field(min_length=1, max_length=100)]
    host: Annotated[str, Field(min_length=1)]
    port: Annotated[int, Field(ge=1, le=65535)] | None = None
    security: Literal["tls", "starttls", "none"] = "tls"
    user: Annotated[str, Field(min_length=1)]
    folders: Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)] = ["INBOX"]
    password_env: str | None = None
    ca_file: Path | None = None
    timeout: Annotated[float, Field(gt=0, le=600)] = 60.0

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("use letters, digits, '-', '_' and '.' only")
        return value

    @model_validator(mode="after")
    def _no_plain_text_off_this_machine(self) -> Self:
        if self.security == "none" and self.host.lower() not in LOCAL_HOSTS:
            raise ValueError(
                f'security = "none" sends the password unencrypted: only allowed for '
                f"{', '.join(sorted(LOCAL_HOSTS))}, not {self.host}"
            )
        return self

    @property
    def server_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def env_name(self) -> str:
        """KINDLY_PASSWORD_<NAME>: the name upper-cased, other characters as '_'."""
        return "KINDLY_PASSWORD_" + re.sub(r"[^A-Z0-9]", "_", self.name.upper())


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    accounts: list[Account] = []

    @model_validator(mode="after")
    def _unique_names(self) -> Self:
        names = [a.name for a in self.accounts]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"account names must be unique: {', '.join(twice)}")
        return self


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no config here; add an [[accounts]] table (see README, `kindly sync`)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the config ({exc})") from None
    return parse_config(text, str(path))


def parse_config(text: str, source: str = "config.toml") -> Config:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    for number, account in enumerate(data.get("accounts") or []):
        if isinstance(account, dict):
            secret = next((key for key in account if key.lower() in _SECRET_KEYS), None)
            if secret:
                raise ConfigError(
                    f"{source}: key accounts[{number}].{secret}: a password is never read from a file; "
                    "use the keyring (`keyring set kindly NAME`) or an environment variable (password_env)"
                )
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: " + "; ".join(validation_problems(exc, text))) from None


def account_password(account: Account) -> str:
    """The account's password: from `password_env`, else KINDLY_PASSWORD_<NAME>, else the keyring."""
    if account.password_env:
        value = os.environ.get(account.password_env)
        if not value:
            raise ConfigError(
                f"account {account.name}: password_env names {account.password_env}, which is not set"
            )
        return value
    value = os.environ.get(account.env_name)
    if value:
        return value
    import keyring
    from keyring.errors import KeyringError

    problem = ""
    try:
        stored = keyring.get_password(KEYRING_SERVICE, account.name)
    except KeyringError as exc:
        stored, problem = None, f" (the keyring answered: {exc.__class__.__name__})"
    if stored:
        return stored
    raise ConfigError(
        f"account {account.name}: no password found{problem}; store it with "
        f"`keyring set {KEYRING_SERVICE} {account.name}` or set {account.env_name}"
    )
