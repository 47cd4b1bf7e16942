"""Share links belong to the account: in Download my data, gone with the profile or account."""

import json

import pytest
from django.urls import reverse

from profiles.models import ShareLink
from tests.conftest import PASSWORD, signed_in_client
from tests.sharing_support import make_link, saved_profile

pytestmark = pytest.mark.django_db


def test_links_are_in_the_data_export_without_their_hash(alice_client, alice):
    profile, _ = saved_profile(alice_client, alice)
    make_link(alice_client, profile, label="Sam")
    link = ShareLink.objects.get()

    response = alice_client.get("/accounts/settings/export/")
    data = json.loads(response.content)

    rows = data["data"]["profiles.sharelink"]
    assert [row["pk"] for row in rows] == [link.pk]
    assert rows[0]["fields"]["label"] == "Sam" and "token_hash" not in rows[0]["fields"]
    assert link.token_hash not in json.dumps(data)


def test_deleting_the_profile_deletes_its_links(alice_client, client, alice):
    profile, _ = saved_profile(alice_client, alice)
    path = make_link(alice_client, profile)
    response = alice_client.post(reverse("profiles:delete", args=[profile.pk]))
    assert response.status_code == 302
    assert ShareLink.objects.count() == 0
    assert client.get(path).status_code == 404


def test_deleting_the_account_deletes_its_links_and_no_one_elses(alice, bob, client):
    alice_client, bob_client = signed_in_client(alice.email), signed_in_client(bob.email)
    profile, _ = saved_profile(alice_client, alice)
    bob_profile, _ = saved_profile(bob_client, bob)
    path = make_link(alice_client, profile)
    bob_path = make_link(bob_client, bob_profile)

    response = alice_client.post("/accounts/settings/delete/", {"password": PASSWORD})

    assert response.status_code == 302
    assert list(ShareLink.objects.values_list("version__profile", flat=True)) == [bob_profile.pk]
    assert client.get(path).status_code == 404 and client.get(bob_path).status_code == 200
