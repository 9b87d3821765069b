"""send: one approved message through a real SMTP server (aiosmtpd on 127.0.0.1), and every way it fails."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from kindly.errors import ConfigError, KindlyError
from kindly.ingest.ics import calendar_messages
from kindly.model import Draft
from kindly.profile import load_profile
from kindly.reply.calendar_reply import PartStat, calendar_reply
from kindly.reply.outgoing import build_message
from kindly.send import SendError, SmtpSettings, send
from smtp_server import QUEUE_ID, SmtpInbox, SmtpServer, free_port, run_smtp
from support import EXAMPLES

PROFILE = load_profile(EXAMPLES / "profile.toml")
NOW = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
PASSWORD = "s3cret-Hunter2!"


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    yield from run_smtp(SmtpInbox())


@pytest.fixture
def refusing_server() -> Iterator[SmtpServer]:
    yield from run_smtp(SmtpInbox(refuse=True))


def only_dana(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data.login == b"dana" and data.password == PASSWORD.encode()
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@pytest.fixture
def auth_server() -> Iterator[SmtpServer]:
    yield from run_smtp(SmtpInbox(), authenticator=only_dana, auth_required=True, auth_require_tls=False)


def reply(with_calendar: bool = False) -> EmailMessage:
    invitation = calendar_messages((EXAMPLES / "invitation.ics").read_bytes(), "invitation.ics")[0]
    assert invitation.event is not None
    ics = calendar_reply(
        invitation.event, "dana@example.com", PartStat.ACCEPTED, "Glad to come – Zoë", now=NOW
    )
    draft = Draft(text="Hi Hannah,\n\nThanks – I'd be glad to join.\n\nWarmly,\n\nDana\n", steps=("accept",))
    return build_message(draft, invitation, PROFILE, calendar=ics if with_calendar else None, now=NOW)


def headers(message: EmailMessage) -> list[tuple[str, str]]:
    """Every header in order; Content-Type without its boundary (each rendering draws a new one)."""
    return [(k, message.get_content_type() if k == "Content-Type" else str(v)) for k, v in message.items()]


def payloads(message: EmailMessage) -> list[tuple[str, bytes]]:
    """Each part's decoded content; text/plain with LF line ends (it travels as CRLF)."""
    out = []
    for part in message.walk():
        data = part.get_payload(decode=True) or b""  # None for the multipart containers
        assert isinstance(data, bytes)
        out.append(
            (
                part.get_content_type(),
                data.replace(b"\r\n", b"\n") if part.get_content_type() == "text/plain" else data,
            )
        )
    return out


def received(server: SmtpServer) -> EmailMessage:
    assert len(server.inbox.envelopes) == 1
    content = server.inbox.envelopes[0].content
    assert isinstance(content, bytes)  # decode_data=False: the bytes as they came in
    message = BytesParser(policy=policy.default).parsebytes(content)
    assert isinstance(message, EmailMessage)
    return message


def test_the_server_receives_exactly_what_was_sent(server: SmtpServer) -> None:
    message = reply(with_calendar=True)

    answer = send(message, server.settings, None)

    assert answer == f"250 2.0.0 Ok: queued as {QUEUE_ID}"
    envelope = server.inbox.envelopes[0]
    assert envelope.mail_from == "dana@example.com"
    assert envelope.rcpt_tos == ["events@cen.example.org"]
    got = received(server)
    assert headers(got) == headers(message)
    assert [p.get_content_type() for p in got.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/calendar",
        "application/ics",
    ]
    assert payloads(got) == payloads(message)
    attachment = next(got.iter_attachments())
    assert attachment.get_filename() == "invite-reply.ics"
    assert b"METHOD:REPLY" in (attachment.get_payload(decode=True) or b"")


def test_a_refused_recipient_is_a_send_error_naming_server_and_reason(refusing_server: SmtpServer) -> None:
    with pytest.raises(SendError) as caught:
        send(reply(), refusing_server.settings, None)
    error = caught.value
    assert isinstance(error, KindlyError)
    assert error.host == f"127.0.0.1:{refusing_server.settings.port}"
    assert "events@cen.example.org" in error.reason and "550" in error.reason
    assert str(error).startswith(f"cannot send through 127.0.0.1:{refusing_server.settings.port}: ")
    assert refusing_server.inbox.envelopes == []


