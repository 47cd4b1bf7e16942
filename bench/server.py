"""A real gunicorn on a loopback port for the load runs (bench/load.py).

The server is started and stopped here, by its own process id, and only ever receives
traffic from 127.0.0.1.
"""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _get(port: int, url: str, cookie: str) -> tuple[int, float]:
    start = time.perf_counter()
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        conn.request("GET", url, headers={"Cookie": cookie, "Host": f"{HOST}:{port}"})
        response = conn.getresponse()
        response.read()
    finally:
        conn.close()
    return response.status, (time.perf_counter() - start) * 1000


@contextmanager
def gunicorn(
    *,
    workers: int,
    cookie: str = "",
    settings: str = "bench.settings",
    env: dict[str, str] | None = None,
):
    """A gunicorn on a free loopback port (the bench settings unless told otherwise, in
    `env` or this process's environment): yields (port, master pid) once /healthz answers,
    stops it afterwards. The one way bench, lighthouse and cluster-test start the app."""
    port = free_port()
    env = {**(env if env is not None else os.environ), "DJANGO_SETTINGS_MODULE": settings}
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "pivotapp.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        "--log-level",
        "warning",
    ]
    # Fixed argv (this interpreter, a fixed module, our own port): no untrusted input.
    server = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if _get(port, "/healthz", cookie)[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("gunicorn did not come up on the loopback port")
            time.sleep(0.2)
        yield port, server.pid
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
