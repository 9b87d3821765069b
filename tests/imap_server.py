"""A real Dovecot IMAP server on 127.0.0.1 for the sync tests: its own config, users, TLS certificate and
Maildirs in a temporary folder. Debian's dovecot-imapd provides it (`.ci/run` installs it)."""

from __future__ import annotations

import getpass
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

NOBODY = 65534  # mail is never handled as root: Dovecot refuses it
USERS = 100


def dovecot_binary() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)), None
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Dovecot:
    """Start with Dovecot.start(); new_user() for each test; stop() at the end."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="kindly-dovecot-"))
        self.root.chmod(0o755)  # the mail processes run as an unprivileged user and must get in
        self.port = _free_port()
        self.tls_port = _free_port()
        self.passwd = self.root / "passwd"
        self.users = [(f"dana{n}", f"pw-{os.urandom(6).hex()}-secret") for n in range(1, USERS + 1)]
        self.passwd.write_text("".join(f"{name}:{{PLAIN}}{password}\n" for name, password in self.users))
        self.mail = self.root / "mail"
        self.mail.mkdir()
        self.ca_file = self.root / "cert.pem"
        self.log = self.root / "dovecot.log"
        self.conf = self.root / "dovecot.conf"
        self.process: subprocess.Popen[bytes] | None = None
        self.tls = self._make_certificate()
        root_user = os.getuid() == 0
        uid, gid = (NOBODY, NOBODY) if root_user else (os.getuid(), os.getgid())
        if root_user:
            os.chown(self.mail, uid, gid)
        self.conf.write_text(self._config(uid, gid, run_as=None if root_user else getpass.getuser()))

    def _make_certificate(self) -> bool:
        """A self-signed certificate for 127.0.0.1, when openssl is there (it comes with dovecot-core)."""
        openssl = shutil.which("openssl")
        if not openssl:
            return False
        done = subprocess.run(
            [
                openssl,
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:prime256v1",
                "-nodes",
                "-keyout",
                str(self.root / "key.pem"),
                "-out",
                str(self.ca_file),
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
            ],
            capture_output=True,
            check=False,
        )
        return done.returncode == 0

    def _config(self, uid: int, gid: int, run_as: str | None) -> str:
        lines = [
            f"base_dir = {self.root}/run",
            f"state_dir = {self.root}/state",
            f"log_path = {self.log}",
            "protocols = imap",
            "listen = 127.0.0.1",
            "disable_plaintext_auth = no",
            "auth_mechanisms = plain login",
            "auth_failure_delay = 0",  # a test of a wrong password need not wait
            "mail_location = maildir:~/Maildir",
            "passdb {",
            "  driver = passwd-file",
            f"  args = scheme=PLAIN {self.passwd}",
            "}",
            "userdb {",
            "  driver = static",
            f"  args = uid={uid} gid={gid} home={self.mail}/%u",
            "}",
            "service anvil {",  # no penalty delay after a failed login: a test of a wrong password
            "  unix_listener anvil-auth-penalty {",  # must not slow down the tests after it
            "    mode = 0",
            "  }",
            "}",
            "service imap-login {",
            "  chroot =",
            "  inet_listener imap {",
            "    address = 127.0.0.1",
            f"    port = {self.port}",
            "  }",
            "  inet_listener imaps {",
            "    address = 127.0.0.1",
            f"    port = {self.tls_port if self.tls else 0}",
            "    ssl = yes",
            "  }",
            "}",
        ]
        if self.tls:
            lines += ["ssl = yes", f"ssl_cert = <{self.ca_file}", f"ssl_key = <{self.root / 'key.pem'}"]
        else:
            lines.append("ssl = no")
        if run_as:  # not root: every Dovecot process runs as this user
            lines += [f"default_login_user = {run_as}", f"default_internal_user = {run_as}"]
        return "\n".join(lines) + "\n"

    @classmethod
    def start(cls, binary: str) -> Dovecot:
        server = cls(binary)
        with (server.root / "stderr.log").open("wb") as errors:  # the child keeps its own copy
            server.process = subprocess.Popen(
                [binary, "-F", "-c", str(server.conf)], stdout=subprocess.DEVNULL, stderr=errors
            )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                break
            try:
                with socket.create_connection(("127.0.0.1", server.port), timeout=1) as probe:
                    if probe.recv(100).startswith(b"* OK"):
                        return server
            except OSError:
                time.sleep(0.05)
        server.stop()
        log = server.log.read_text() if server.log.exists() else ""
        errors = (server.root / "stderr.log").read_text()
        raise RuntimeError(f"dovecot did not start on 127.0.0.1:{server.port}:\n{errors}\n{log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.root, ignore_errors=True)

    def new_user(self) -> tuple[str, str]:
        """A user of its own for one test (made up front: Dovecot reads its user file once a second)."""
        return self.users.pop(0)

    def client(self, user: str, password: str) -> IMAPClient:
        client = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        client.login(user, password)
        return client

    def tls_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def kick(self, user: str) -> None:
        """Make the server drop every connection of this user, as a server going down would."""
        doveadm = shutil.which("doveadm") or str(Path(self.binary).with_name("doveadm"))
        subprocess.run([doveadm, "-c", str(self.conf), "kick", user], check=True, capture_output=True)