def test_nothing_listening_is_a_send_error() -> None:
    port = free_port()  # bound and closed again: nothing listens there
    with pytest.raises(SendError, match=rf"127\.0\.0\.1:{port}: cannot connect"):
        send(reply(), SmtpSettings("127.0.0.1", port, security="none", timeout=5), None)


NO_TLS_WARNING = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS:UserWarning")


@NO_TLS_WARNING
def test_login_with_the_right_password_sends(auth_server: SmtpServer) -> None:
    settings = SmtpSettings(
        "127.0.0.1", auth_server.settings.port, "none", user="dana", password_env="KINDLY_PW"
    )
    assert send(reply(), settings, PASSWORD).endswith(QUEUE_ID)
    assert len(auth_server.inbox.envelopes) == 1


@NO_TLS_WARNING
def test_a_wrong_password_is_a_send_error_that_never_shows_the_password(
    auth_server: SmtpServer, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "not-" + PASSWORD
    settings = SmtpSettings(
        "127.0.0.1", auth_server.settings.port, "none", user="dana", password_env="KINDLY_PW"
    )
    with pytest.raises(SendError, match="login as 'dana' was refused") as caught:
        send(reply(), settings, wrong)
    shown = str(caught.value) + caplog.text + "".join(capsys.readouterr())
    assert wrong not in shown and PASSWORD not in shown
    assert auth_server.inbox.envelopes == []


def test_starttls_is_required_when_asked_for(server: SmtpServer) -> None:
    """The local server offers no STARTTLS; kindly will not fall back to sending in the clear."""
    settings = SmtpSettings("localhost", server.settings.port, security="starttls", timeout=5)
    with pytest.raises(SendError, match="does not offer STARTTLS"):
        send(reply(), settings, None)
    assert server.inbox.envelopes == []


def test_a_user_without_a_password_is_a_configuration_error(server: SmtpServer) -> None:
    settings = SmtpSettings("127.0.0.1", server.settings.port, "none", user="dana", password_env="KINDLY_PW")
    with pytest.raises(ConfigError, match=r"\$KINDLY_PW"):
        send(reply(), settings, None)


def test_a_message_without_recipients_is_not_sent(server: SmtpServer) -> None:
    message = reply()
    del message["To"]
    with pytest.raises(SendError, match="no recipient"):
        send(message, server.settings, None)


def test_the_password_comes_from_the_named_environment_variable() -> None:
    settings = SmtpSettings("smtp.example.com", user="dana", password_env="KINDLY_SMTP_PASSWORD")
    assert settings.password({"KINDLY_SMTP_PASSWORD": PASSWORD}) == PASSWORD
    assert settings.password({}) is None
    assert SmtpSettings("smtp.example.com").password({"X": "y"}) is None


@pytest.mark.parametrize(
    ("security", "port", "expected"),
    [
        pytest.param("starttls", 0, 587, id="starttls-default"),
        pytest.param("tls", 0, 465, id="tls-default"),
        pytest.param("none", 0, 25, id="none-default"),
        pytest.param("starttls", 2525, 2525, id="explicit"),
    ],
)
def test_ports(security: Any, port: int, expected: int) -> None:
    assert SmtpSettings("localhost", port, security).effective_port == expected


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        pytest.param(
            {"host": "smtp.example.com", "security": "none"}, "only for localhost", id="none-remote"
        ),
        pytest.param(
            {"host": "127.0.0.2", "security": "none"}, "only for localhost", id="none-other-loopback"
        ),
        pytest.param({"host": "smtp.example.com", "security": "ssl"}, "not one of", id="unknown-security"),
        pytest.param({"host": " "}, "host: is empty", id="no-host"),
        pytest.param({"host": "smtp.example.com", "port": 70000}, "not a port", id="bad-port"),
        pytest.param({"host": "smtp.example.com", "timeout": 0}, "timeout", id="no-timeout"),
        pytest.param({"host": "smtp.example.com", "user": "dana"}, "password_env", id="user-without-env"),
    ],
)
def test_bad_settings_are_refused(options: dict[str, Any], problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        SmtpSettings(**options)


@pytest.mark.parametrize(
    "host",
    [
        pytest.param("localhost", id="localhost"),
        pytest.param("127.0.0.1", id="ipv4"),
        pytest.param("::1", id="ipv6"),
    ],
)
def test_unencrypted_is_allowed_to_this_machine(host: str) -> None:
    assert SmtpSettings(host, 1025, "none").security == "none"
