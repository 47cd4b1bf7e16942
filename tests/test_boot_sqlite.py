"""A fresh clone boots on the embedded SQLite default: migrate, then /roles/ serves the guide."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GET_ROLES = """
import django
django.setup()
from django.test import Client
response = Client().get("/roles/")
body = response.content.decode()
print(response.status_code, body.count('class="d2d__bar"'), "Founding AI Engineer" in body)
"""


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_it_migrates_an_empty_sqlite_file_and_serves_the_roles_page(tmp_path):
    database = tmp_path / "fresh.sqlite3"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PIVOT_TESTING", "SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    env |= {
        "DEBUG": "1",  # as `make run` sets it
        "DATABASE_URL": f"sqlite:///{database}",
        "ALLOWED_HOSTS": "testserver",
        "DJANGO_SETTINGS_MODULE": "pivotapp.settings",
    }

    migrate = run(["manage.py", "migrate", "--noinput"], env)
    assert migrate.returncode == 0, migrate.stdout + migrate.stderr
    assert database.exists()

    served = run(["-c", GET_ROLES], env)
    assert served.returncode == 0, served.stderr
    assert served.stdout.split() == ["200", "5", "True"]
