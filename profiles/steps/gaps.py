"""Step 5: a status and a link for each of the guide's gaps, in the lane's order."""

from __future__ import annotations

from django.utils import timezone

from roles import guide
from roles.models import Gap

from .. import forms as f
from ..choices import GapStatus
from .base import Handler


class GapsHandler(Handler):
    slug = "gaps"
    related = ()

    def is_complete(self, answers):
        # A form posted as it was shown (every default kept: a double-click on the previous
        # step's Save, say) is saved but does not count as answered.
        return any(
            (g or {}).get("status") not in (None, "", "not_started") or (g or {}).get("link")
            for g in (answers.get("gaps") or {}).values()
        )

    def load(self, profile):
        # Kept per process until the guide changes, as the skills step keeps its rows.
        lane = profile.lane_id or 0
        gaps = guide.cached(f"gaps:{lane}", lambda: tuple(Gap.objects.in_lane_order(lane)))
        return {"gaps": list(gaps)}

    def initial(self, answers, content):
        saved = answers.get("gaps") or {}
        initial = {}
        for gap in content["gaps"]:
            entry = saved.get(gap.slug) or {}
            initial[f.gap_status_field(gap.slug)] = entry.get("status") or "not_started"
            initial[f.gap_link_field(gap.slug)] = entry.get("link") or ""
        return initial

    def build_form(self, content, *, data=None, initial=None):
        return f.GapsForm(data, initial=initial, gaps=content["gaps"])

    def to_section(self, form, content, answers):
        saved = answers.get("gaps") or {}
        section = {}
        for g in content["gaps"]:
            status = form.cleaned_data[f.gap_status_field(g.slug)] or "not_started"
            entry = {"status": status, "link": form.cleaned_data[f.gap_link_field(g.slug)] or ""}
            if status == GapStatus.SHIPPED:
                # The day it shipped, kept while it stays shipped: the applications' weekly
                # view lists the deliverables shipped that week (profiles/applications/).
                before = saved.get(g.slug) or {}
                entry["shipped_on"] = (
                    before.get("shipped_on") if before.get("status") == GapStatus.SHIPPED else None
                ) or timezone.localdate().isoformat()
            section[g.slug] = entry
        return section

    def context(self, form, content, profile, answers):
        return {
            "gap_rows": [
                (g, form[f.gap_status_field(g.slug)], form[f.gap_link_field(g.slug)])
                for g in content["gaps"]
            ],
            "lane": guide.archetype(profile.lane_id),
            "suggested_order": any(g.priority_is_suggested for g in content["gaps"]),
        }

    def summary(self, answers, content):
        saved = answers.get("gaps") or {}
        labels = dict(GapStatus.choices)
        rows = []
        for gap in content["gaps"]:
            entry = saved.get(gap.slug) or {}
            status = entry.get("status") or "not_started"
            text = labels.get(status, status)
            if entry.get("link"):
                text += f" ({entry['link']})"
            rows.append((gap.name, text))
        return rows
