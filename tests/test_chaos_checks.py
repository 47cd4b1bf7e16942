"""The checks `make chaos` applies to what it saw (bench/chaos.py): each can fail."""

from bench.chaos import Result, check

PAGE_503 = '<header class="site-header"></header><h1>Back in a moment</h1>'


def _run(**overrides) -> list[Result]:
    results = [
        Result("before", "save", "/p/save-version/", 302, note="chaos-1"),
        Result("down", "read", "/roles/", 503, PAGE_503),
        Result("down", "read", "/healthz", 503, '{"db": "error"}'),
        Result("down", "save", "/p/save-version/", 503, PAGE_503, note="chaos-2"),
        Result("after", "read", "/roles/", 200),
        Result("after", "save", "/p/save-version/", 302, note="chaos-3"),
    ]
    return results + overrides.get("extra", [])


def test_a_clean_run_passes():
    counts, problems = check(_run(), {"chaos-1", "chaos-3"})
    assert problems == []
    assert counts["acknowledged"] == 2 and counts["reported_failed"] == 1


def test_a_lost_acknowledged_save_fails():
    _, problems = check(_run(), {"chaos-1"})
    assert any("acknowledged saves are missing" in p for p in problems)


def test_a_save_reported_failed_but_stored_fails():
    _, problems = check(_run(), {"chaos-1", "chaos-2", "chaos-3"})
    assert any("reported failed were stored" in p for p in problems)


def test_a_500_or_bare_503_during_the_outage_fails():
    extra = [Result("down", "read", "/profiles/", 500), Result("down", "read", "/x/", 503, "")]
    _, problems = check(_run(extra=extra), {"chaos-1", "chaos-3"})
    assert sum("not the 503 page" in p for p in problems) == 2


def test_a_failure_after_the_outage_fails():
    extra = [Result("after", "read", "/roles/", 503, PAGE_503), Result("after", "read", "/", 0)]
    _, problems = check(_run(extra=extra), {"chaos-1", "chaos-3"})
    assert sum("after the outage" in p for p in problems) == 2
