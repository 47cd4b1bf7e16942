"""Our account settings live under /accounts/settings/, beside allauth's /accounts/ routes
and never shadowing or shadowed by one of them."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from accounts import views

pytestmark = pytest.mark.django_db


def routes(patterns, prefix: str = "") -> list[str]:
    found = []
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            found += routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            found.append(prefix + str(pattern.pattern))
    return found


def test_no_allauth_route_starts_with_settings():
    allauth = get_resolver("allauth.urls").url_patterns
    clashes = [route for route in routes(allauth) if route.lstrip("^").startswith("settings")]
    assert clashes == []


@pytest.mark.parametrize(
    ("name", "path", "view"),
    [
        ("accounts:page", "/accounts/settings/", views.account_page),
        ("accounts:export", "/accounts/settings/export/", views.download_data),
        ("accounts:delete", "/accounts/settings/delete/", views.delete_account_view),
    ],
)
def test_our_names_reverse_and_resolve_to_our_views(name, path, view):
    assert reverse(name) == path
    assert resolve(path).func is view


def test_allauth_keeps_its_own_routes():
    assert reverse("account_login") == "/accounts/login/"
    assert reverse("account_email") == "/accounts/email/"
    assert reverse("usersessions_list") == "/accounts/sessions/"


@pytest.mark.parametrize("old", ["/account/", "/account/export/", "/account/delete/"])
def test_the_old_prefix_is_gone(alice_client, old):
    assert alice_client.get(old).status_code == 404


def test_an_unknown_settings_page_is_404(alice_client):
    assert alice_client.get("/accounts/settings/nothing-here/").status_code == 404
