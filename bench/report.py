"""The results as a Markdown table, on stdout and in docs/benchmarks.md.

Only the part between the two markers is replaced, so the hand-written findings above
it survive every run.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path

START = "<!-- bench:results:start -->"
END = "<!-- bench:results:end -->"
DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


def machine_info(connection) -> dict[str, str]:
    import django

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cpus = str(os.cpu_count())
    return {
        "Date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "CPUs": f"{cpus} ({cpu_model})" if cpu_model else cpus,
        "Python": platform.python_version(),
        "Django": django.get_version(),
        "PostgreSQL": postgres,
        "OS": platform.platform(),
    }


def _ms(value: float) -> str:
    return f"{value:.1f}"


def results_table(results) -> str:
    rows = [
        "| request | p50 ms | p95 ms | max ms | CPU ms p50 | SQL ms p50 "
        "| queries / budget | body KB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    from .measure import percentile

    for r in results:
        flag = " **over budget**" if r.over_budget else ""
        budget = r.endpoint.query_budget
        queries = f"{r.query_text} / {budget}" if budget is not None else r.query_text
        size = f"{r.body_bytes / 1024:.1f}" if r.endpoint.method != "CALL" else "–"
        rows.append(
            f"| {r.endpoint.name} | {_ms(r.p50)} | {_ms(r.p95)} | {_ms(r.max)} "
            f"| {_ms(percentile(r.cpu_ms, 50))} | {_ms(percentile(r.sql_ms, 50))} "
            f"| {queries}{flag} | {size} |"
        )
    return "\n".join(rows)


def load_table(results, baselines) -> str:
    import statistics

    rows = [
        "| page | req/s | × baseline | budget | p50 ms | p99 ms | CPU ms/req | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    if baselines:
        rps = statistics.median(b.rps for b in baselines)
        p50 = statistics.median(b.p50_ms for b in baselines)
        p99 = max(b.p99_ms for b in baselines)
        cpu = statistics.median(b.cpu_ms for b in baselines)
        errors = sum(b.errors for b in baselines)
        rows.append(
            f"| baseline (60-row template, 1 query) | {rps:.0f} | 1.00 | – | {p50:.1f} "
            f"| {p99:.1f} | {cpu:.1f} | {errors} |"
        )
    for r in results:
        verdict = f"**{r.ratio:.2f}** (missed)" if r.missed else f"{r.ratio:.2f}"
        rows.append(
            f"| {r.row.name} | {r.rps:.0f} | {verdict} | ≥ {r.budget} | {r.p50_ms:.1f} "
            f"| {r.p99_ms:.1f} | {r.cpu_ms:.1f} | {r.errors} |"
        )
    return "\n".join(rows)


def render(
    *,
    info: dict[str, str],
    settings: str,
    results,
    load_results=None,
    baselines=None,
    load_label: str = "",
    profiles: dict[str, str] | None = None,
) -> str:
    parts = [
        "## Results",
        "",
        "Written by `make bench` (bench/run.py); everything down to the end marker is replaced "
        "on each run.",
        "",
        *[f"- {key}: {value}" for key, value in info.items()],
        f"- Run: {settings}",
        "",
        "### In-process (Django test client, server time, no socket)",
        "",
        "No computed result (findings, version sections, diffs, readings: "
        "pivotapp/computed.py) answers any request here or under load (bench/cache.py), so "
        "each row is what a first view after an edit costs: CPU ms is the page drawn.",
        "",
        results_table(results),
    ]
    if load_results:
        parts += [
            "",
            f"### Under load ({load_label})",
            "",
            "Throughput as a ratio to the baseline runs on either side of each page's run; "
            "latency as wrk measured it; CPU ms per request from the gunicorn workers' "
            "user + system time.",
            "",
            load_table(load_results, baselines),
        ]
    if profiles:
        parts += ["", "### cProfile of the requests over the slow threshold", ""]
        for name, text in profiles.items():
            parts += [f"#### {name}", "", "```text", text.strip(), "```", ""]
    return "\n".join(parts).rstrip() + "\n"


def write_doc(section: str) -> Path:
    block = f"{START}\n{section}{END}\n"
    if DOC.exists():
        text = DOC.read_text()
        if START in text and END in text:
            head, rest = text.split(START, 1)
            tail = rest.split(END, 1)[1].lstrip("\n")
            DOC.write_text(head + block + (("\n" + tail) if tail else ""))
            return DOC
        DOC.write_text(text.rstrip() + "\n\n" + block)
        return DOC
    DOC.write_text("# Benchmarks\n\nRun `make bench`.\n\n" + block)
    return DOC
