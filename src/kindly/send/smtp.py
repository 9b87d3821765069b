"""A thin SMTP adapter: one message, one connection, a clear SendError for every way it can fail.

Only ever called for a message the user approved. The password is passed in by the caller (read from the
environment variable the settings name) and appears in no error message and no log.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING, Literal, get_args

from kindly.errors import ConfigError
from kindly.send.errors import SendError

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

Security = Literal["starttls", "tls", "none"]
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "tls": 465, "none": 25}


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    """Where and how to send. `security="none"` (no encryption) is allowed only to this machine."""

    host: str
    port: int = 0  # 0: the usual port for `security` (587, 465 or 25)
    security: Security = "starttls"
    user: str = ""
    password_env: str = ""  # the environment variable that holds the password
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise ConfigError("smtp.host: is empty")
        if self.security not in get_args(Security):
            raise ConfigError(f"smtp.security: {self.security!r} is not one of starttls, tls, none")
        if self.security == "none" and self.host.strip().lower() not in LOOPBACK:
            raise ConfigError(
                f"smtp.security: 'none' sends the password and the mail unencrypted; it is allowed only for "
                f"localhost or 127.0.0.1, not {self.host!r}"
            )
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"smtp.port: {self.port} is not a port number")
        if self.timeout <= 0:
            raise ConfigError("smtp.timeout: must be more than 0 seconds")
        if self.user and not self.password_env:
            raise ConfigError("smtp.password_env: name the environment variable that holds the password")

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    def password(self, environ: Mapping[str, str] = os.environ) -> str | None:
        """The password from the environment variable the settings name, or None."""
        return environ.get(self.password_env) if self.password_env else None


class _SMTP(smtplib.SMTP):
    """smtplib's client, keeping the server's reply to DATA (it holds the queue id)."""

    data_reply: tuple[int, bytes] = (0, b"")

    def data(self, msg: ReadableBuffer | str) -> tuple[int, bytes]:
        reply = super().data(msg)
        self.data_reply = reply
        return reply


class _SMTPSSL(_SMTP, smtplib.SMTP_SSL):
    pass


def send(message: EmailMessage, settings: SmtpSettings, password: str | None) -> str:
    """Send one message; returns the server's answer to it (e.g. '250 2.0.0 Ok: queued as 4XkT2b').

    Raises SendError, naming the server and the reason, when the server cannot be reached, TLS or login
    fails, or it refuses the sender, a recipient or the message.
    """
    where = f"{settings.host}:{settings.effective_port}"
    if settings.user and not password:
        raise ConfigError(f"smtp: user {settings.user!r} needs a password; set ${settings.password_env}")
    if not any(message.get_all(field) for field in ("To", "Cc", "Bcc")):
        raise SendError(where, "the message has no recipient")
    try:
        return _send(message, settings, password)
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        reason = f"login as {settings.user!r} was refused ({_said(exc.smtp_code, exc.smtp_error)})"
    except smtplib.SMTPSenderRefused as exc:
        reason = f"the sender {exc.sender} was refused ({_said(exc.smtp_code, exc.smtp_error)})"
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(f"{rcpt} ({_said(*reply)})" for rcpt, reply in exc.recipients.items())
        reason = f"the recipient was refused: {refused}"
    except smtplib.SMTPDataError as exc:
        reason = f"the message was refused ({_said(exc.smtp_code, exc.smtp_error)})"
    except smtplib.SMTPNotSupportedError as exc:
        reason = f"the server does not support this: {exc}"
    except smtplib.SMTPServerDisconnected as exc:
        reason = f"the server closed the connection ({exc or 'no reason given'})"
    except smtplib.SMTPResponseException as exc:
        reason = f"the server answered {_said(exc.smtp_code, exc.smtp_error)}"
    except smtplib.SMTPException as exc:
        reason = str(exc) or type(exc).__name__
    except ssl.SSLError as exc:
        reason = f"TLS failed ({exc.reason or exc})"
    except TimeoutError:
        reason = f"no answer within {settings.timeout:g} seconds"
    except OSError as exc:
        reason = f"cannot connect ({exc.strerror or exc})"
    if password:
        reason = reason.replace(password, "***")
    raise SendError(where, reason) from None


def _send(message: EmailMessage, settings: SmtpSettings, password: str | None) -> str:
    port = settings.effective_port
    context = ssl.create_default_context()
    smtp = (
        _SMTPSSL(settings.host, port, timeout=settings.timeout, context=context)
        if settings.security == "tls"
        else _SMTP(settings.host, port, timeout=settings.timeout)
    )
    with smtp:
        smtp.ehlo()
        if settings.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise SendError(
                    f"{settings.host}:{port}",
                    "the server does not offer STARTTLS, and the mail will not go out unencrypted",
                )
            smtp.starttls(context=context)
            smtp.ehlo()
        if settings.user and password:
            smtp.login(settings.user, password)
        refused = smtp.send_message(message)
        if refused:
            listed = ", ".join(f"{rcpt} ({_said(*reply)})" for rcpt, reply in refused.items())
            raise SendError(f"{settings.host}:{port}", f"sent, but these recipients were refused: {listed}")
        code, text = smtp.data_reply
        return _said(code, text)


def _said(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}".strip()
