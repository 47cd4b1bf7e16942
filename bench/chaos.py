"""`make chaos`: Pivot under gunicorn loses its PostgreSQL for a few seconds and must come
back on its own, without losing a save it acknowledged.

Everything runs on a private PostgreSQL that this script starts itself (initdb in a
temporary folder, its own port and socket folder, as the unprivileged user `nobody` when
run as root, since PostgreSQL refuses root); the shared server is never touched. The app
runs in production mode (DEBUG off, hashed static files) under gunicorn.

Traffic: a few client threads, each signed in as its own account, reading pages and
saving versions with a numbered note. The database is stopped (fast shutdown), left down
for a few seconds, and started again. Checked:

- while it is down, every page is the friendly 503 in the site's layout and /healthz
  is 503; never a 500, never a dropped connection;
- once it is back, every request succeeds, with the same gunicorn master and workers
  (nothing was restarted);
- every save acknowledged with a redirect is stored, and none reported failed is.

Exit status 0 when all of that holds; the counts are printed (docs/reliability.md).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from .chaos_traffic import CLIENTS, OUTAGE_S, PASSWORD, Client, Result, Traffic
from .private_postgres import Postgres
from .server import HOST, free_port

ROOT = Path(__file__).resolve().parent.parent


def _manage(env: dict, *args: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=300, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


SETUP = """
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from profiles.models import Profile
for i in range({n}):
    email = f"chaos{{i}}@example.com"
    user = get_user_model().objects.create_user(username=f"chaos{{i}}", email=email,
                                                password={password!r})
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    print(email, Profile.objects.create(owner=user, name="Chaos").pk)
"""

STORED = """
from profiles.models import Version
print("\\n".join(Version.objects.filter(note__startswith="chaos-").values_list("note", flat=True)))
"""


def _children(pid: int) -> set[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return set()
    return {int(p) for p in text.split()}


def _is_outage_page(result: Result) -> bool:
    if result.path == "/healthz":
        return result.status == 503
    return (
        result.status == 503 and "Back in a moment" in result.body and "site-header" in result.body
    )


def _ok(result: Result) -> bool:
    return result.status in (200, 302)


def check(results: list[Result], stored: set[str]) -> tuple[dict, list[str]]:
    problems: list[str] = []
    by_phase = Counter(r.phase for r in results)
    down = [r for r in results if r.phase == "down"]
    after = [r for r in results if r.phase == "after"]
    for r in down:
        if not _is_outage_page(r):
            problems.append(f"during the outage {r.path} answered {r.status}, not the 503 page")
    for r in after:
        if not _ok(r):
            problems.append(f"after the outage {r.path} answered {r.status}")
    for r in results:
        if r.status not in (200, 302, 503):
            problems.append(f"{r.phase}: {r.path} answered {r.status or 'nothing'}")
    saves = [r for r in results if r.kind == "save"]
    acknowledged = {r.note for r in saves if r.status == 302}
    failed = {r.note for r in saves if r.status != 302}
    lost = acknowledged - stored
    phantom = failed & stored
    if lost:
        problems.append(f"{len(lost)} acknowledged saves are missing: {sorted(lost)[:5]}")
    if phantom:
        problems.append(f"{len(phantom)} saves reported failed were stored: {sorted(phantom)[:5]}")
    counts = {
        "requests": len(results),
        "by_phase": dict(by_phase),
        "down_503": sum(_is_outage_page(r) for r in down),
        "down_total": len(down),
        "after_ok": sum(_ok(r) for r in after),
        "after_total": len(after),
        "saves": len(saves),
        "acknowledged": len(acknowledged),
        "reported_failed": len(failed),
        "stored": len(stored),
        "lost": len(lost),
        "phantom": len(phantom),
        "status": dict(Counter(r.status for r in results)),
    }
    return counts, problems


def main() -> int:
    if not shutil.which("initdb") or not shutil.which("pg_ctl"):
        print("make chaos needs PostgreSQL's initdb and pg_ctl on PATH", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="pivot-chaos-"))
    db = Postgres(folder)
    server = None
    try:
        db.init()
        db.start()
        db.createdb()
        env = {
            k: v for k, v in os.environ.items() if k not in {"PIVOT_TESTING", "DEBUG", "REDIS_URL"}
        }
        env |= {
            "DEBUG": "0",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "DATABASE_URL": db.url,
            "ALLOWED_HOSTS": HOST,
            "STATIC_ROOT": str(folder / "static"),
            "LOG_LEVEL": "CRITICAL",
        }
        _manage(env, "migrate", "--noinput", "-v0")
        _manage(env, "collectstatic", "--noinput", "-v0")
        made = _manage(env, "shell", "-c", SETUP.format(n=CLIENTS, password=PASSWORD))
        accounts = [line.split() for line in made.splitlines() if "@" in line]

        port = free_port()
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "pivotapp.wsgi", "--bind", f"{HOST}:{port}",
             "--workers", "2", "--timeout", "30"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        probe = Client(port, "")
        for _ in range(200):
            if probe.request("GET", "/healthz")[0] == 200:
                break
            time.sleep(0.1)
        else:
            raise SystemExit("gunicorn did not answer /healthz")
        workers_before = _children(server.pid)

        clients = [Client(port, email, profile) for email, profile in accounts]
        for client in clients:
            client.sign_in()
        traffic = Traffic(clients)
        timings = traffic.run(db)

        stored_text = _manage(env, "shell", "-c", STORED)
        stored = {line.strip() for line in stored_text.splitlines() if line.startswith("chaos-")}
        counts, problems = check(traffic.results, stored)
        workers_after = _children(server.pid)
        if server.poll() is not None:
            problems.append("gunicorn exited")
        if workers_before != workers_after:
            problems.append(f"gunicorn workers changed: {workers_before} -> {workers_after}")

        print(f"make chaos: PostgreSQL stopped for {OUTAGE_S:.0f} s under {CLIENTS} clients")
        print(f"  stop took {timings['stop_s']:.2f} s, start took {timings['start_s']:.2f} s")
        for key, value in counts.items():
            print(f"  {key}: {value}")
        print(f"  gunicorn master and workers unchanged: {workers_before == workers_after}")
        if problems:
            print("FAILED:", *sorted(set(problems))[:20], sep="\n  ")
            return 1
        print("make chaos: every check passed")
        return 0
    finally:
        if server is not None and server.poll() is None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
            db.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
