"""Guards around Django admin that the apps' admin modules cannot express themselves.

View on site: Django's admin serves /admin/r/<content type>/<id>/ for *every* model with a
get_absolute_url, registered in admin or not. For Version that turned sequential ids into
the owners' private profile URLs. Here it only works for models the admin shows with a
"View on site" link (the guide's public content); owner data gets 404.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404, HttpRequest, HttpResponse


def view_on_site(request: HttpRequest, content_type_id: str, object_id: str) -> HttpResponse:
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
    except (ValueError, ContentType.DoesNotExist) as exc:
        raise Http404 from exc
    if model is None or not admin.site.is_registered(model):
        raise Http404
    if not admin.site.get_model_admin(model).view_on_site:
        raise Http404
    return shortcut(request, content_type_id, object_id)
