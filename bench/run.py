"""`make bench`: set up the bench database, time every main page, write docs/benchmarks.md.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/pivot_bench .venv/bin/python -m bench.run

Exits 1 when a page or request runs more SQL queries than the budget (8): a guard on
query counts, never on timings, which depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import time

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/pivot_bench"


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=30, help="timed requests per row")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests per row first")
    parser.add_argument(
        "--server-requests",
        type=int,
        default=20,
        help="timed requests per page through gunicorn (0 skips the server part)",
    )
    parser.add_argument(
        "--slow-ms",
        type=float,
        default=100.0,
        help="rows whose p50 is above this get a cProfile in the results",
    )
    parser.add_argument("--profile", metavar="NAME", help="print a cProfile of one row and stop")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    return parser.parse_args(argv)


def setup_django() -> None:
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE_URL)
    from .database import ensure_database

    ensure_database(os.environ["DATABASE_URL"])
    # One key for this process and its gunicorn workers, so one session works in both.
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(48))
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def endpoints(profile):
    from django.urls import reverse

    from profiles.models import Profile
    from profiles.versions.snapshot import save_version
    from tests.step_data import ALL_SLUGS, step_url, valid_data

    from .database import VERSION_COUNT
    from .measure import Endpoint

    pk = profile.pk

    def background_post() -> dict:
        revision = Profile.objects.values_list("revision", flat=True).get(pk=pk)
        return valid_data("background", revision)

    def preview_post() -> dict:
        data = valid_data("messaging", profile.revision)
        data["action"] = "preview"
        data["text__linkedin_headline"] = "Backend engineer shipping applied AI agents"
        return data

    rows = [Endpoint("GET /roles/", "GET", reverse("roles:archetypes"))]
    rows += [Endpoint(f"GET step {slug}", "GET", step_url(profile, slug)) for slug in ALL_SLUGS]
    rows += [
        Endpoint(
            "POST step background (302)",
            "POST",
            step_url(profile, "background"),
            data=background_post,
            status=302,
        ),
        Endpoint(
            "POST messaging preview (htmx)",
            "POST",
            reverse("profiles:preview", args=[pk]),
            data=preview_post,
            headers={"HX-Request": "true"},
        ),
        Endpoint("GET history", "GET", reverse("profiles:versions", args=[pk])),
        Endpoint(
            f"GET version {VERSION_COUNT}",
            "GET",
            reverse("profiles:version", args=[pk, VERSION_COUNT]),
        ),
        Endpoint(
            f"GET diff v1 vs v{VERSION_COUNT}",
            "GET",
            reverse("profiles:diff", args=[pk]) + f"?a=1&b={VERSION_COUNT}",
        ),
        Endpoint("GET LinkedIn page", "GET", reverse("profiles:linkedin", args=[pk])),
        Endpoint(
            "GET positioning.md",
            "GET",
            reverse("profiles:export", args=[pk, "positioning", "md"]),
        ),
        Endpoint("GET version.json", "GET", reverse("profiles:export_json", args=[pk])),
        Endpoint(
            "save_version() call",
            "CALL",
            call=lambda: save_version(profile=profile, note="bench"),
            budget=False,
        ),
    ]
    from .reader import endpoints as reader_endpoints

    rows += reader_endpoints()
    return rows


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    setup_django()

    from django.db import connection
    from django.test import Client

    from . import report, server
    from .database import seed
    from .measure import QUERY_BUDGET, measure, profile

    client = Client()
    seeded = seed(client)
    rows = endpoints(seeded.profile)
    by_name = {row.name: row for row in rows}
    print(f"seeded in {time.monotonic() - started:.1f}s", file=sys.stderr)

    if args.profile:
        if args.profile not in by_name:
            print(f"no row named {args.profile!r}; rows: {', '.join(by_name)}", file=sys.stderr)
            return 2
        row = by_name[args.profile]
        print(profile(client, row, iterations=max(args.iterations, 1), warmup=args.warmup, top=30))
        return 0

    results = []
    for row in rows:
        results.append(measure(client, row, warmup=args.warmup, iterations=args.iterations))
        print(f"  {row.name}: p50 {results[-1].p50:.1f} ms", file=sys.stderr)

    server_results, server_label = None, ""
    if args.server_requests > 0:
        pages = [(r.name, r.url) for r in rows if r.method == "GET"]
        server_results, server_label = server.run(
            pages,
            cookie=f"sessionid={client.cookies['sessionid'].value}",
            workers=2,
            warmup=2,
            requests=args.server_requests,
        )

    slow = {
        r.endpoint.name: profile(client, r.endpoint, iterations=5, top=12)
        for r in results
        if r.p50 > args.slow_ms
    }

    section = report.render(
        info=report.machine_info(connection),
        settings=(
            f"{args.warmup} warm-up + {args.iterations} timed iterations a row; "
            f"DEBUG off; {len(rows)} rows; the budget is {QUERY_BUDGET} queries a request; "
            f"total {time.monotonic() - started:.0f}s"
        ),
        results=results,
        server_results=server_results,
        server_label=server_label,
        profiles=slow,
    )
    print(section)
    if not args.no_write:
        print(f"written to {report.write_doc(section)}", file=sys.stderr)

    over = [r for r in results if r.over_budget]
    for r in over:
        print(
            f"OVER BUDGET: {r.endpoint.name} ran {r.max_queries} queries (budget {QUERY_BUDGET})",
            file=sys.stderr,
        )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
