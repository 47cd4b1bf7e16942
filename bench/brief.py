"""The PDF brief's worst case for `make bench` (issue 23, bounded work per request): a
brief with every text at the step forms' limits, drawn as the download draws it. Also
runnable alone to print the drawings and their time:

    DATABASE_URL=... .venv/bin/python -m bench.brief

The brief holds what passed the step forms' limits (profiles/forms.py), so its size is
bounded; the fitting loop in profiles/brief/pdf.py makes at most len(SIZES) drawings and
stops after one when the brief is hopelessly long. The worst time is therefore a brief
long enough to spill at every size yet short enough to keep trying: `spilling_brief()`.
"""

from __future__ import annotations

from .measure import Endpoint


def _link(letter: str, length: int) -> str:
    return ("https://example.com/" + letter * length)[:length]


def _brief(*, opener_chars: int, headline_chars: int, link_chars: int = 500):
    from profiles.brief.content import Artifact, Brief, GapLine
    from profiles.forms import MAX_ARTIFACTS
    from roles.models import DayToDayShare, Gap, InterviewExpectation, RoleArchetype

    lane = RoleArchetype.objects.select_related("group").order_by("pk").first()
    words = "Thảo shipped an eval-gated agent, שלום 😀, cutting p95 latency 40% "
    fill = lambda n: (words * (n // len(words) + 1))[:n]  # noqa: E731 - local shorthand
    return Brief(
        title="working copy",
        profile_name=fill(80),
        saved_at="2026-01-01T00:00:00",
        headline=fill(headline_chars),
        opener=fill(opener_chars),
        lane_name=lane.name,
        lane_group=lane.group.letter,
        work_shape=lane.work_shape,
        day_to_day=list(
            DayToDayShare.objects.filter(archetype=lane).values_list("activity", "percent")
        ),
        edge=fill(300),
        strengths=[fill(95), fill(95), fill(95)],
        strong_skills=["Evals", "RAG", "Tool calling", "Guardrails", "Observability", "Cost"],
        artifacts=[
            Artifact(fill(120), _link("a", link_chars), fill(200)) for _ in range(MAX_ARTIFACTS)
        ],
        gaps=[
            GapLine(name, "In progress", _link("g", link_chars))
            for name in Gap.objects.values_list("name", flat=True)
        ],
        interview=list(InterviewExpectation.objects.values_list("text", flat=True)),
    )


def largest_brief():
    """Every text at its form's limit (an override is at most 5,000 characters)."""
    from profiles.forms import OVERRIDE_MAX_LENGTH

    return _brief(opener_chars=OVERRIDE_MAX_LENGTH, headline_chars=OVERRIDE_MAX_LENGTH)


def spilling_brief():
    """Two pages at every size: the loop's most drawings (len(SIZES))."""
    return _brief(opener_chars=800, headline_chars=100, link_chars=40)


def endpoints() -> list[Endpoint]:
    from profiles.brief.pdf import brief_pdf

    largest, spilling = largest_brief(), spilling_brief()
    return [
        Endpoint(
            "brief_pdf() largest brief (every text at its limit)",
            "CALL",
            call=lambda: brief_pdf(largest),
            query_budget=None,
        ),
        Endpoint(
            "brief_pdf() worst case (spills at every size: 4 drawings)",
            "CALL",
            call=lambda: brief_pdf(spilling),
            query_budget=None,
        ),
    ]


def main() -> None:
    import time

    import django

    django.setup()
    from profiles.brief.pdf import draw

    for label, make in (("largest", largest_brief), ("spilling", spilling_brief)):
        brief = make()
        started = time.perf_counter()
        drawings = draw(brief)
        seconds = time.perf_counter() - started
        pages = [len(d.pages) for d in drawings]
        print(f"{label}: {len(drawings)} drawing(s), pages {pages}, {seconds:.2f} s")


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pivotapp.settings")
    main()
