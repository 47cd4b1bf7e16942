"""The skills checklist and the gaps, with each lane's gap priorities inline."""

from django.contrib import admin
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest

from ..forms import GapAdminForm, GapPriorityForm
from ..models import Gap, GapPriority, Skill, SkillDomain
from .base import SHORT_TEXT
from .reading_signals import ReadingSignalInline


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
    list_filter = ["domain", "level", ("emphases__archetype", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["domain"]
    search_fields = ["name", "domain__name"]
    ordering = ["domain__order", "order", "name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ReadingSignalInline]


class GapPriorityInline(admin.TabularInline):
    model = GapPriority
    form = GapPriorityForm
    fields = ["archetype", "priority", "is_suggested"]
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
