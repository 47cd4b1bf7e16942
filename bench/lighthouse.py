"""`make lighthouse`: Lighthouse scores of the landing page, a step and the LinkedIn page.

Runs the app as deployed (gunicorn, DEBUG off, `collectstatic` with hashed, brotli and
gzip files) on a free loopback port over the bench database, signs one person in with a
complete profile, and runs Lighthouse 12.2.3 (npm, installed by the make target) in
Debian's chromium against each page. Prints the scores, records them in
docs/benchmarks.md and exits non-zero below the budgets: performance 98, accessibility
100, best practices 100.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

from .database import ensure_database

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "var" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
BUDGETS = {"performance": 98, "accessibility": 100, "best-practices": 100}
START = "<!-- lighthouse:start -->"
END = "<!-- lighthouse:end -->"
DOC = ROOT / "docs" / "benchmarks.md"


def app_environment() -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "pivotapp.settings",
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(48),
        "DATABASE_URL": os.environ.get(
            "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/pivot_bench"
        ),
        "ALLOWED_HOSTS": "127.0.0.1,testserver",
    }


def seed_person():
    """The bench person (bench/database.py), signed in: (session cookie value, profile)."""
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from .database import seed

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    client = Client()
    seeded = seed(client)
    return client.cookies["sessionid"].value, seeded.profile


def lighthouse(url: str, cookie: str, folder: Path) -> dict[str, int]:
    report = folder / "report.json"
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        "--only-categories=performance,accessibility,best-practices",
        f"--extra-headers={json.dumps({'Cookie': cookie})}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--no-first-run",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    # Fixed argv: the locally installed lighthouse, our own loopback URL.
    subprocess.run(command, check=True, env=env, cwd=folder)  # noqa: S603
    categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in BUDGETS}


def write_doc(table: str) -> None:
    block = f"{START}\n{table}\n{END}\n"
    text = DOC.read_text()
    if START in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip() + "\n\n## Lighthouse\n\n" + block
    DOC.write_text(text)


def main() -> int:
    if not LIGHTHOUSE.exists():
        raise SystemExit("lighthouse is not installed: run `make lighthouse`")
    env = app_environment()
    os.environ.update(env)
    ensure_database(env["DATABASE_URL"])
    session, profile = seed_person()

    from django.urls import reverse

    from . import server

    cookie = f"sessionid={session}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "pivotapp.settings"
    pages = {
        "landing": "/",
        "step (lane)": reverse("profiles:step", args=[profile.pk, "lane"]),
        "LinkedIn page": reverse("profiles:linkedin", args=[profile.pk]),
    }
    rows = [
        "| page | performance | accessibility | best practices |",
        "| --- | ---: | ---: | ---: |",
    ]
    missed = []
    with server.gunicorn(workers=2, cookie=cookie, settings="pivotapp.settings") as (port, _):
        for name, path in pages.items():
            with tempfile.TemporaryDirectory() as folder:
                scores = lighthouse(f"http://127.0.0.1:{port}{path}", cookie, Path(folder))
            rows.append(
                f"| {name} | {scores['performance']} | {scores['accessibility']} "
                f"| {scores['best-practices']} |"
            )
            missed += [
                f"{name}: {category} {score} < {BUDGETS[category]}"
                for category, score in scores.items()
                if score < BUDGETS[category]
            ]
            print(rows[-1])
    table = "\n".join(
        [
            "Lighthouse 12.2.3 in Debian's chromium (mobile emulation, simulated throttling), "
            "gunicorn with production settings on 127.0.0.1; written by `make lighthouse`.",
            "",
            *rows,
        ]
    )
    write_doc(table)
    for line in missed:
        print(f"MISSED: {line}", file=sys.stderr)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
