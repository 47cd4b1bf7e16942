"""Download my data: everything of the account, nothing of anyone else's, nothing forgotten."""

import json

import pytest
from allauth.usersessions.models import UserSession
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models

from accounts import data_export
from profiles.models import Profile, Version

pytestmark = pytest.mark.django_db


def owns_a_user_relation(model, user_model, seen=None) -> bool:
    """Independent of data_export's walk: does a chain of FKs lead from model to the user?"""
    seen = seen or set()
    if model is user_model:
        return True
    seen.add(model)
    for field in model._meta.concrete_fields:
        related = field.related_model if field.is_relation else None
        if (
            related is not None
            and related not in seen
            and owns_a_user_relation(related, user_model, seen)
        ):
            return True
    return False


def test_every_model_that_belongs_to_a_user_is_exported_or_excluded_with_a_reason():
    user_model = get_user_model()
    missing = []
    for model in apps.get_models(include_auto_created=True):
        label = model._meta.label_lower
        if not owns_a_user_relation(model, user_model, set()):
            continue
        if label in data_export.EXPORTED:
            continue
        if data_export.EXCLUDED.get(label, "").strip():
            continue
        missing.append(label)
    assert not missing, (
        f"{missing} belong to an account but are not in accounts/data_export.py EXPORTED "
        "(or EXCLUDED with a reason): add them so Download my data and Delete my account "
        "cover them."
    )


def test_the_walk_finds_the_same_models_as_the_independent_check():
    user_model = get_user_model()
    expected = {
        m._meta.label_lower
        for m in apps.get_models(include_auto_created=True)
        if owns_a_user_relation(m, user_model, set())
    }
    assert {owned.label for owned in data_export.owned_models()} == expected
    assert not set(data_export.EXPORTED) & set(data_export.EXCLUDED)


def test_it_finds_profiles_directly_and_versions_through_their_profile():
    paths = {owned.label: owned.path for owned in data_export.owned_models()}
    assert paths["profiles.profile"] == "owner"
    assert paths["profiles.version"] == "profile__owner"


def test_the_independent_check_notices_a_model_owned_through_another():
    # Guards the guard: a model two hops from the user must count as owned.
    class Note(models.Model):
        version = models.ForeignKey(Version, on_delete=models.CASCADE)

        class Meta:
            app_label = "profiles"

        def __str__(self) -> str:
            return "note"

    try:
        assert owns_a_user_relation(Note, get_user_model(), set())
    finally:
        apps.all_models["profiles"].pop("note", None)
        apps.clear_cache()


@pytest.fixture
def two_accounts(alice, bob):
    alice_profiles = [
        Profile.objects.create(
            owner=alice, name="Applied AI", answers={"background": {"years": 9}}
        ),
        Profile.objects.create(owner=alice, name="AI Platform"),
    ]
    alice_versions = [
        Version.objects.create(profile=alice_profiles[0], number=n, headline=f"alice v{n}")
        for n in (1, 2)
    ] + [Version.objects.create(profile=alice_profiles[1], number=1, headline="alice p2 v1")]
    bob_profile = Profile.objects.create(owner=bob, name="Bob's evals lane")
    bob_version = Version.objects.create(profile=bob_profile, number=1, headline="bob v1")
    return alice_profiles, alice_versions, bob_profile, bob_version


def download(client):
    response = client.get("/accounts/settings/export/")
    assert response.status_code == 200
    return response, json.loads(response.content)


def test_it_downloads_one_json_attachment(alice_client, two_accounts):
    response, document = download(alice_client)
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="pivot-data-')
    assert document["format"] == "pivot-account-export"
    assert document["account_email"] == "alice@example.com"


def test_it_holds_exactly_the_accounts_rows(alice_client, alice, two_accounts):
    alice_profiles, alice_versions, bob_profile, bob_version = two_accounts
    _, document = download(alice_client)
    data = document["data"]
    assert {row["pk"] for row in data["profiles.profile"]} == {str(p.pk) for p in alice_profiles}
    assert {row["pk"] for row in data["profiles.version"]} == {v.pk for v in alice_versions}
    assert [row["fields"]["email"] for row in data["account.emailaddress"]] == ["alice@example.com"]
    assert [row["pk"] for row in data["auth.user"]] == [alice.pk]
    first = next(r for r in data["profiles.profile"] if r["pk"] == str(alice_profiles[0].pk))
    assert first["fields"]["answers"] == {"background": {"years": 9}}

    # Every exported model: exactly the rows the owner path finds, no more, no less.
    for owned in data_export.owned_models():
        if owned.label in data_export.EXPORTED:
            expected = {
                str(pk) for pk in data_export.owned_rows(owned, alice).values_list("pk", flat=True)
            }
            assert {str(row["pk"]) for row in data[owned.label]} == expected, owned.label


def test_it_holds_nothing_of_another_account(alice_client, bob, two_accounts):
    _, _, bob_profile, bob_version = two_accounts
    response, _ = download(alice_client)
    text = response.content.decode()
    assert str(bob_profile.pk) not in text
    assert "bob" not in text.lower()


@pytest.mark.argon2
def test_it_never_contains_the_password_hash(alice_client, alice):
    response, document = download(alice_client)
    assert "password" not in document["data"]["auth.user"][0]["fields"]
    assert alice.password not in response.content.decode()
    assert "argon2" not in response.content.decode()


def test_it_lists_where_the_account_is_signed_in_without_the_session_keys(alice_client, alice, bob):
    UserSession.objects.create(
        user=alice, ip="203.0.113.7", user_agent="Firefox on a laptop", session_key="k" * 32
    )
    UserSession.objects.create(user=bob, ip="198.51.100.9", user_agent="Bob", session_key="b" * 32)
    response, document = download(alice_client)
    sessions = document["data"]["usersessions.usersession"]
    assert [(row["fields"]["ip"], row["fields"]["user_agent"]) for row in sessions] == [
        ("203.0.113.7", "Firefox on a laptop")
    ]
    assert "session_key" not in sessions[0]["fields"]
    assert "k" * 32 not in response.content.decode()


def test_it_needs_sign_in_and_refuses_a_post(client, alice_client):
    assert client.get("/accounts/settings/export/").status_code == 302
    assert alice_client.post("/accounts/settings/export/").status_code == 405


def test_it_uses_one_query_per_exported_model(
    alice_client, two_accounts, django_assert_max_num_queries
):
    # Session + user + one per exported model (+ the user's two many-to-many fields).
    with django_assert_max_num_queries(4 + len(data_export.EXPORTED) + 2):
        response = alice_client.get("/accounts/settings/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
