"""/healthz answers from the real database: 200 when it answers, 503 when it cannot be reached."""

import socket

import pytest
from django.db import connection


@pytest.fixture
def closed_port():
    # Bound but never listening: nothing else can take the port, and connecting is refused.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.mark.django_db
def test_it_reports_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"db": "ok"}
    assert "no-store" in response["Cache-Control"]


# Re-points the connection at a closed TCP port: a server database only.
@pytest.mark.postgres_only
def test_it_reports_an_error_when_the_database_is_unreachable(
    client, django_db_setup, django_db_blocker, closed_port
):
    # Outside a test transaction, so the connection can be closed and re-pointed for real.
    with django_db_blocker.unblock():
        assert client.get("/healthz").status_code == 200  # the same path works first
        saved = dict(connection.settings_dict)
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port))
        try:
            response = client.get("/healthz")
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
        assert client.get("/healthz").status_code == 200  # and recovers once it is back

    assert response.status_code == 503
    assert response.json() == {"db": "error"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_it_answers_head_and_refuses_post(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_behind_https_it_is_not_redirected_but_pages_are(client, settings):
    # The container's health check asks over plain http from inside the container.
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/roles/").status_code == 301
    assert client.get("/healthz").status_code == 200
