"""Throughput under load: wrk drives a real gunicorn, with the baseline page interleaved.

Each page gets a fixed-length wrk run (20 connections by default) between two runs of the
baseline page; its throughput is reported as a ratio to the mean of those two neighbours,
so a machine that is busier or slower for a moment moves both sides of the ratio. With
several rounds the median ratio per page is kept. CPU ms per request is the gunicorn
workers' user + system time over the run, divided by the requests wrk completed.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
# Budgets as ratios to the in-run baseline (issue 22): step pages and partials, the other
# plain pages; the computing pages (messaging, review, LinkedIn, history, diff, live
# preview); a save. On every row p99 stays within TAIL_BUDGET × p50.
PAGE_BUDGET = 0.45
COMPUTING_BUDGET = 0.4
SAVE_BUDGET = 0.6
TAIL_BUDGET = 5.0
BASELINE = "baseline"
_CLOCK_TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class LoadRow:
    name: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    # A wrk script (POST bodies), or a function that writes it just before each run (the
    # step save reads the profiles' current revisions); empty for a plain GET.
    lua: str | Callable[[], str] = ""
    budget: float = PAGE_BUDGET  # its lowest ratio to the baseline (issue 22)


@dataclass
class WrkRun:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    errors: int
    cpu_ms: float  # gunicorn workers' CPU per completed request


@dataclass
class LoadResult:
    row: LoadRow
    runs: list[WrkRun]
    ratios: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def rps(self) -> float:
        return statistics.median(r.rps for r in self.runs)

    @property
    def p50_ms(self) -> float:
        return statistics.median(r.p50_ms for r in self.runs)

    @property
    def p99_ms(self) -> float:
        return max(r.p99_ms for r in self.runs)

    @property
    def cpu_ms(self) -> float:
        return statistics.median(r.cpu_ms for r in self.runs)

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.runs)

    @property
    def budget(self) -> float:
        return self.row.budget

    @property
    def missed(self) -> list[str]:
        missed = []
        if self.ratio < self.budget:
            missed.append(f"{self.ratio:.2f}x < {self.budget}x")
        if self.p99_ms > TAIL_BUDGET * self.p50_ms:
            missed.append(f"p99 {self.p99_ms:.0f} ms > {TAIL_BUDGET:g} × p50 {self.p50_ms:.0f} ms")
        if self.errors:
            missed.append(f"{self.errors} errors")
        return missed


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _latency_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def parse_wrk(output: str) -> tuple[float, float, float, int, int]:
    """(requests/s, p50 ms, p99 ms, requests, errors) from `wrk --latency` output."""
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _latency_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = _latency_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(match.group(1))
    socket = r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"
    if match := re.search(socket, output):
        errors += sum(int(n) for n in match.groups())
    return rps, p50, p99, requests, errors


def _worker_cpu_seconds(master_pid: int) -> float:
    """User + system CPU of the gunicorn workers (the master's children), from /proc."""
    total = 0
    for child in Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split():
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a worker that exited between the two reads
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / _CLOCK_TICK


def wrk_binary() -> str:
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("make bench needs wrk (Debian package `wrk`): apt-get install wrk")
    return found


def run_wrk(
    row: LoadRow, *, port: int, master_pid: int, cookie: str, seconds: float, connections: int
) -> WrkRun:
    command = [
        wrk_binary(),
        "--threads",
        "1",
        "--connections",
        str(connections),
        "--duration",
        f"{seconds:g}s",
        "--timeout",
        "10s",
        "--latency",
        "--header",
        f"Cookie: {cookie}",
    ]
    for name, value in row.headers.items():
        command += ["--header", f"{name}: {value}"]
    with tempfile.TemporaryDirectory() as folder:
        if row.lua:
            script = Path(folder) / "script.lua"
            script.write_text(row.lua() if callable(row.lua) else row.lua)
            command += ["--script", str(script)]
        command.append(f"http://{HOST}:{port}{row.path}")
        cpu_before = _worker_cpu_seconds(master_pid)
        # Fixed argv: the wrk binary, our own loopback port and paths we built.
        done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
        cpu_after = _worker_cpu_seconds(master_pid)
    rps, p50, p99, requests, errors = parse_wrk(done.stdout)
    cpu_ms = (cpu_after - cpu_before) * 1000 / max(requests, 1)
    return WrkRun(rps, p50, p99, requests, errors, cpu_ms)


def interleaved(
    rows: list[LoadRow],
    *,
    baseline: LoadRow,
    port: int,
    master_pid: int,
    cookie: str,
    seconds: float,
    connections: int,
    rounds: int,
    progress=print,
) -> tuple[list[LoadResult], list[WrkRun]]:
    """B, P1, B, P2, B, ... Pn, B, `rounds` times; each page's ratio uses its two
    neighbouring baseline runs."""

    def wrk(row: LoadRow) -> WrkRun:
        return run_wrk(
            row,
            port=port,
            master_pid=master_pid,
            cookie=cookie,
            seconds=seconds,
            connections=connections,
        )

    results = {row.name: LoadResult(row, [], []) for row in rows}
    baselines: list[WrkRun] = []
    for number in range(1, rounds + 1):
        before = wrk(baseline)
        baselines.append(before)
        for row in rows:
            run = wrk(row)
            after = wrk(baseline)
            baselines.append(after)
            reference = (before.rps + after.rps) / 2
            results[row.name].runs.append(run)
            results[row.name].ratios.append(run.rps / reference if reference else 0.0)
            progress(
                f"  round {number}: {row.name}: {run.rps:.0f} req/s, "
                f"{run.rps / reference:.2f}x baseline ({reference:.0f} req/s)"
            )
            before = after
    return list(results.values()), baselines
