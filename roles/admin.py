"""Django admin for the guide's content, laid out for a content editor.

Day-to-day shares and per-lane gap priorities are edited only inline, inside their
archetype and gap: that is where their rules (shares add up to 100, one priority per
lane) can be checked as a whole before anything is saved.
"""

import importlib
import importlib.util

from django import forms
from django.contrib import admin
from django.db import models
from django.db.models import Count, Q, QuerySet, Sum
from django.http import HttpRequest

from .forms import (
    DayToDayShareForm,
    DayToDayShareFormSet,
    GapAdminForm,
    GapPriorityForm,
    MessageTemplateAdminForm,
    ReadingSignalForm,
)
from .models import (
    CredibilityPoint,
    DayToDayShare,
    Gap,
    GapPriority,
    GlossaryTerm,
    InterviewExpectation,
    MessageTemplate,
    ReadingSignal,
    RoleArchetype,
    RoleGroup,
    Skill,
    SkillDomain,
)
from .placeholders import placeholders_in

admin.site.site_header = "Pivot content"
admin.site.site_title = "Pivot content"
admin.site.index_title = "Edit the guide"

# The guide's long fields are a sentence or two: a short box shows the whole text at once.
SHORT_TEXT = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})}}


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


class ReadingSignalInline(admin.TabularInline):
    """A thing's reading signals, on its own page: the posting reader looks for these."""

    model = ReadingSignal
    form = ReadingSignalForm
    fields = ["phrase", "synonyms", "weight", "is_active"]
    extra = 1
    verbose_name_plural = "Reading signals (phrases the posting reader looks for)"


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
        "skills_to_emphasize",
        "practice_focus",
    ]
    ordering = ["order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["emphasized_skills"]
    formfield_overrides = SHORT_TEXT
    inlines = [DayToDayShareInline, ReadingSignalInline]
    fieldsets = [
        (None, {"fields": ["name", "short_name", "slug", "group", "order"]}),
        ("What the work is", {"fields": ["work_shape", "best_fit_signal"]}),
        (
            "How to prepare",
            {"fields": ["skills_to_emphasize", "practice_focus", "emphasized_skills"]},
        ),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(_share_total=Sum("shares__percent"))

    @admin.display(description="Day-to-day total", ordering="_share_total")
    def day_to_day_total(self, obj: RoleArchetype) -> str:
        return f"{obj._share_total or 0}%"


class SkillInline(admin.TabularInline):
    model = Skill
    fields = ["name", "slug", "level", "order"]
    prepopulated_fields = {"slug": ["name"]}
    extra = 1


class DomainLevelFilter(admin.SimpleListFilter):
    title = "has useful-stretch skills"
    parameter_name = "has_stretch"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(skills__level=Skill.STRETCH).distinct()
        if self.value() == "no":
            return queryset.exclude(skills__level=Skill.STRETCH)
        return queryset


@admin.register(SkillDomain)
class SkillDomainAdmin(admin.ModelAdmin):
    list_display = ["name", "must_count", "stretch_count", "order"]
    list_editable = ["order"]
    list_filter = [DomainLevelFilter]
    search_fields = ["name", "skills__name"]
    ordering = ["order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [SkillInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super()
            .get_queryset(request)
            .annotate(
                _must=Count("skills", filter=Q(skills__level=Skill.MUST)),
                _stretch=Count("skills", filter=Q(skills__level=Skill.STRETCH)),
            )
        )

    @admin.display(description="Must know well", ordering="_must")
    def must_count(self, obj: SkillDomain) -> int:
        return obj._must

    @admin.display(description="Useful stretch", ordering="_stretch")
    def stretch_count(self, obj: SkillDomain) -> int:
        return obj._stretch


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "domain", "level", "order"]
    list_editable = ["level", "order"]
    list_filter = ["domain", "level", "emphasized_by"]
    list_select_related = ["domain"]
    search_fields = ["name", "domain__name"]
    ordering = ["domain__order", "order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ReadingSignalInline]


class GapPriorityInline(admin.TabularInline):
    model = GapPriority
    form = GapPriorityForm
    extra = 1
    verbose_name_plural = "Priority for a lane (overrides the default priority for that lane)"


@admin.register(Gap)
class GapAdmin(admin.ModelAdmin):
    form = GapAdminForm
    list_display = ["name", "default_priority", "deliverable", "lane_override_count"]
    list_editable = ["default_priority"]
    list_filter = [
        "default_priority",
        ("lane_priorities__archetype", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["name", "why_it_matters", "deliverable"]
    ordering = ["default_priority", "order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [GapPriorityInline]
    formfield_overrides = SHORT_TEXT
    fields = ["name", "slug", "default_priority", "order", "why_it_matters", "deliverable"]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(_overrides=Count("lane_priorities"))

    @admin.display(description="Lane overrides", ordering="_overrides")
    def lane_override_count(self, obj: Gap) -> int:
        return obj._overrides

    def get_changelist_form(self, request, **kwargs):
        # list_editable must use the same friendly priority message as the change form.
        kwargs.setdefault("form", GapAdminForm)
        return super().get_changelist_form(request, **kwargs)


@admin.register(InterviewExpectation)
class InterviewExpectationAdmin(admin.ModelAdmin):
    list_display = ["text", "applies_to", "order"]
    list_editable = ["order"]
    list_filter = [("only_for", admin.EmptyFieldListFilter), "only_for"]
    list_select_related = ["only_for"]
    search_fields = ["text"]
    ordering = ["order"]

    @admin.display(description="Applies to", ordering="only_for__order")
    def applies_to(self, obj: InterviewExpectation) -> str:
        return obj.only_for.short_name if obj.only_for else "Every lane"


@admin.register(CredibilityPoint)
class CredibilityPointAdmin(admin.ModelAdmin):
    list_display = ["name", "hint", "order"]
    list_editable = ["order"]
    search_fields = ["name", "hint"]
    ordering = ["order"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(MessageTemplate)
class MessageTemplateAdmin(admin.ModelAdmin):
    form = MessageTemplateAdminForm
    list_display = ["name", "key", "section", "slots", "max_length", "order"]
    list_editable = ["order"]
    list_filter = ["section", ("max_length", admin.EmptyFieldListFilter)]
    search_fields = ["name", "key", "body", "guidance"]
    ordering = ["section", "order", "name"]
    fields = ["name", "key", "section", "order", "body", "guidance", "max_length"]

    def get_readonly_fields(self, request: HttpRequest, obj=None):
        # The app finds templates by key; renaming one would silently drop it from every page.
        return ["key"] if obj is not None else []

    def get_prepopulated_fields(self, request: HttpRequest, obj=None):
        return {"key": ["name"]} if obj is None else {}

    @admin.display(description="Slots")
    def slots(self, obj: MessageTemplate) -> str:
        try:
            names = placeholders_in(obj.body)
        except ValueError:
            return "(braces do not match)"
        return ", ".join("{" + name + "}" for name in names) or "—"


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "meaning", "order"]
    list_editable = ["order"]
    search_fields = ["term", "meaning"]
    ordering = ["order", "term"]
    prepopulated_fields = {"slug": ["term"]}


class SignalTargetFilter(admin.SimpleListFilter):
    title = "signals a"
    parameter_name = "target"

    def lookups(self, request, model_admin):
        return [
            ("group", "Group A–E"),
            ("archetype", "Role archetype"),
            ("skill", "Checklist skill"),
        ]

    def queryset(self, request, queryset):
        if self.value() in {"group", "archetype", "skill"}:
            return queryset.filter(**{f"{self.value()}__isnull": False})
        return queryset


@admin.register(ReadingSignal)
class ReadingSignalAdmin(admin.ModelAdmin):
    form = ReadingSignalForm
    list_display = ["phrase", "target_kind", "target_name", "weight", "synonym_count", "is_active"]
    list_editable = ["weight", "is_active"]
    list_filter = [SignalTargetFilter, "is_active", "group", "archetype", "skill__domain"]
    list_select_related = ["group", "archetype", "skill"]
    search_fields = [
        "phrase",
        "synonyms",
        "group__relationship",
        "archetype__name",
        "skill__name",
    ]
    ordering = ["phrase"]
    autocomplete_fields = ["skill"]
    fieldsets = [
        (
            "What it signals (choose exactly one)",
            {"fields": ["group", "archetype", "skill"]},
        ),
        (None, {"fields": ["phrase", "synonyms", "weight", "is_active"]}),
    ]

    @admin.display(description="Signals a")
    def target_kind(self, obj: ReadingSignal) -> str:
        if obj.group_id:
            return "Group"
        return "Archetype" if obj.archetype_id else "Skill"

    @admin.display(description="Which")
    def target_name(self, obj: ReadingSignal) -> str:
        return str(obj.target)

    @admin.display(description="Synonyms")
    def synonym_count(self, obj: ReadingSignal) -> int:
        return len(obj.synonyms_list)

    def get_changelist_form(self, request, **kwargs):
        # list_editable must give the same weight message as the change form.
        kwargs.setdefault("form", ReadingSignalForm)
        return super().get_changelist_form(request, **kwargs)


# MessagingRule's admin belongs to the coach work (roles/admin_rules.py). Look it up rather
# than suppress ImportError, so a real error inside that module still surfaces.
if importlib.util.find_spec(f"{__package__}.admin_rules") is not None:
    importlib.import_module(f"{__package__}.admin_rules")
