"""config.toml: mail accounts for `kindly sync`, validated, and passwords only from the environment or
the keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindly.config import account_password, load_config, parse_config
from kindly.errors import ConfigError

MINIMAL = """
[[accounts]]
name = "work"
host = "imap.example.com"
user = "dana@example.com"
"""


def test_a_minimal_account_gets_tls_port_993_and_the_inbox() -> None:
    (account,) = parse_config(MINIMAL).accounts

    assert (account.security, account.server_port, account.folders) == ("tls", 993, ["INBOX"])
    assert account.env_name == "KINDLY_PASSWORD_WORK"


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param(
            'security = "none"', 'security = "none" sends the password unencrypted', id="none-remote"
        ),
        pytest.param('security = "ssl"', "key accounts[0].security", id="unknown-security"),
        pytest.param('password = "hunter2"', "a password is never read from a file", id="password-in-file"),
        pytest.param('colour = "blue"', "line 6, key accounts[0].colour", id="unknown-key"),
        pytest.param("port = 0", "key accounts[0].port", id="bad-port"),
        pytest.param("folders = []", "key accounts[0].folders", id="no-folders"),
    ],
)
def test_a_wrong_account_is_refused_naming_the_key(extra: str, expected: str) -> None:
    with pytest.raises(ConfigError, match=r"config\.toml") as caught:
        parse_config(MINIMAL + extra + "\n")

    assert expected in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_plain_text_is_allowed_on_this_machine_only() -> None:
    text = MINIMAL.replace("imap.example.com", "127.0.0.1") + 'security = "none"\n'

    (account,) = parse_config(text).accounts

    assert account.server_port == 143


def test_account_names_are_unique_and_plain() -> None:
    with pytest.raises(ConfigError, match="unique: work"):
        parse_config(MINIMAL + MINIMAL)
    with pytest.raises(ConfigError, match="letters, digits"):
        parse_config(MINIMAL.replace('"work"', '"my work"'))


def test_a_missing_config_file_says_what_to_write(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"no config here; add an \[\[accounts\]\] table"):
        load_config(tmp_path / "config.toml")


def test_the_password_comes_from_password_env_then_kindly_password_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (plain,) = parse_config(MINIMAL).accounts
    (named,) = parse_config(MINIMAL + 'password_env = "WORK_IMAP"\n').accounts
    monkeypatch.setenv("KINDLY_PASSWORD_WORK", "from-kindly-variable")
    monkeypatch.setenv("WORK_IMAP", "from-named-variable")

    assert account_password(plain) == "from-kindly-variable"
    assert account_password(named) == "from-named-variable"

    monkeypatch.delenv("WORK_IMAP")
    with pytest.raises(ConfigError, match="password_env names WORK_IMAP, which is not set"):
        account_password(named)
