"""`kindly passwd`, `kindly token ...` and `kindly serve` as a user runs them."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from kindly.web.auth import password_hash, verify_password
from kindly.web.server import free_port
from support import EXAMPLES, Kindly


def test_passwd_stores_only_an_scrypt_hash(kindly: Kindly, home: Path) -> None:
    result = kindly("passwd", "--stdin", input="a long enough secret\n")
    assert result.exit_code == 0, result.output
    text = (home / "web.toml").read_text()
    assert "a long enough secret" not in text
    stored = password_hash(home)
    assert stored is not None and stored.startswith("scrypt$")
    assert verify_password("a long enough secret", stored)
    assert not verify_password("another secret", stored)
    assert oct((home / "web.toml").stat().st_mode & 0o777) == "0o600"
    again = kindly("passwd", "--stdin", input="a long enough secret\n")
    assert again.exit_code == 0 and password_hash(home) != stored  # a fresh salt every time


def test_passwd_refuses_a_short_password(kindly: Kindly, home: Path) -> None:
    result = kindly("passwd", "--stdin", input="short\n")
    assert result.exit_code == 2
    assert "at least 8 characters" in result.output
    assert not (home / "web.toml").exists()


def test_token_create_prints_it_once_and_keeps_only_its_hash(kindly: Kindly) -> None:
    result = kindly("token", "create", "--name", "laptop script")
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert token.startswith("kly_") and len(token) > 40
    with sqlite3.connect(kindly.database) as db:
        rows = db.execute("select name, token_sha256 from api_tokens").fetchall()
    assert rows == [("laptop script", hashlib.sha256(token.encode()).hexdigest())]
    assert token.encode() not in kindly.database.read_bytes()
    listed = json.loads(kindly("token", "list", "--json").stdout)
    assert [(t["id"], t["name"], t["last_used_at"]) for t in listed] == [(1, "laptop script", None)]
    assert token not in kindly("token", "list").stdout
    assert kindly("token", "revoke", "1").exit_code == 0
    assert kindly("token", "revoke", "1").exit_code == 1


def test_serve_binds_localhost_and_serves_the_page_and_api(kindly: Kindly, home: Path) -> None:
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "profile.toml", home / "profile.toml")
    assert kindly("passwd", "--stdin", input="a long enough secret\n").exit_code == 0
    token = kindly("token", "create").stdout.strip()
    port = free_port()
    env = {**os.environ, "KINDLY_HOME": str(home)}
    command = [sys.executable, "-c", "from kindly.cli import main; main()", "serve", "--port", str(port)]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{base}/login", timeout=2) as response:
                    assert response.status == 200
                    break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "kindly serve did not start"
                time.sleep(0.1)
        request = urllib.request.Request(
            f"{base}/api/invitations", headers={"Authorization": f"Bearer {token}"}
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.load(response) == {"items": [], "total": 0, "offset": 0, "limit": 50}
        try:
            urllib.request.urlopen(f"{base}/api/invitations", timeout=5)
            raise AssertionError("no token, yet not refused")
        except urllib.error.HTTPError as refused:
            assert refused.code == 401
            assert json.load(refused)["error"]["code"] == "unauthorized"
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert f"http://localhost:{port}/" in output
    assert (home / "web-secret").stat().st_mode & 0o077 == 0


def test_serve_help_names_the_safe_default(kindly: Kindly) -> None:
    result = kindly("serve", "--help")
    assert result.exit_code == 0 and "127.0.0.1" in result.stdout
