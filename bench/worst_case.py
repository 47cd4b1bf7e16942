"""Worst-case inputs for reading and tailoring (issue 23): what `make bench` can time as
"worst case" rows, and what docs/security.md documents as their bound.

Each is at the reader's limit (20,000 characters) and shaped after the audit's attacks:
runs of one character, of newlines, of `A'`, and the shapes the company and list patterns
try hardest on. Every pattern these run through is linear (tests/test_reading_patterns_linear.py),
so the worst case is a constant factor above a realistic posting of the same length.

    DATABASE_URL=... .venv/bin/python -m bench.worst_case   # prints each input's time
"""

from __future__ import annotations

from .measure import Endpoint

LIMIT = 20_000


def worst_postings() -> dict[str, str]:
    """name -> posting text, each LIMIT characters."""
    return {
        "A run": "A" * LIMIT,
        "x then newlines": "x" + "\n" * (LIMIT - 1),
        "A' run": "A'" * (LIMIT // 2),
        "capitalised words": "A " * (LIMIT // 2),
        "at then capitals": ("at " + "A" * 17) * (LIMIT // 20),
        "About then capitals": "About " + "A " * ((LIMIT - 6) // 2),
        "dots": "." * LIMIT,
        "spaces then a list": " " * (LIMIT - 12) + "a, b and c.",
    }


def endpoints(profile=None) -> list[Endpoint]:
    """Rows for the bench: the reader's page on each worst posting (anonymous), and,
    given the bench `profile`, the same with the profile chosen (the match and the
    company and title suggestions, profiles/tailoring/reader.py)."""
    from django.urls import reverse

    rows = []
    for name, text in worst_postings().items():
        rows.append(
            Endpoint(
                f"POST /roles/read/ worst case: {name}",
                "POST",
                reverse("roles:read"),
                data=lambda text=text: {"text": text},
            )
        )
        if profile is not None:
            rows.append(
                Endpoint(
                    f"POST /roles/read/ worst case with a profile: {name}",
                    "POST",
                    reverse("roles:read"),
                    data=lambda text=text: {"text": text, "profile": str(profile.pk)},
                )
            )
    return rows


def main() -> None:
    import time

    from .run import setup_django

    setup_django()
    from roles.reading import load_catalog, read_posting
    from roles.reading.posting_facts import suggested

    from .reader import long_posting

    catalog = load_catalog()
    read_posting(long_posting(), catalog)  # compile the signal patterns, as a warm server has
    for name, text in {"realistic (bench.reader)": long_posting(), **worst_postings()}.items():
        start = time.perf_counter()
        reading = read_posting(text, catalog)
        suggested(text, reading.regions)
        print(f"{name:>26}: {(time.perf_counter() - start) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
