"""The real database made unreachable for a moment, on either engine: PostgreSQL re-pointed
at a TCP port that is bound but never listens (connecting is refused), SQLite at a file in
a folder that does not exist (opening it fails). Nothing is patched: the request goes
through Django's own connection code and meets the driver's own error."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection


@contextmanager
def closed_port() -> Iterator[int]:
    # Bound but never listening: nothing else can take the port, and connecting is refused.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@contextmanager
def database_unreachable() -> Iterator[None]:
    """Use outside a test transaction (`transactional_db`), so the connection can really
    be closed and re-pointed."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        # Closing the only connection to an in-memory database would delete it.
        pytest.skip("needs a file database: `make test-sqlite` gives one")
    saved = dict(connection.settings_dict)
    with closed_port() as port:
        connection.close()
        if connection.vendor == "sqlite":
            connection.settings_dict["NAME"] = "/nonexistent-pivot-folder/pivot.sqlite3"
        else:
            connection.settings_dict.update(HOST="127.0.0.1", PORT=str(port))
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
