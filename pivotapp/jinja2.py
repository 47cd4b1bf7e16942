"""The Jinja2 environment for forms and repeated fragments (settings.TEMPLATES, "jinja2").

Pages and htmx partials are Django templates; what repeats inside them — every form
field (FORM_RENDERER, pivotapp/forms.py), the step list, skill ratings, version sections,
the reader's result, coach findings — is a Jinja2 template under templates/jinja2/,
drawn from a Django template with `{% fragment "name" key=value %}` (pivotapp/fragments.py).
"""

from __future__ import annotations

import html
import re

import jinja2
from django.template.defaultfilters import pluralize
from django.templatetags.static import static
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.formats import localize
from markupsafe import Markup


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


def localtime(value, fmt: str) -> str:
    """As Django's `date` filter prints an aware datetime: in the current time zone.
    "c" is the ISO 8601 form, which is all Django's formatter does for it."""
    local = timezone.localtime(value)
    return local.isoformat() if fmt == "c" else dateformat.format(local, fmt)


def environment(**options) -> Environment:
    # Always escaping (Django's backend asks for it too): a fragment prints people's text.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    env.globals.update(url=url, static=static)
    env.filters.update(
        linebreaksbr=linebreaksbr, localize=localize, localtime=localtime, pluralize=pluralize
    )
    return env
