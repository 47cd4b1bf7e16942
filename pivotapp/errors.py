"""The server-error handler: a database that cannot be reached is a 503 with its own
page ("back in a moment", Retry-After), anything else the usual 500.

handler500 is called for an exception raised anywhere (a view, or middleware such as
the session lookup), while that exception is being handled, so sys.exc_info() tells
which one it was. Like Django's own handler it renders without a request context:
the context processors would go to the database for the user and the messages.
"""

from __future__ import annotations

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views import defaults

RETRY_AFTER_SECONDS = 10


def database_unavailable(exc: BaseException | None) -> bool:
    return isinstance(exc, OperationalError | InterfaceError)


def server_error(request: HttpRequest) -> HttpResponse:
    if database_unavailable(sys.exc_info()[1]):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return defaults.server_error(request)
