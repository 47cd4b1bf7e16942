"""The deploy check that the PDF brief's libraries load (WeasyPrint is imported lazily)."""

import os
import subprocess
import sys

from profiles.brief.checks import weasyprint_loads


def test_it_passes_where_weasyprint_loads():
    assert weasyprint_loads() == []


def test_it_fails_with_the_packages_to_install_where_it_cannot(monkeypatch):
    monkeypatch.setitem(sys.modules, "weasyprint", None)  # import raises ImportError
    [error] = weasyprint_loads()
    assert error.id == "profiles.E001"
    assert "libpango-1.0-0" in error.hint


def test_starting_the_app_does_not_load_it():
    program = "import django, sys; django.setup(); import pivotapp.urls; print(sorted(sys.modules))"
    result = subprocess.run(  # noqa: S603 - our own interpreter with a fixed program
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "pivotapp.settings", "DEBUG": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "'profiles.brief.pdf'" in result.stdout  # the URLs were loaded...
    assert "'weasyprint'" not in result.stdout  # ...and WeasyPrint was not
