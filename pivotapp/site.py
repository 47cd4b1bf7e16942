"""`{% site_url "roles:home" %}` and `{% asset "css/pivot.css" %}`: the layout's links to
pages that take no arguments and to static files, each worked out once per process.

Neither depends on who asks nor on anything a person saved: a URL without arguments is
fixed by the URL configuration and the prefix the site is mounted under (both part of
the key), a static file's URL by the static files storage. Reversing a dozen of them on
every page was a fifth of what the layout cost. One entry per name (the names are
literals in templates), and forgotten when a test changes the settings they come from.

`{% profile_url "profiles:versions" profile.pk %}`: a link inside one profile. The URL's
shape is worked out once per process (reversed with a stand-in id), and each request
puts the profile's id in: the shape depends only on the URL configuration, the name and
the literal arguments after the id (a step's slug, "positioning", "md"), never on whose
profile it is. The navigation of every profile page reversed six of these.

Registered as a template library in settings.TEMPLATES; Jinja2 fragments have `url` and
`static` (pivotapp/jinja2.py) for the same.
"""

from __future__ import annotations

import uuid
from functools import lru_cache

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.safestring import SafeString

from .fragments import render_fragment

register = template.Library()


@lru_cache(maxsize=256)
def _url(urlconf: str, prefix: str, name: str) -> str:
    return reverse(name, urlconf=urlconf)


# Stands for the profile's id in a kept URL shape: the nil UUID, which uuid4 never gives.
_STAND_IN = uuid.UUID(int=0)
_STAND_IN_TEXT = str(_STAND_IN)


@lru_cache(maxsize=256)
def _shape(urlconf: str, prefix: str, name: str, rest: tuple[str, ...]) -> str:
    return reverse(name, urlconf=urlconf, args=[_STAND_IN, *rest])


def profile_url(name: str, pk, *rest: str) -> str:
    """reverse(name, args=[pk, *rest]) for a URL whose first argument is a profile's id
    and whose other arguments are literals (a slug, a format): not a version's number."""
    if not isinstance(pk, uuid.UUID):  # an id as typed in a URL: reverse() checks it
        return reverse(name, args=[pk, *rest])
    shape = _shape(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix(), name, rest)
    return shape.replace(_STAND_IN_TEXT, str(pk))


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


@register.simple_tag(name="profile_url")
def profile_url_tag(name: str, pk, *rest: str) -> str:
    """{% profile_url "profiles:versions" profile.pk %}: see profile_url."""
    return profile_url(name, pk, *rest)


@register.simple_tag(takes_context=True)
def site_header(context) -> SafeString:
    """The site's header (templates/jinja2/site/_header.html) in one Jinja2 render."""
    match = getattr(context.get("request"), "resolver_match", None)
    return render_fragment(
        "site/_header.html",
        {
            "user": context.get("user"),
            "url_name": getattr(match, "url_name", None),
            "app_name": getattr(match, "app_name", None),
            # The page's own token (one masking a page), not a second from the request.
            "csrf_token": context.get("csrf_token"),
        },
    )


@register.simple_tag(takes_context=True)
def profile_nav(context, current: str = "") -> SafeString:
    """{% profile_nav "versions" %}: the navigation inside one profile
    (templates/jinja2/profiles/_profile_nav.html), for the page's profile and version."""
    return render_fragment(
        "profiles/_profile_nav.html",
        {"profile": context.get("profile"), "version": context.get("version"), "current": current},
    )


@receiver(setting_changed)
def _forget(**_kwargs) -> None:
    _url.cache_clear()
    _shape.cache_clear()
    _asset.cache_clear()
