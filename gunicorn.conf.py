"""gunicorn settings, read from the working directory at start-up (the Docker image's CMD).

Only what the command line cannot say lives here: gunicorn always sends
`Server: gunicorn`, naming the software to anyone scanning for a vulnerable version.
The master imports this before forking, so every worker answers without the header.
"""

from gunicorn.http import wsgi

_default_headers = wsgi.Response.default_headers


def _without_server_header(self) -> list[str]:
    return [line for line in _default_headers(self) if not line.lower().startswith("server:")]


wsgi.Response.default_headers = _without_server_header
