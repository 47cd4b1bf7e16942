"""A throw-away SQLite database holding what a fresh `migrate` seeds, for the commands
that must judge the guide's own content, never a developer's edited copy of it
(`make eval-coach`, `make sample`). Needs no database server."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def seeded_database(name: str) -> Iterator[None]:
    """Django set up on a migrated temporary SQLite file, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix=f"pivot-{name}-") as folder:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(folder) / f'{name}.sqlite3'}"
        os.environ.setdefault("DEBUG", "1")
        os.environ["DJANGO_SETTINGS_MODULE"] = "pivotapp.settings"
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        call_command("migrate", verbosity=0, interactive=False)
        try:
            yield
        finally:
            connections.close_all()
