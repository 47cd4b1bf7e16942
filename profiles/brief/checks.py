"""`manage.py check --deploy`: the PDF brief's drawing libraries load.

WeasyPrint is imported when the first PDF is drawn, not when a process starts (it loads
Pango through cffi: half a second of every worker's and every manage.py command's start).
So a host without Pango would only find out on a person's download; this check finds out
before a deployment does.
"""

from django.core import checks


@checks.register(checks.Tags.compatibility, deploy=True)
def weasyprint_loads(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as error:
        return [
            checks.Error(
                f"WeasyPrint cannot load, so the PDF brief cannot be drawn: {error}",
                hint="Install Pango and a Unicode font (Debian: libpango-1.0-0 "
                "libpangoft2-1.0-0 fonts-dejavu-core), as the Dockerfile does.",
                id="profiles.E001",
            )
        ]
    return []
