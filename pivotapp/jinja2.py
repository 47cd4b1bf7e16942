"""The Jinja2 environment for forms and repeated fragments (settings.TEMPLATES, "jinja2").

Pages and htmx partials are Django templates; what repeats inside them — every form
field (FORM_RENDERER, pivotapp/forms.py), the step list, skill ratings, version sections,
the reader's result, coach findings — is a Jinja2 template under templates/jinja2/,
drawn from a Django template with `{% fragment "name" key=value %}` (pivotapp/fragments.py).
"""

from __future__ import annotations

from django.template.defaultfilters import linebreaksbr, pluralize
from django.templatetags.static import static
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.formats import localize
from jinja2 import Environment


def url(name: str, *args) -> str:
    return reverse(name, args=args)


def localtime(value, fmt: str) -> str:
    """As Django's `date` filter prints an aware datetime: in the current time zone."""
    return dateformat.format(timezone.localtime(value), fmt)


def environment(**options) -> Environment:
    # Always escaping (Django's backend asks for it too): a fragment prints people's text.
    options.pop("autoescape", None)
    env = Environment(autoescape=True, **options)
    env.globals.update(url=url, static=static)
    env.filters.update(
        linebreaksbr=linebreaksbr, localize=localize, localtime=localtime, pluralize=pluralize
    )
    return env
