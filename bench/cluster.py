"""`make cluster-test`: two app instances that share only PostgreSQL and Redis.

Starts a Redis of its own (a free loopback port, nothing kept on disk) and two gunicorn
instances on two ports over one PostgreSQL database (`pivot_cluster`, recreated each run)
and that Redis, with production settings (DEBUG off). Then checks what a load balancer
in front of them needs:

1. a session made by signing in on one instance is valid on the other;
2. concurrent version saves, alternating between the instances, are numbered 1..N with
   none lost and none doubled;
3. the failed-login rate limit counts attempts made on both instances together.

Exits non-zero with the reason when a check fails. Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

from . import server
from .database import ensure_database
from .server import free_port

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
DATABASE_URL = os.environ.get(
    "CLUSTER_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pivot_cluster"
)
EMAIL = "cluster@pivot.localhost"
PASSWORD = secrets.token_urlsafe(18)
SAVES = 40
SITE_HOST = "pivot.localhost"


def wait_until(check, what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"cluster-test: {what} did not come up")


@contextmanager
def process(command: list[str], env: dict[str, str] | None = None, quiet: bool = False):
    # Fixed argv built here (binaries, our own ports and folders): no untrusted input.
    out = subprocess.DEVNULL if quiet else None
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out)  # noqa: S603
    try:
        yield proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def redis(stack: ExitStack) -> str:
    binary = shutil.which("redis-server")
    if not binary:
        raise SystemExit("cluster-test needs redis-server (Debian package redis-server)")
    port = free_port()
    folder = stack.enter_context(tempfile.TemporaryDirectory())
    stack.enter_context(
        process(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                HOST,
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                folder,
                "--loglevel",
                "warning",
            ],
            quiet=True,
        )
    )
    import redis as redis_client

    wait_until(lambda: redis_client.Redis(host=HOST, port=port).ping(), "redis-server")
    return f"redis://{HOST}:{port}/0"


def app_env(redis_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pivotapp.settings",
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("CLUSTER_SECRET_KEY") or secrets.token_urlsafe(48),
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": redis_url,
        "ALLOWED_HOSTS": f"{HOST},{SITE_HOST}",
        "ACCOUNT_EMAIL_VERIFICATION": "mandatory",
    }


def prepare_database(env: dict[str, str]) -> None:
    ensure_database(DATABASE_URL)
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        subprocess.run([*manage, *command, "-v", "0"], cwd=ROOT, env=env, check=True)  # noqa: S603
    # One verified person, made the way an operator would (no password in argv or logs).
    script = (
        "from django.contrib.auth import get_user_model as g;"
        "from allauth.account.models import EmailAddress as E;"
        "import os; U=g(); U.objects.filter(email=os.environ['C_EMAIL']).delete();"
        "u=U.objects.create_user(username='cluster', email=os.environ['C_EMAIL'],"
        " password=os.environ['C_PASSWORD']);"
        "E.objects.create(user=u, email=u.email, primary=True, verified=True)"
    )
    subprocess.run(  # noqa: S603
        [*manage, "shell", "-c", script],
        cwd=ROOT,
        env={**env, "C_EMAIL": EMAIL, "C_PASSWORD": PASSWORD},
        check=True,
    )


def gunicorn(stack: ExitStack, env: dict[str, str]) -> str:
    port, _ = stack.enter_context(server.gunicorn(workers=2, settings="pivotapp.settings", env=env))
    return f"http://{HOST}:{port}"


class Browser:
    """A cookie jar shared by requests to either instance, like one person behind a
    load balancer. Redirects are not followed, so each answer is seen as sent."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), self._NoRedirect
        )

    def request(self, url: str, data: dict | None = None) -> tuple[int, str, dict]:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        # One Host for both instances, as behind a load balancer: allauth keys the failed-login
        # limit on the site's domain, which Django reads from the Host header.
        headers = {"Referer": url, "Host": SITE_HOST}
        if data is not None:
            headers["X-CSRFToken"] = self.cookie("csrftoken")
        try:
            request = urllib.request.Request(url, body, headers)  # noqa: S310 (our http URLs)
            with self.opener.open(request, timeout=20) as r:
                return r.status, r.read().decode(), dict(r.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)

    def cookie(self, name: str) -> str:
        return next((c.value for c in self.jar if c.name == name), "")


def sign_in(browser: Browser, base: str, password: str) -> int:
    browser.request(base + "/accounts/login/")  # the csrftoken cookie
    status, _, _ = browser.request(
        base + "/accounts/login/", {"login": EMAIL, "password": password}
    )
    return status


def check_shared_session(a: str, b: str) -> Browser:
    browser = Browser()
    if sign_in(browser, a, PASSWORD) != 302:
        raise SystemExit("cluster-test: signing in on instance A failed")
    status, body, _ = browser.request(b + "/profiles/")
    if status != 200 or EMAIL not in body and "Your profiles" not in body:
        raise SystemExit(f"cluster-test: instance B did not accept A's session ({status})")
    print("ok   a session made on instance A is valid on instance B")
    return browser


def check_version_numbers(browser: Browser, a: str, b: str) -> None:
    status, _, headers = browser.request(a + "/profiles/new/", {"name": "Cluster"})
    match = re.search(r"/profiles/([0-9a-f-]{36})/", headers.get("Location", ""))
    if status != 302 or not match:
        raise SystemExit(f"cluster-test: creating a profile failed ({status})")
    pk = match.group(1)

    def save(n: int) -> int:
        base = a if n % 2 else b
        return browser.request(f"{base}/profiles/{pk}/save-version/", {"note": f"save {n}"})[0]

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(save, range(1, SAVES + 1)))
    acknowledged = sum(1 for s in statuses if s == 302)
    status, body, _ = browser.request(f"{a}/profiles/{pk}/versions/?page=1")
    numbers = _stored_numbers(pk)
    if numbers != list(range(1, acknowledged + 1)) or acknowledged != SAVES:
        raise SystemExit(
            f"cluster-test: {acknowledged}/{SAVES} saves acknowledged, stored {numbers}"
        )
    print(f"ok   {SAVES} concurrent saves across both instances numbered 1..{SAVES}, none lost")


def _stored_numbers(pk: str) -> list[int]:
    import psycopg

    with psycopg.connect(DATABASE_URL) as conn:
        rows = conn.execute(
            "SELECT number FROM profiles_version WHERE profile_id = %s ORDER BY number", [pk]
        ).fetchall()
    return [row[0] for row in rows]


def check_shared_rate_limit(a: str, b: str) -> None:
    """login_failed allows 5 failures per email in 5 minutes; the attempt after them is
    refused with 429 even with the right password. Alternating between the instances,
    that only happens if both count in the same Redis."""
    browser = Browser()
    statuses = [sign_in(browser, (a, b)[n % 2], "wrong password " + str(n)) for n in range(6)]
    statuses.append(sign_in(browser, a, PASSWORD))  # even the right password, now
    if statuses[-1] != 429 or 429 in statuses[:5]:
        raise SystemExit(f"cluster-test: failed logins across instances answered {statuses}")
    print(f"ok   the failed-login limit counted attempts on both instances: {statuses}")


def main() -> int:
    with ExitStack() as stack:
        env = app_env(redis(stack))
        prepare_database(env)
        a, b = gunicorn(stack, env), gunicorn(stack, env)
        print(f"two instances: {a} and {b}, one PostgreSQL, one Redis")
        browser = check_shared_session(a, b)
        check_version_numbers(browser, a, b)
        check_shared_rate_limit(a, b)
    print("cluster-test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
