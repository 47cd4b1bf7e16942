"""Staff see applications as counts, never their contents."""

from tests.applications_data import days_ago, make_application, moved


def test_admin_shows_counts_only(admin_client, alice, bob):
    moved(
        make_application(alice, title="Secret title", company="Secret Co"), ("applied", days_ago(0))
    )
    make_application(bob, title="Other secret", details={"notes": "private note"})
    response = admin_client.get("/admin/profiles/application/")
    assert response.status_code == 200
    body = response.content.decode()
    assert response.context["total"] == 2 and response.context["accounts"] == 2
    assert ("Applied", 1) in response.context["by_status"]
    for secret in ("Secret title", "Secret Co", "Other secret", "private note"):
        assert secret not in body


def test_admin_has_no_page_for_one_application(admin_client, alice):
    application = make_application(alice)
    for tail in ("change/", "delete/", "history/"):
        response = admin_client.get(f"/admin/profiles/application/{application.pk}/{tail}")
        assert response.status_code == 404
    assert admin_client.get("/admin/profiles/application/add/").status_code == 404


def test_people_without_staff_access_are_sent_to_sign_in(alice_client):
    response = alice_client.get("/admin/profiles/application/")
    assert response.status_code == 302
