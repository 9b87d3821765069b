"""With a [polish] endpoint configured, triage offers the reworded draft; without one, the template."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from support import EXAMPLES, Kindly


class Rewording(BaseHTTPRequestHandler):
    """A stand-in language model on 127.0.0.1: it rewords the greeting and keeps everything else."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][1]["content"]
        draft = re.search(r"<draft>\n(.*?)\n</draft>", prompt, re.S)
        text = draft.group(1).replace("Hi ", "Hello ", 1) if draft else ""
        answer = json.dumps({"choices": [{"message": {"role": "assistant", "content": text}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), Rewording)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def first_draft(kindly: Kindly) -> str:
    result = kindly(
        "triage", str(EXAMPLES / "inbox.mbox"), "--profile", str(EXAMPLES / "profile.toml"), "--json"
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    return next(r["draft"] for r in records if r["draft"])


def test_triage_offers_the_polished_draft_when_an_endpoint_is_configured(
    kindly: Kindly, endpoint: str
) -> None:
    kindly.home.mkdir(parents=True, exist_ok=True)
    (kindly.home / "config.toml").write_text(f'[polish]\nbase_url = "{endpoint}"\nmodel = "stand-in"\n')
    assert first_draft(kindly).startswith("Hello ")


def test_without_an_endpoint_the_template_draft_is_offered(kindly: Kindly, tmp_path: Path) -> None:
    assert first_draft(kindly).startswith("Hi ")
