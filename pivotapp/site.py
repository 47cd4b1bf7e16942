"""`{% site_url "roles:home" %}` and `{% asset "css/pivot.css" %}`: the layout's links to
pages that take no arguments and to static files, each worked out once per process.

Neither depends on who asks nor on anything a person saved: a URL without arguments is
fixed by the URL configuration and the prefix the site is mounted under (both part of
the key), a static file's URL by the static files storage. Reversing a dozen of them on
every page was a fifth of what the layout cost. One entry per name (the names are
literals in templates), and forgotten when a test changes the settings they come from.

Registered as a template library in settings.TEMPLATES; Jinja2 fragments have `url` and
`static` (pivotapp/jinja2.py) for the same.
"""

from __future__ import annotations

from functools import lru_cache

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@lru_cache(maxsize=256)
def _url(urlconf: str, prefix: str, name: str) -> str:
    return reverse(name, urlconf=urlconf)


@lru_cache(maxsize=256)
def _asset(path: str) -> str:
    return static(path)


@register.simple_tag
def site_url(name: str) -> str:
    """The URL of a page that takes no arguments (the nav's, the account's)."""
    return _url(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), name)


@register.simple_tag
def asset(path: str) -> str:
    """`{% static %}`, for the files every page links."""
    return _asset(path)


@receiver(setting_changed)
def _forget(**_kwargs) -> None:
    _url.cache_clear()
    _asset.cache_clear()
