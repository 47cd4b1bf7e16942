"""The Jinja2 environment for forms and repeated fragments (settings.TEMPLATES, "jinja2").

Pages and htmx partials are Django templates; what repeats inside them — every form
field (FORM_RENDERER, pivotapp/forms.py), the step list, skill ratings, version sections,
the reader's result, coach findings — is a Jinja2 template under templates/jinja2/,
drawn from a Django template with `{% fragment "name" key=value %}` (pivotapp/fragments.py).
"""

from __future__ import annotations

import html
import re
from datetime import datetime

import jinja2
from django.template.defaultfilters import pluralize
from django.templatetags.static import static
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.dates import MONTHS_3
from django.utils.formats import localize
from markupsafe import Markup

from .site import profile_url, site_url  # the layout's links, worked out once per process


class Environment(jinja2.Environment):
    def make_globals(self, d):
        """Each template's globals as one plain dict. Jinja's own is a ChainMap over the
        environment's, which every render copies key by key in Python (runtime.new_context):
        a tenth of a form field's drawing. The globals are all set in environment() below,
        before any template is loaded, so nothing is missed by copying them."""
        return {**self.globals, **(d or {})}


def url(name: str, *args) -> str:
    return reverse(name, args=args)


_LINE_BREAK = re.compile(r"\r\n|\r")


def linebreaksbr(value) -> Markup:
    """Django's `linebreaksbr` (its escaping, its <br>) without its lazy-text wrappers,
    which cost ten times the work on a version's hundred values."""
    text = str(value)
    if not hasattr(value, "__html__"):
        text = html.escape(text)
    return Markup(_LINE_BREAK.sub("\n", text).replace("\n", "<br>"))  # noqa: S704 - escaped


def _day_month_year_time(local: datetime) -> str:
    # Django's "j M Y, H:i", each part as its formatter writes it (tests/test_jinja2_filters.py).
    month = MONTHS_3[local.month].title()
    return f"{local.day} {month} {local.year:04d}, {local.hour:02d}:{local.minute:02d}"


# Formats the fragments print on every row (a version list), written directly: Django's
# formatter reads the format letter by letter, ten times the work.
_FORMATS = {"c": datetime.isoformat, "j M Y, H:i": _day_month_year_time}


def date(value: datetime, fmt: str) -> str:
    """Django's `date` filter on a datetime already in the time zone to show."""
    written = _FORMATS.get(fmt)
    return written(value) if written else dateformat.format(value, fmt)


def localtime(value, fmt: str | None = None):
    """As Django's `date` filter prints an aware datetime: in the current time zone.
    Without `fmt`, the datetime in that zone, for `date` to print more than once."""
    local = timezone.localtime(value)
    return local if fmt is None else date(local, fmt)


def environment(**options) -> Environment:
    # Always escaping (Django's backend asks for it too): a fragment prints people's text.
    options.pop("autoescape", None)
    # Compiled templates in a plain dict, never evicted: they are the repository's files
    # (ours and Django's form templates), a fixed set, and Jinja's default LRU paid a
    # lock and a queue scan in Python for every include and every field drawn.
    options.setdefault("cache_size", -1)
    env = Environment(autoescape=True, **options)
    env.globals.update(url=url, static=static, site_url=site_url, profile_url=profile_url)
    env.filters.update(
        date=date,
        linebreaksbr=linebreaksbr,
        localize=localize,
        localtime=localtime,
        pluralize=pluralize,
    )
    return env
