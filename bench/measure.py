"""Timing one request many times with the in-process test client, SQL captured.

The clock runs around the client call only: the client builds a WSGI request and calls
Django's handler directly, so the figure is server time (middleware, view, templates,
SQL round trips to Postgres) without a socket. The test environment is deliberately not
set up, so templates are not instrumented for the test client's context capture.
"""

from __future__ import annotations

import cProfile
import io
import math
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 8
# Issue 14: every step page and partial, with 1 or 1,000 versions saved.
STEP_QUERY_BUDGET = 6


@dataclass
class Endpoint:
    name: str
    method: str  # "GET", "POST" or "CALL" (a Python call, not a request)
    url: str = ""
    data: Callable[[], dict] | None = None  # built before each request, outside the clock
    headers: dict = field(default_factory=dict)
    status: int = 200
    call: Callable[[], object] | None = None
    # Most queries a request may run; None for a Python call (CALL), which is no page.
    query_budget: int | None = QUERY_BUDGET


class Percentiles:
    """p50/p95/max over `times_ms`, shared by in-process and server results."""

    times_ms: list[float]

    @property
    def p50(self) -> float:
        return percentile(self.times_ms, 50)

    @property
    def p95(self) -> float:
        return percentile(self.times_ms, 95)

    @property
    def max(self) -> float:
        return max(self.times_ms)


@dataclass
class Result(Percentiles):
    endpoint: Endpoint
    times_ms: list[float]
    cpu_ms: list[float]
    sql_ms: list[float]
    queries: list[int]
    body_bytes: int

    @property
    def max_queries(self) -> int:
        return max(self.queries)

    @property
    def query_text(self) -> str:
        low, high = min(self.queries), max(self.queries)
        return str(high) if low == high else f"{low}-{high}"

    @property
    def over_budget(self) -> bool:
        budget = self.endpoint.query_budget
        return budget is not None and self.max_queries > budget


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: always one of the measured values."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


class _SqlClock:
    """Wall time spent inside cursor.execute, at perf_counter resolution (the captured
    queries' own "time" is rounded to the millisecond)."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start


def _send(client, endpoint: Endpoint, data: dict | None):
    if endpoint.method == "GET":
        return client.get(endpoint.url, data or {}, headers=endpoint.headers)
    # Form-encoded, as a browser's form and htmx send it (and the load rows' scripts): the
    # test client's default, multipart, parses in Python at several times the cost.
    return client.post(
        endpoint.url,
        urlencode(data or {}, doseq=True),
        content_type="application/x-www-form-urlencoded",
        headers=endpoint.headers,
    )


def _once(client, endpoint: Endpoint) -> tuple[float, float, float, int, int]:
    data = endpoint.data() if endpoint.data else None
    sql_clock = _SqlClock()
    with CaptureQueriesContext(connection) as ctx, connection.execute_wrapper(sql_clock):
        cpu_start = time.process_time()
        start = time.perf_counter()
        if endpoint.method == "CALL":
            endpoint.call()
            status, size = endpoint.status, 0
        else:
            response = _send(client, endpoint, data)
            status, size = response.status_code, len(response.content)
        elapsed = (time.perf_counter() - start) * 1000
        cpu = (time.process_time() - cpu_start) * 1000
    if status != endpoint.status:
        raise SystemExit(
            f"{endpoint.name}: expected HTTP {endpoint.status}, got {status} ({endpoint.url})"
        )
    return elapsed, cpu, sql_clock.seconds * 1000, len(ctx.captured_queries), size


def measure(client, endpoint: Endpoint, *, warmup: int, iterations: int) -> Result:
    for _ in range(warmup):
        _once(client, endpoint)
    times, cpus, sqls, counts = [], [], [], []
    size = 0
    for _ in range(iterations):
        elapsed, cpu, sql, count, size = _once(client, endpoint)
        times.append(elapsed)
        cpus.append(cpu)
        sqls.append(sql)
        counts.append(count)
    return Result(endpoint, times, cpus, sqls, counts, size)


def profile(client, endpoint: Endpoint, *, iterations: int, warmup: int = 0, top: int = 15) -> str:
    """cProfile over a few requests: the functions that hold the time, by own time."""
    for _ in range(warmup):
        _once(client, endpoint)
    profiler = cProfile.Profile()
    for _ in range(iterations):
        data = endpoint.data() if endpoint.data else None
        profiler.enable()
        if endpoint.method == "CALL":
            endpoint.call()
        else:
            _send(client, endpoint, data)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"(profiles|roles|pivotapp)/", top)
    return out.getvalue()
