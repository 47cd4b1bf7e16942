"""The guide's short lists: interview expectations, credibility points, glossary."""

from django.contrib import admin

from ..models import CredibilityPoint, GlossaryTerm, InterviewExpectation


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


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(admin.ModelAdmin):
    list_display = ["term", "meaning", "order"]
    list_editable = ["order"]
    search_fields = ["term", "meaning"]
    ordering = ["order", "term"]
    prepopulated_fields = {"slug": ["term"]}
