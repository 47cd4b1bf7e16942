"""Lookups on the guide's content that the profile steps and the public pages share.

A lane may be given as a RoleArchetype, its id, or None (no lane yet: the defaults).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.db.models import Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce


def _lane_id(lane) -> int:
    # 0 matches no row, so "no lane" needs no separate query shape.
    return getattr(lane, "pk", lane) or 0


class GapQuerySet(models.QuerySet):
    def with_lane_priority(self, lane, name: str = "lane_priority") -> GapQuerySet:
        """Annotate `name`: the lane's own priority for each gap, else the default."""
        own = self.model.lane_priorities.field.model.objects.filter(
            gap_id=OuterRef("pk"), archetype_id=_lane_id(lane)
        )
        return self.annotate(
            **{name: Coalesce(Subquery(own.values("priority")[:1]), F("default_priority"))}
        )

    def in_lane_order(self, lane) -> GapQuerySet:
        """The gaps in this lane's order, each with `priority_is_suggested` (True where the
        lane's priority is Pivot's suggestion rather than the guide's): one query."""
        own = self.model.lane_priorities.field.model.objects.filter(
            gap_id=OuterRef("pk"), archetype_id=_lane_id(lane)
        )
        return (
            self.with_lane_priority(lane)
            .annotate(
                priority_is_suggested=Coalesce(
                    Subquery(own.values("is_suggested")[:1]), Value(False)
                )
            )
            .order_by("lane_priority", "default_priority", "order", "pk")
        )


@dataclass(frozen=True)
class LaneOrder:
    archetype: object
    gaps: list
    suggested: bool  # the lane's order is Pivot's suggestion, not the guide's


def lane_orders(gaps: list, lanes) -> list[LaneOrder]:
    """Every lane's gap order from gaps loaded with their lane_priorities: for a page that
    shows all lanes at once, where in_lane_order would be a query per lane."""
    orders = []
    for lane in lanes:
        own = {
            p.gap_id: p for g in gaps for p in g.lane_priorities.all() if p.archetype_id == lane.pk
        }
        ordered = sorted(
            gaps,
            # The order of in_lane_order: lane priority, default priority, order, pk.
            key=lambda g, own=own: (
                own[g.pk].priority if g.pk in own else g.default_priority,
                g.default_priority,
                g.order,
                g.pk,
            ),
        )
        orders.append(LaneOrder(lane, ordered, any(p.is_suggested for p in own.values())))
    return orders


class SkillQuerySet(models.QuerySet):
    def with_emphasis(self, lane) -> SkillQuerySet:
        """Every checklist skill with its domain and `emphasized` for this lane: one query."""
        through = self.model.emphases.through
        emphasized = through.objects.filter(
            skill_id=OuterRef("pk"), skillemphasis__archetype_id=_lane_id(lane)
        )
        return (
            self.select_related("domain")
            .annotate(emphasized=Exists(emphasized))
            .order_by("domain__order", "domain__pk", "order", "pk")
        )


class InterviewExpectationQuerySet(models.QuerySet):
    def for_lane(self, lane) -> InterviewExpectationQuerySet:
        """The expectations of every lane and this lane's own, in the guide's order. Here a
        lane may also be its slug (what a saved version keeps)."""
        own = Q(only_for__slug=lane) if isinstance(lane, str) else Q(only_for_id=_lane_id(lane))
        return self.filter(Q(only_for__isnull=True) | own).order_by("order", "pk")
