"""Sign in and out, the failed-login limit (429), and the admin login going through allauth."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_URL = "/accounts/login/"
FAILED_LOGINS_ALLOWED = 5  # ACCOUNT_RATE_LIMITS["login_failed"]: 5 per 5 minutes per email


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_it_signs_in_with_email_and_password_and_out_again(client, alice):
    response = client.post(LOGIN_URL, {"login": "alice@example.com", "password": PASSWORD})
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert 'href="/accounts/settings/"' in page
    assert "alice@example.com" in page
    assert 'action="/accounts/logout/"' in page

    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    page = client.get("/").content.decode()
    assert 'href="/accounts/login/"' in page
    assert 'href="/accounts/signup/"' in page


def test_a_wrong_password_is_explained_next_to_the_password_and_keeps_the_email(client, alice):
    response = client.post(LOGIN_URL, {"login": "alice@example.com", "password": "not it at all"})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_password_error"' in body
    assert "The email address or password is not right. Check both and try again." in body
    assert 'value="alice@example.com"' in body
    assert "not it at all" not in body
    assert '<a href="#id_password">' in body


def test_an_unknown_email_gets_the_same_message_as_a_wrong_password(client, alice):
    unknown = client.post(LOGIN_URL, {"login": "nobody@example.com", "password": "not it at all"})
    assert "The email address or password is not right. Check both and try again." in (
        unknown.content.decode()
    )


def test_an_email_that_is_not_an_email_is_explained_next_to_it(client):
    body = client.post(LOGIN_URL, {"login": "alice", "password": "x"}).content.decode()
    assert 'id="id_login_error"' in body
    assert "Enter a valid email address." in body
    assert 'value="alice"' in body


def test_the_failed_login_limit_answers_429_on_the_site_login(client, alice):
    for _ in range(FAILED_LOGINS_ALLOWED):
        response = client.post(LOGIN_URL, {"login": "alice@example.com", "password": "guess"})
        assert response.status_code == 200
    # Even the right password is refused now: that is what stops guessing.
    response = client.post(LOGIN_URL, {"login": "alice@example.com", "password": PASSWORD})
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many attempts" in body
    assert 'class="site-header"' in body  # the site layout, not allauth's bare page
    assert "_auth_user_id" not in client.session


def test_admin_login_goes_through_allauth_and_the_same_limit_bites(client, django_user_model):
    staff = django_user_model.objects.create_user(
        username="staff", email="staff@example.com", password=PASSWORD, is_staff=True
    )
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=staff, email=staff.email, primary=True, verified=True)

    # Posting credentials straight to the admin's own form does nothing.
    response = client.post("/admin/login/", {"username": "staff", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert "_auth_user_id" not in client.session

    login_url = client.get("/admin/login/?next=/admin/")["Location"]
    assert login_url == "/accounts/login/?next=%2Fadmin%2F"
    for _ in range(FAILED_LOGINS_ALLOWED):
        response = client.post(login_url, {"login": "staff@example.com", "password": "guess"})
        assert response.status_code == 200
    response = client.post(login_url, {"login": "staff@example.com", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


def test_staff_reach_the_admin_after_signing_in_through_allauth(client, django_user_model):
    staff = django_user_model.objects.create_user(
        username="staff", email="staff@example.com", password=PASSWORD, is_staff=True
    )
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=staff, email=staff.email, primary=True, verified=True)
    login_url = client.get("/admin/")["Location"]
    response = client.get(login_url, follow=True)
    assert response.request["PATH_INFO"] == "/accounts/login/"
    response = client.post(
        "/accounts/login/?next=/admin/", {"login": "staff@example.com", "password": PASSWORD}
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_signed_in_person_who_is_not_staff_is_refused_by_the_admin(alice_client):
    assert alice_client.get("/admin/login/").status_code == 403


def test_a_successful_sign_in_does_not_use_up_the_failed_login_allowance(client, alice):
    for _ in range(FAILED_LOGINS_ALLOWED + 2):
        other = Client()
        response = other.post(LOGIN_URL, {"login": "alice@example.com", "password": PASSWORD})
        assert response.status_code == 302
    assert get_user_model().objects.filter(email="alice@example.com").exists()
