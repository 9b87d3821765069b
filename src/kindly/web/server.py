"""Running the app under uvicorn: in the foreground (`kindly serve`) or on a thread (tests, screenshots)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI


def config(app: FastAPI, host: str, port: int, log_level: str = "info") -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level=log_level,
        ws="none",  # the page needs no websockets
        lifespan="on",
        proxy_headers=False,
        server_header=False,
        access_log=log_level == "debug",
    )


def serve(app: FastAPI, host: str, port: int) -> None:
    uvicorn.Server(config(app, host, port)).run()


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


@contextmanager
def running(app: FastAPI, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
    """Serve `app` on a thread for the duration of the block; yields its base URL."""
    port = port or free_port(host)
    server = uvicorn.Server(config(app, host, port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="kindly-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
