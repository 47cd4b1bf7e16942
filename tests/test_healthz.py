"""/healthz answers from the real database: 200 when it answers, 503 when it cannot be reached."""

import pytest

from .outage_support import database_unreachable


@pytest.mark.django_db
def test_it_reports_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"db": "ok"}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.sqlite
def test_it_reports_an_error_when_the_database_is_unreachable(
    client, transactional_db, django_db_serialized_rollback
):
    # Outside a test transaction, so the connection can be closed and re-pointed for real.
    assert client.get("/healthz").status_code == 200  # the same path works first
    with database_unreachable():
        response = client.get("/healthz")
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
