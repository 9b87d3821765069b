"""The app folder's config.toml: mail accounts for `kindly sync` and `kindly drafts push`, the SMTP server
for `kindly send`, the optional polish endpoint, the optional CalDAV calendar, and where passwords come from.

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

```toml
[smtp]                         # optional: only `kindly send ID` uses it
host = "smtp.example.com"
port = 587                     # optional: 587 starttls, 465 tls, 25 none
security = "starttls"          # starttls | tls | none (none only for localhost / 127.0.0.1)
user = "dana@example.com"      # optional
password_env = "KINDLY_SMTP_PASSWORD"

[polish]                       # optional: a language model may reword drafts
base_url = "http://127.0.0.1:11434/v1"
model = "llama3.2"
api_key_env = ""               # optional
timeout = 30

[calendar]                     # optional: your CalDAV calendars; their busy time counts in triage
caldav_url = "https://dav.example.com/dav/"   # a server, your principal, or one calendar collection
user = "dana@example.com"      # optional: no login when empty
password_env = "CALDAV_PASSWORD"              # optional
timeout = 30                   # optional
```

A password is never read from this file, nor stored by kindly: an account's comes from the variable named by
`password_env`, else from `KINDLY_PASSWORD_<NAME>`, else from the system keyring
(`keyring set kindly <name>`); the SMTP password from the variable named by `smtp.password_env`; the CalDAV
password from the variable named by `calendar.password_env`, else from `KINDLY_CALDAV_PASSWORD`, else from the
keyring (`keyring set kindly caldav`). Any mistake becomes a ConfigError naming the file, line and key.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Self
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kindly.errors import ConfigError
from kindly.profile import validation_problems
from kindly.send.smtp import SmtpSettings

if TYPE_CHECKING:
    from kindly.reply.polish import PolishSettings

KEYRING_SERVICE = "kindly"
CALDAV_KEYRING_NAME = "caldav"
CALDAV_PASSWORD_ENV = "KINDLY_CALDAV_PASSWORD"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SECRET_KEYS = ("password", "pass", "secret", "token", "api_key")


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


class _SettingsTable(BaseModel):
    """A table that builds the settings of an adapter ([smtp], [polish]): they are built as the file is read, so a
    bad one is named with its table, not when a message is first sent or polished."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    def settings(self) -> object:
        raise NotImplementedError

    @model_validator(mode="after")
    def _valid(self) -> Self:
        try:
            self.settings()
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return self


class Smtp(_SettingsTable):
    """The [smtp] table: where `kindly send` hands a message over (see kindly.send.SmtpSettings)."""

    host: Annotated[str, Field(min_length=1)]
    port: Annotated[int, Field(ge=0, le=65535)] = 0
    security: Literal["starttls", "tls", "none"] = "starttls"
    user: str = ""
    password_env: str = ""
    timeout: Annotated[float, Field(gt=0, le=600)] = 30.0

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host,
            port=self.port,
            security=self.security,
            user=self.user,
            password_env=self.password_env,
            timeout=self.timeout,
        )


class Polish(_SettingsTable):
    """The [polish] table: an OpenAI-compatible endpoint that may reword drafts (off when absent)."""

    base_url: Annotated[str, Field(min_length=1)]
    model: Annotated[str, Field(min_length=1)]
    api_key_env: str = ""
    timeout: Annotated[float, Field(gt=0, le=600)] = 30.0

    def settings(self) -> PolishSettings:
        from kindly.reply.polish import PolishSettings

        return PolishSettings(
            base_url=self.base_url, model=self.model, api_key_env=self.api_key_env, timeout=self.timeout
        )


