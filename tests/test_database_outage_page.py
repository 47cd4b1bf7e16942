"""While the database cannot be reached, pages answer 503 with a friendly page in the
site's layout and a Retry-After, not the 500 page; other failures stay 500.

The database is really out of reach (tests/outage_support.py), on both engines."""

import pytest
from django.test import Client

from pivotapp import errors

from .outage_support import database_unreachable

pytestmark = pytest.mark.sqlite


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


@pytest.fixture
def outage(transactional_db, django_db_serialized_rollback):
    # No test transaction around it (a connection inside one cannot really be closed);
    # the guide's rows come back for the next test (serialized rollback).
    # The same request works first, so the 503s below are the outage's doing.
    assert Client().get("/healthz").status_code == 200
    with database_unreachable():
        yield
    assert Client().get("/healthz").status_code == 200  # and recovers once it is back


def test_a_signed_in_visit_gives_the_outage_page_from_the_session_lookup(outage):
    client = Client(raise_request_exception=False)
    # A session cookie makes the session middleware read the database before any view.
    client.cookies["sessionid"] = "s" * 32
    assert _is_outage_page(client.get("/profiles/"))


def test_a_view_that_reads_the_database_gives_the_outage_page(outage):
    assert _is_outage_page(Client(raise_request_exception=False).get("/roles/"))


def test_signing_in_and_healthz_answer_503(outage):
    client = Client(raise_request_exception=False)
    sign_in = {"login": "alice@example.com", "password": "not checked: no database"}
    assert _is_outage_page(client.post("/accounts/login/", sign_in))  # looks the account up
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.json() == {"db": "error"}
    # Recovery under gunicorn, without a restart, is what `make chaos` checks.


def test_other_errors_stay_500(rf):
    try:
        raise RuntimeError("a bug, not the database")
    except RuntimeError:
        response = errors.server_error(rf.get("/profiles/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()
    assert not response.has_header("Retry-After")
