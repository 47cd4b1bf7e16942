"""The posting reader's rows for `make bench`: a 20,000-character posting, read directly
and through the page. Also runnable alone to print the reading time:

    DATABASE_URL=... .venv/bin/python -m bench.reader
"""

from __future__ import annotations

from .measure import Endpoint

LIMIT = 20_000


def long_posting() -> str:
    """The labelled postings end to end, cut at the reader's limit: varied, realistic text."""
    from roles.reading.evaluation import load_postings

    text = "\n\n".join(p.text for p in load_postings() if p.language == "en")
    return text[:LIMIT]


def typical_posting() -> str:
    """The median-length English labelled posting: what one application's reading costs."""
    from roles.reading.evaluation import load_postings

    texts = sorted((p.text for p in load_postings() if p.language == "en"), key=len)
    return texts[len(texts) // 2]


def endpoints() -> list[Endpoint]:
    from django.urls import reverse

    from roles.reading import load_catalog, read_posting

    text = long_posting()
    typical = typical_posting()
    catalog = load_catalog()
    read_posting(text, catalog)  # compile the signal regexes once, as a warm server has
    return [
        Endpoint(
            f"read_posting() {len(text):,} chars",
            "CALL",
            call=lambda: read_posting(text, catalog),
            query_budget=None,
        ),
        Endpoint(
            f"POST /roles/read/ {len(text):,} chars",
            "POST",
            reverse("roles:read"),
            data=lambda: {"text": text},
        ),
        # The load table's reader row, in process: what one application's reading costs.
        Endpoint(
            f"POST /roles/read/ {len(typical):,} chars (htmx)",
            "POST",
            reverse("roles:read"),
            data=lambda: {"text": typical},
            headers={"HX-Request": "true"},
        ),
    ]


def main() -> None:
    import statistics
    import time

    from .run import setup_django

    setup_django()
    from roles.reading import load_catalog, read_posting

    text = long_posting()
    catalog = load_catalog()
    started = time.perf_counter()
    read_posting(text, catalog)
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(30):
        started = time.perf_counter()
        read_posting(text, catalog)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"read_posting() on {len(text):,} characters: first call {first:.1f} ms "
        f"(compiles the signals), then p50 {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms over {len(times)} reads"
    )


if __name__ == "__main__":
    main()
