"""`{% fragment "profiles/_step_list.html" profile=profile %}`: a Jinja2 template
(templates/jinja2/) drawn inside a Django template, with only the values named.

Registered as a template library in settings.TEMPLATES, so every Django template may load
it. `render_fragment` is the same for Python callers (a view caching a version's sections).
"""

from __future__ import annotations

from django import template
from django.template import engines
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def render_fragment(name: str, context: dict, request=None) -> SafeString:
    # Jinja2 escapes every value it prints (autoescape on), so its output is safe HTML.
    return mark_safe(engines["jinja2"].get_template(name).render(context, request))  # noqa: S308


@register.simple_tag(takes_context=True)
def fragment(context, name: str, **values) -> SafeString:
    return render_fragment(name, values, context.get("request"))
