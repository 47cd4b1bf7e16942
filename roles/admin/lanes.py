"""Groups A-E and the role archetypes (lanes), with their day-to-day shares."""

from django.contrib import admin
from django.db.models import Count, QuerySet, Sum
from django.http import HttpRequest

from ..forms import (
    DayToDayShareForm,
    DayToDayShareFormSet,
    GapPriorityForm,
    SkillEmphasisForm,
    SkillEmphasisFormSet,
)
from ..models import (
    DayToDayShare,
    GapPriority,
    LaneLine,
    RoleArchetype,
    RoleGroup,
    SkillEmphasis,
)
from .base import SHORT_TEXT
from .reading_signals import ReadingSignalInline


class HasArchetypesFilter(admin.SimpleListFilter):
    title = "lanes in this group"
    parameter_name = "has_lanes"

    def lookups(self, request, model_admin):
        return [("yes", "Has role archetypes"), ("no", "No role archetypes")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(archetypes__isnull=False).distinct()
        if self.value() == "no":
            return queryset.filter(archetypes__isnull=True)
        return queryset


@admin.register(RoleGroup)
class RoleGroupAdmin(admin.ModelAdmin):
    list_display = ["letter", "relationship", "typical_roles", "fit", "lane_count", "order"]
    list_display_links = ["letter", "relationship"]
    list_editable = ["order"]
    list_filter = [HasArchetypesFilter]
    search_fields = ["letter", "relationship", "typical_roles", "fit"]
    ordering = ["order", "letter"]
    prepopulated_fields = {"slug": ["relationship"]}
    inlines = [ReadingSignalInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(_lanes=Count("archetypes"))

    @admin.display(description="Archetypes", ordering="_lanes")
    def lane_count(self, obj: RoleGroup) -> int:
        return obj._lanes


class DayToDayShareInline(admin.TabularInline):
    model = DayToDayShare
    form = DayToDayShareForm
    formset = DayToDayShareFormSet
    fields = ["activity", "percent", "order"]
    extra = 1
    verbose_name_plural = "Day-to-day shares (must add up to 100%)"


class SkillEmphasisInline(admin.TabularInline):
    """The one place a lane's skills to emphasize are edited: the words on its card and
    the checklist skills they highlight, row by row."""

    model = SkillEmphasis
    form = SkillEmphasisForm
    formset = SkillEmphasisFormSet
    fields = ["wording", "skills", "order"]
    extra = 1
    verbose_name_plural = "Skills to emphasize (the words on the lane's card, and the "
    "checklist skills they highlight)"


class LaneGapPriorityInline(admin.TabularInline):
    """The lane's whole gap order in one place; the same rows are inline on each gap."""

    model = GapPriority
    form = GapPriorityForm
    fields = ["gap", "priority", "is_suggested"]
    ordering = ["priority", "gap__default_priority"]
    extra = 0
    verbose_name_plural = "Gap order for this lane (gaps not listed keep their default "
    "priority)"


class LaneLineInline(admin.TabularInline):
    """The lane's own words in generated copy; the guide's where it has a line for the
    lane, the rest marked as Pivot's suggestion (shown so on the Messaging step)."""

    model = LaneLine
    fields = ["kind", "text", "is_suggested"]
    extra = 0
    verbose_name_plural = "Lines in generated copy (the lane's words, never a claim about "
    "the person)"


@admin.register(RoleArchetype)
class RoleArchetypeAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "group", "day_to_day_total", "order"]
    list_editable = ["order"]
    list_filter = ["group"]
    list_select_related = ["group"]
    search_fields = [
        "name",
        "short_name",
        "work_shape",
        "best_fit_signal",
        "skill_emphases__wording",
        "practice_focus",
    ]
    ordering = ["order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    formfield_overrides = SHORT_TEXT
    inlines = [
        DayToDayShareInline,
        SkillEmphasisInline,
        LaneGapPriorityInline,
        LaneLineInline,
        ReadingSignalInline,
    ]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "group", "order"]}),
        ("What the work is", {"fields": ["work_shape", "best_fit_signal"]}),
        ("How to prepare", {"fields": ["practice_focus"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(_share_total=Sum("shares__percent"))

    @admin.display(description="Day-to-day total", ordering="_share_total")
    def day_to_day_total(self, obj: RoleArchetype) -> str:
        return f"{obj._share_total or 0}%"
