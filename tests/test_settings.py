"""Production settings: `check --deploy` is clean, and a weak or missing SECRET_KEY is refused.

Each case runs manage.py in a fresh process: settings are read once, at start-up, from
the environment, which is exactly what has to be tested.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _environment(env: dict[str, str]) -> dict[str, str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {"DEBUG", "SECRET_KEY", "DJANGO_SECURE", "PIVOT_TESTING", "DJANGO_SETTINGS_MODULE"}
    }
    return clean | env


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_module(name: str, **env: str) -> subprocess.CompletedProcess:
    """`pivotapp.settings` read in a fresh process with `env`, printing setting `name`:
    what every process (manage.py, gunicorn) reads first, without starting Django."""
    program = f"from pivotapp import settings; print(settings.{name})"
    return subprocess.run(  # noqa: S603 - our own interpreter with a fixed program
        [sys.executable, "-c", program],
        cwd=ROOT,
        env=_environment(env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def setting(name: str, **env: str) -> str:
    result = settings_module(name, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_check_deploy_is_clean_in_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        DJANGO_SECURE="1",
        SECRET_KEY=secrets.token_urlsafe(64),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_without_https_settings():
    # The clean result above is down to DJANGO_SECURE=1, not to a check that never fires.
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(64),
    )
    assert result.returncode != 0
    assert "security.W004" in result.stderr  # no HSTS


@pytest.mark.parametrize(
    "key",
    [
        "",
        "short",
        "a" * 60,
        "django-insecure-pivot-development-key-not-for-production-0123456789",
    ],
    ids=["missing", "short", "one-character", "django-insecure"],
)
def test_production_refuses_a_weak_or_missing_secret_key(key):
    result = settings_module("SECRET_KEY", DEBUG="0", DJANGO_SECURE="1", SECRET_KEY=key)
    assert result.returncode != 0
    assert "SECRET_KEY must be set to a random string of at least 50 characters" in result.stderr


def test_development_starts_without_a_secret_key():
    result = manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr
