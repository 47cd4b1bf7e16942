"""The working copy's finished copy, rendered from the roles app's current content."""

from __future__ import annotations

from collections.abc import Callable

from roles import guide
from roles.models import CredibilityPoint, MessageTemplate, RoleArchetype
from roles.reading.catalog import current_catalog
from roles.reading.matching import lane_signals

from .texts import RenderedText, render_texts


def lane_for(answers: dict) -> RoleArchetype | None:
    slug = answers.get("lane")
    if not slug:
        return None
    return RoleArchetype.objects.filter(slug=slug).select_related("group").first()


def lines_for(lane: RoleArchetype | None) -> dict[str, str]:
    """The lane's lines in generated copy (kind -> text), from the guide's content cache."""
    if lane is None:
        return {}
    return {line.kind: line.text for line in guide.lane_lines() if line.archetype_id == lane.pk}


def signal_counter(lane: RoleArchetype | None) -> Callable[[str], int] | None:
    """Counts the lane's signals (the posting reader's catalog) a text names."""
    if lane is None:
        return None
    catalog = current_catalog()
    letter = lane.group.letter if lane.group_id else ""
    return lambda text: lane_signals(text, catalog, lane_slug=lane.slug, group_letter=letter)


def copy_check() -> Callable | None:
    """The coach's copy lint as the planner's check (generate, lint, fall back)."""
    try:
        from ..coach.copy_lint import check_copy
    except ImportError:  # the lint lands separately (issue 20, item 3)
        return None

    def check(text: str, key: str, limit: int | None, names: tuple[str, ...]) -> list:
        return check_copy(text, kind=key, limit=limit, names=list(names))

    return check


def current_texts(
    answers: dict,
    *,
    lane: RoleArchetype | None = None,
    templates=None,
    credibility_names: dict[str, str] | None = None,
    lead: str | int | None = None,
    person=None,
    ranked=None,
) -> dict[str, RenderedText]:
    """Every MessageTemplate rendered from `answers`.

    A caller that already holds the template rows or the credibility point names (slug ->
    name, in the guide's order) passes them in, so a page rendering texts and other
    content stays within its query budget. `lead`: the artifact to lead with, by name as
    typed or index (tailoring passes the posting's best match); else the person's pin,
    else the highest lead score (profiles/planner/lead.py). `person` and
    `ranked`: the planner's reading of these answers and their ranking, when the caller
    already holds them (see profiles.planner.plan_texts).
    """
    if lane is None:
        lane = lane_for(answers)
    if credibility_names is None:
        credibility_names = dict(CredibilityPoint.objects.values_list("slug", "name"))
    return render_texts(
        answers,
        MessageTemplate.objects.all() if templates is None else templates,
        lane_name=lane.name if lane else "",
        lane_slug=lane.slug if lane else None,
        credibility_names=credibility_names,
        lines=lines_for(lane),
        signals=signal_counter(lane),
        check=copy_check(),
        lead=lead,
        person=person,
        ranked=ranked,
    )
