"""The same pages through a real gunicorn on a loopback port: a bounded number of requests,
one at a time, timed from the client side (connect, send, full response read).

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
from dataclasses import dataclass
from pathlib import Path

from .measure import Percentiles

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class ServerResult(Percentiles):
    name: str
    times_ms: list[float]


def _free_port() -> int:
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


def run(
    pages: list[tuple[str, str]], *, cookie: str, workers: int, warmup: int, requests: int
) -> tuple[list[ServerResult], str]:
    port = _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
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
        results = []
        for name, url in pages:
            for _ in range(warmup):
                _get(port, url, cookie)
            times = []
            for _ in range(requests):
                status, elapsed = _get(port, url, cookie)
                if status != 200:
                    raise SystemExit(f"gunicorn {name}: HTTP {status} for {url}")
                times.append(elapsed)
            results.append(ServerResult(name, times))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    label = f"gunicorn {workers} sync workers on {HOST}, {requests} sequential requests a page"
    return results, label
