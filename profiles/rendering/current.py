"""The working copy's finished copy, rendered from the roles app's current templates."""

from __future__ import annotations

from roles.models import CredibilityPoint, MessageTemplate, RoleArchetype

from .texts import RenderedText, render_texts


def lane_for(answers: dict) -> RoleArchetype | None:
    slug = answers.get("lane")
    if not slug:
        return None
    return RoleArchetype.objects.filter(slug=slug).select_related("group").first()


def current_texts(
    answers: dict,
    *,
    lane: RoleArchetype | None = None,
    templates=None,
    credibility_names: dict[str, str] | None = None,
) -> dict[str, RenderedText]:
    """Every MessageTemplate rendered from `answers` (two queries, three without `lane`).

    A caller that already holds the template rows or the credibility point names (slug ->
    name, in the guide's order) passes them in, so a page rendering texts and other
    content stays within its query budget.
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
    )
