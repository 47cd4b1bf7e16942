"""`make chaos`'s clients: signed-in people reading pages and saving versions in threads
through the outage, every answer recorded with the phase it fell in."""

from __future__ import annotations

import http.client
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

from .private_postgres import Postgres
from .server import HOST

CLIENTS = 4
PASSWORD = "chaos lantern orbit 73 meadow"  # noqa: S105 - throwaway accounts in a throwaway database
BEFORE_S, OUTAGE_S, AFTER_S = 6.0, 5.0, 6.0
READS = ["/profiles/", "/roles/", "/healthz", "/profiles/{pk}/versions/"]


@dataclass
class Result:
    phase: str
    kind: str  # read or save
    path: str
    status: int  # 0: no HTTP answer at all
    body: str = ""
    note: str = ""


@dataclass
class Client:
    port: int
    email: str
    profile: str = ""
    cookies: dict[str, str] = field(default_factory=dict)

    def request(self, method: str, path: str, data: dict | None = None) -> tuple[int, str, dict]:
        conn = http.client.HTTPConnection(HOST, self.port, timeout=15)
        headers = {"Host": f"{HOST}:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            data = {**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")}
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://{HOST}:{self.port}{path}"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return response.status, text, dict(response.getheaders())
        except (OSError, http.client.HTTPException):
            return 0, "", {}
        finally:
            conn.close()

    def sign_in(self) -> None:
        self.request("GET", "/accounts/login/")
        status, _, headers = self.request(
            "POST", "/accounts/login/", {"login": self.email, "password": PASSWORD}
        )
        assert status == 302, f"sign-in failed for {self.email}: {status}"


class Traffic:
    def __init__(self, clients: list[Client]) -> None:
        self.clients = clients
        self.phase = "before"
        self.results: list[Result] = []
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.counter = 0

    def _note(self) -> str:
        with self.lock:
            self.counter += 1
            return f"chaos-{self.counter}"

    def _loop(self, client: Client) -> None:
        turn = 0
        while not self.stop.is_set():
            phase = self.phase
            turn += 1
            if turn % 3 == 0:
                note = self._note()
                path = f"/profiles/{client.profile}/save-version/"
                status, body, _ = client.request("POST", path, {"note": note})
                result = Result(phase, "save", path, status, body, note)
            else:
                path = READS[turn % len(READS)].format(pk=client.profile)
                status, body, _ = client.request("GET", path)
                result = Result(phase, "read", path, status, body)
            with self.lock:
                self.results.append(result)
            time.sleep(0.02)

    def run(self, db: Postgres) -> dict[str, float]:
        threads = [threading.Thread(target=self._loop, args=(c,)) for c in self.clients]
        for thread in threads:
            thread.start()
        timings = {}
        time.sleep(BEFORE_S)
        self.phase = "stopping"
        started = time.monotonic()
        db.stop()
        timings["stop_s"] = time.monotonic() - started
        self.phase = "down"
        time.sleep(OUTAGE_S)
        self.phase = "starting"
        started = time.monotonic()
        db.start()
        timings["start_s"] = time.monotonic() - started
        self.phase = "after"
        time.sleep(AFTER_S)
        self.stop.set()
        for thread in threads:
            thread.join()
        return timings
