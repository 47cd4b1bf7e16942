"""Staff see how applications are used, never what they say: counts only, no list of
rows, no change form, no search."""

from __future__ import annotations

import datetime

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from .choices import Status
from .models import Application


@admin.register(Application)
class ApplicationCountsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    def get_urls(self):
        # Only the counts page: no change, history or delete page that could show a row.
        return [
            path(
                "",
                self.admin_site.admin_view(self.changelist_view),
                name=f"{self.opts.app_label}_{self.opts.model_name}_changelist",
            )
        ]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = Application.objects.all()
        week_ago = timezone.now() - datetime.timedelta(days=7)
        by_status = dict(rows.values_list("status").annotate(n=Count("pk")).order_by())
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Applications (counts only)",
            "total": rows.count(),
            "accounts": rows.values("owner").distinct().count(),
            "this_week": rows.filter(created_at__gte=week_ago).count(),
            "by_status": [(label, by_status.get(value, 0)) for value, label in Status.choices],
            "by_lane": list(
                rows.values("lane__name").annotate(n=Count("pk")).order_by("-n", "lane__name")
            ),
        }
        return TemplateResponse(request, "admin/profiles/application/counts.html", context)
