"""Reading signals: their own changelist, and the inline on a group, archetype or skill."""

from django.contrib import admin

from ..forms import ReadingSignalForm
from ..models import ReadingSignal


class ReadingSignalInline(admin.TabularInline):
    """A thing's reading signals, on its own page: the posting reader looks for these."""

    model = ReadingSignal
    form = ReadingSignalForm
    fields = ["phrase", "synonyms", "weight", "is_active"]
    extra = 1
    verbose_name_plural = "Reading signals (phrases the posting reader looks for)"


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
