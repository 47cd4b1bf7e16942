"""While the database cannot be reached, pages answer 503 with a friendly page in the
site's layout and a Retry-After, not the 500 page; other failures stay 500."""

from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client

from .test_healthz import closed_port  # noqa: F401


def _is_outage_page(response) -> bool:
    body = response.content.decode()
    return (
        response.status_code == 503
        and response["Retry-After"] == "10"
        and "Back in a moment" in body
        and 'class="site-header"' in body
        and "css/pivot.css" in body
        and "What you saved before is safe." in body
    )


@pytest.mark.django_db
def test_a_database_error_in_middleware_gives_the_outage_page(alice):
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/profiles/")
    assert _is_outage_page(response)


@pytest.mark.django_db
def test_a_database_error_in_a_view_gives_the_outage_page(alice):
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    with mock.patch(
        "profiles.views.Profile.objects.filter", side_effect=OperationalError("server closed")
    ):
        response = client.get("/profiles/")
    assert _is_outage_page(response)


@pytest.mark.django_db
def test_other_errors_stay_500(alice):
    client = Client(raise_request_exception=False)
    client.force_login(alice)
    with mock.patch("profiles.views.Profile.objects.filter", side_effect=RuntimeError("bug")):
        response = client.get("/profiles/")
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.postgres_only
def test_with_the_database_really_unreachable_pages_and_healthz_answer_503(
    django_db_setup,
    django_db_blocker,
    closed_port,  # noqa: F811
):
    client = Client(raise_request_exception=False)
    sign_in = {"login": "alice@example.com", "password": "not checked: no database"}
    with django_db_blocker.unblock():
        # Outside a test transaction, so the connection can be closed and re-pointed for real.
        assert client.post("/accounts/login/", sign_in).status_code == 200
        saved = dict(connection.settings_dict)
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port))
        try:
            page = client.post("/accounts/login/", sign_in)  # looks the account up
            health = client.get("/healthz")
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
        # Recovery under gunicorn, without a restart, is what `make chaos` checks.
    assert _is_outage_page(page)
    assert health.status_code == 503
