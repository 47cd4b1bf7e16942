"""Shared test base: named people (alice, bob, an editor) rather than opaque fixtures."""

import pytest
from django.test import Client

PASSWORD = "correct horse battery staple 42"


def make_user(django_user_model, email: str, **extra):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user(
        username=email.split("@")[0], email=email, password=PASSWORD, **extra
    )
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters live in the cache: one test's failed logins must not bite the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def alice(db, django_user_model):
    return make_user(django_user_model, "alice@example.com")


@pytest.fixture
def bob(db, django_user_model):
    return make_user(django_user_model, "bob@example.com")


@pytest.fixture
def alice_client(alice) -> Client:
    client = Client()
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(bob) -> Client:
    client = Client()
    client.force_login(bob)
    return client
