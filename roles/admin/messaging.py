"""Admin for the message templates and the coach's MessagingRule rows.

Validation happens here and in MessagingRule.clean, so a rule that cannot run (a regular
expression that does not compile, a text key that does not exist) never reaches the coach.
"""

from django import forms
from django.contrib import admin
from django.http import HttpRequest

from pivotapp.forms import ModelForm

from ..forms import MessageTemplateAdminForm
from ..models import MessageTemplate, MessagingRule
from ..placeholders import placeholders_in


class MessagingRuleAdminForm(ModelForm):
    class Meta:
        model = MessagingRule
        fields = [
            "text",
            "slug",
            "kind",
            "severity",
            "is_active",
            "copy_lint",
            "order",
            "match_as",
            "pattern",
            "check_type",
            "terms",
            "threshold",
            "applies_to",
            "lanes",
            "shown_before_texts",
            "explanation",
            "fix",
        ]
        widgets = {
            "pattern": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "explanation": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "fix": forms.Textarea(attrs={"rows": 3, "cols": 80}),
            "terms": forms.Textarea(attrs={"rows": 6, "cols": 40}),
        }

    def clean_applies_to(self) -> str:
        value = self.cleaned_data.get("applies_to", "")
        keys = [k.strip() for k in value.split(",") if k.strip()]
        known = set(MessageTemplate.objects.values_list("key", flat=True))
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise forms.ValidationError(
                "Unknown text %(unknown)s. Use message template keys: %(known)s.",
                params={"unknown": ", ".join(unknown), "known": ", ".join(sorted(known))},
            )
        return ", ".join(keys)


@admin.register(MessagingRule)
class MessagingRuleAdmin(admin.ModelAdmin):
    form = MessagingRuleAdminForm
    list_display = [
        "text",
        "kind",
        "check_type",
        "severity",
        "is_active",
        "shown_before_texts",
        "copy_lint",
        "order",
    ]
    list_editable = ["is_active", "shown_before_texts", "order"]
    list_filter = ["kind", "severity", "is_active", "shown_before_texts", "copy_lint", "lanes"]
    search_fields = ["text", "slug", "pattern", "explanation", "fix"]
    prepopulated_fields = {"slug": ["text"]}
    filter_horizontal = ["lanes"]
    fieldsets = [
        (
            None,
            {"fields": ["text", "slug", "kind", "severity", "is_active", "copy_lint", "order"]},
        ),
        (
            "What it looks for",
            {
                "fields": ["match_as", "pattern", "check_type", "terms", "threshold"],
                "description": "A phrase to avoid flags every match of its pattern. A "
                "requirement does what its check says.",
            },
        ),
        ("Where it applies", {"fields": ["applies_to", "lanes"]}),
        ("What the person reads", {"fields": ["shown_before_texts", "explanation", "fix"]}),
    ]


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
