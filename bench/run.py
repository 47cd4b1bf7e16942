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
        "--seconds",
        type=float,
        default=3,
        help="length of each wrk run through gunicorn (0 skips the load part)",
    )
    parser.add_argument("--rounds", type=int, default=1, help="interleaved rounds of the load")
    parser.add_argument("--connections", type=int, default=20, help="wrk connections")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers")
    parser.add_argument("--only", metavar="TEXT", help="load only the rows whose name has TEXT")
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
    from .measure import STEP_QUERY_BUDGET, Endpoint

    pk = profile.pk

    def background_post() -> dict:
        revision = Profile.objects.values_list("revision", flat=True).get(pk=pk)
        return valid_data("background", revision)

    def preview_post() -> dict:
        # As htmx sends it while typing in the headline box (see bench/load_rows.py).
        data = valid_data("messaging", profile.revision)
        data.pop("action", None)
        data["text__linkedin_headline"] = "Backend engineer shipping applied AI agents"
        return data

    rows = [
        Endpoint("GET baseline (60 rows, 1 query)", "GET", reverse("bench_baseline")),
        Endpoint("GET /", "GET", "/"),
        Endpoint("GET /roles/", "GET", reverse("roles:archetypes")),
    ]
    for slug in ALL_SLUGS:
        url = step_url(profile, slug)
        rows.append(Endpoint(f"GET step {slug}", "GET", url, query_budget=STEP_QUERY_BUDGET))
        rows.append(
            Endpoint(
                f"GET step {slug} (htmx)",
                "GET",
                url,
                headers={"HX-Request": "true"},
                query_budget=STEP_QUERY_BUDGET,
            )
        )
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
            headers={"HX-Request": "true", "HX-Trigger-Name": "text__linkedin_headline"},
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
            query_budget=None,
        ),
    ]
    from .brief import endpoints as brief_worst_case
    from .diff import endpoints as diff_worst_case
    from .reader import endpoints as reader_endpoints
    from .worst_case import endpoints as reading_worst_case

    rows += reader_endpoints()
    # Issue 23's bounded work: each input at the reader's 20,000-character limit, alone and
    # with the profile chosen (the match and tailoring suggestions), and the longest brief.
    rows += reading_worst_case(profile)
    rows += brief_worst_case()
    # Issue 22's bounded diff: two texts at TEXT_MAX with the most matching work.
    rows += diff_worst_case()
    return rows


def main(argv=None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    setup_django()

    from django.db import connection
    from django.test import Client

    from . import report
    from .database import seed
    from .measure import QUERY_BUDGET, STEP_QUERY_BUDGET, measure, profile

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

    load_results, baselines = [], []
    if args.seconds > 0:
        load_results, baselines = run_load(seeded, args, session=client.cookies["sessionid"].value)

    slow = {
        r.endpoint.name: profile(client, r.endpoint, iterations=5, top=12)
        for r in results
        if r.p50 > args.slow_ms
    }

    section = report.render(
        info=report.machine_info(connection),
        settings=(
            f"{args.warmup} warm-up + {args.iterations} timed iterations a row; "
            f"DEBUG off; {len(rows)} rows; query budgets: {STEP_QUERY_BUDGET} on step pages, "
            f"{QUERY_BUDGET} elsewhere; "
            f"total {time.monotonic() - started:.0f}s"
        ),
        results=results,
        load_results=load_results,
        baselines=baselines,
        load_label=(
            f"gunicorn {args.workers} sync workers, wrk {args.connections} connections, "
            f"{args.seconds:g} s a run, {args.rounds} round(s), baseline interleaved"
        ),
        profiles=slow,
    )
    print(section)
    if not args.no_write:
        print(f"written to {report.write_doc(section)}", file=sys.stderr)

    over = [r for r in results if r.over_budget]
    for r in over:
        print(
            f"OVER BUDGET: {r.endpoint.name} ran {r.max_queries} queries "
            f"(budget {r.endpoint.query_budget})",
            file=sys.stderr,
        )
    missed = [(r, r.missed) for r in load_results if r.missed]
    for r, reasons in missed:
        print(f"MISSED BUDGET: {r.row.name}: {', '.join(reasons)}", file=sys.stderr)
    return 1 if over or missed else 0


def run_load(seeded, args, *, session: str):
    """The pages under wrk through gunicorn, the baseline interleaved (bench/load.py)."""
    from . import load, load_rows, server
    from .database import VERSION_COUNT
    from .reader import typical_posting

    load.wrk_binary()  # fail early, before the long part, if wrk is missing
    csrf = load_rows.csrf_secret()
    cookie = f"sessionid={session}; csrftoken={csrf}"
    rows = load_rows.rows(
        profile=seeded.profile,
        accounts=seeded.accounts,
        csrf=csrf,
        version_count=VERSION_COUNT,
        posting=typical_posting(),
    )
    if args.only:
        rows = [r for r in rows if args.only.lower() in r.name.lower()]
    baseline = load.LoadRow("baseline", "/__bench__/baseline/")
    with server.gunicorn(workers=args.workers, cookie=cookie) as (port, pid):
        # Warm every worker's caches (templates, the guide's content) outside the clock.
        for row in [baseline, *rows]:
            load.run_wrk(row, port=port, master_pid=pid, cookie=cookie, seconds=1, connections=4)
        return load.interleaved(
            rows,
            baseline=baseline,
            port=port,
            master_pid=pid,
            cookie=cookie,
            seconds=args.seconds,
            connections=args.connections,
            rounds=args.rounds,
            progress=lambda line: print(line, file=sys.stderr),
        )


if __name__ == "__main__":
    sys.exit(main())
