"""Lookups on the guide's content that the profile steps and the public pages share.

A lane may be given as a RoleArchetype, its id, or None (no lane yet: the defaults).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Exists, F, OuterRef, Subquery
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
        """The gaps in this lane's order: one query."""
        return self.with_lane_priority(lane).order_by(
            "lane_priority", "default_priority", "order", "pk"
        )


class SkillQuerySet(models.QuerySet):
    def with_emphasis(self, lane) -> SkillQuerySet:
        """Every checklist skill with its domain and `emphasized` for this lane: one query."""
        through = self.model.emphasized_by.through
        emphasized = through.objects.filter(
            skill_id=OuterRef("pk"), rolearchetype_id=_lane_id(lane)
        )
        return (
            self.select_related("domain")
            .annotate(emphasized=Exists(emphasized))
            .order_by("domain__order", "domain__pk", "order", "pk")
        )