def caldav_url_problem(url: str) -> str | None:
    """Why a CalDAV URL cannot be used, or None: http(s) with a host, plain http only on this machine."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme.lower() not in ("http", "https") or not host:
        return "use an http:// or https:// URL with a host"
    if parts.scheme.lower() == "http" and host not in LOCAL_HOSTS:
        return (
            f"http:// sends the password and your calendar unencrypted: only allowed for "
            f"{', '.join(sorted(LOCAL_HOSTS))}, not {host}; use https://"
        )
    return None


class CalendarServer(BaseModel):
    """The [calendar] table: a CalDAV server whose busy time counts when weighing invitations."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    caldav_url: Annotated[str, Field(min_length=1)]
    user: str = ""
    password_env: str = ""
    timeout: Annotated[float, Field(gt=0, le=600)] = 30.0

    @field_validator("caldav_url")
    @classmethod
    def _usable_url(cls, value: str) -> str:
        problem = caldav_url_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    accounts: list[Account] = []
    smtp: Smtp | None = None
    polish: Polish | None = None
    calendar: CalendarServer | None = None

    def smtp_settings(self) -> SmtpSettings | None:
        """The [smtp] table as SmtpSettings, or None when there is none (then nothing can be sent)."""
        return self.smtp.settings() if self.smtp is not None else None

    def polish_settings(self) -> PolishSettings | None:
        """The [polish] table as PolishSettings, or None when there is none (polish is off)."""
        return self.polish.settings() if self.polish is not None else None

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
    for table, variable in (
        ("smtp", "password_env"),
        ("polish", "api_key_env"),
        ("calendar", "password_env"),
    ):
        section = data.get(table)
        if isinstance(section, dict):
            secret = next((key for key in section if key.lower() in _SECRET_KEYS), None)
            if secret:
                raise ConfigError(
                    f"{source}: key {table}.{secret}: a secret is never read from a file; "
                    f"name the environment variable that holds it ({variable})"
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
    stored, problem = _from_keyring(account.name)
    if stored:
        return stored
    if problem == _NO_KEYRING:
        raise ConfigError(
            f"account {account.name}: no password found, and {_NO_KEYRING}; set {account.env_name} "
            "(or name a variable of your own in password_env)"
        )
    raise ConfigError(
        f"account {account.name}: no password found{problem}; store it with "
        f"`keyring set {KEYRING_SERVICE} {account.name}` or set {account.env_name}"
    )


# what is said where the keyring has no backend to keep a password in (a server, a container): `keyring set`
# would fail there too, so only the environment is offered
_NO_KEYRING = "this machine has no system keyring to keep one in"


def _from_keyring(name: str) -> tuple[str | None, str]:
    """The password the keyring keeps under `name`, and, where it could not answer, why (for the error)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, name), ""
    except NoKeyringError:
        return None, _NO_KEYRING
    except KeyringError as exc:
        return None, f" (the keyring answered: {exc.__class__.__name__})"


def calendar_password(calendar: CalendarServer) -> str | None:
    """The CalDAV password: None when there is no user (no login); else from `password_env`, else
    KINDLY_CALDAV_PASSWORD, else the keyring (`keyring set kindly caldav`)."""
    if not calendar.user:
        return None
    if calendar.password_env:
        value = os.environ.get(calendar.password_env)
        if not value:
            raise ConfigError(f"calendar: password_env names {calendar.password_env}, which is not set")
        return value
    value = os.environ.get(CALDAV_PASSWORD_ENV)
    if value:
        return value
    stored, problem = _from_keyring(CALDAV_KEYRING_NAME)
    if stored:
        return stored
    if problem == _NO_KEYRING:
        raise ConfigError(
            f"calendar: no CalDAV password found for {calendar.user}, and {_NO_KEYRING}; set "
            f"{CALDAV_PASSWORD_ENV} (or name a variable of your own in password_env)"
        )
    raise ConfigError(
        f"calendar: no CalDAV password found for {calendar.user}{problem}; set {CALDAV_PASSWORD_ENV}, name "
        f"a variable in password_env, or store it with `keyring set {KEYRING_SERVICE} {CALDAV_KEYRING_NAME}`"
    )
