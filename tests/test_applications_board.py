"""/applications/: the board by status and the list by next-step date, filters, and
moving a card (htmx swaps the board; without JavaScript a plain post and a redirect)."""

import pytest

from profiles.applications.models import Application
from tests.applications_data import days_ago, make_application

URL = "/applications/"


def move_url(application) -> str:
    return f"/applications/{application.pk}/status/"


def test_signed_out_goes_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_empty_board_says_how_to_start(alice_client):
    response = alice_client.get(URL)
    assert response.status_code == 200
    assert "Track this application" in response.content.decode()


def test_board_lists_own_applications_in_their_column(alice_client, alice, bob):
    mine = make_application(alice, title="Staff AI Engineer", company="Acme")
    make_application(bob, title="Bob's secret role", company="Hidden")
    response = alice_client.get(URL)
    body = response.content.decode()
    assert "Staff AI Engineer" in body
    assert "Bob's secret role" not in body
    saved = next(c for c in response.context["columns"] if c.status == "saved")
    assert [a.pk for a in saved.cards] == [mine.pk]


def test_list_sorts_by_next_step_date_and_marks_overdue(alice_client, alice):
    later = make_application(
        alice, title="Later", details={"next_step": "Call", "next_step_on": days_ago(-3)}
    )
    late = make_application(
        alice, title="Late", details={"next_step": "Send CV", "next_step_on": days_ago(2)}
    )
    undated = make_application(alice, title="Undated")
    response = alice_client.get(URL)
    rows = response.context["next_steps"]
    assert [r["application"].pk for r in rows] == [late.pk, later.pk, undated.pk]
    assert [r["overdue"] for r in rows] == [True, False, False]
    assert "Overdue" in response.content.decode()


def test_closed_applications_leave_the_next_steps_list(alice_client, alice):
    application = make_application(
        alice, details={"next_step": "Chase", "next_step_on": days_ago(5)}
    )
    alice_client.post(move_url(application), {"status": "rejected", "next": URL})
    response = alice_client.get(URL)
    assert response.context["next_steps"] == []


def test_filters_by_status_company_and_date(alice_client, alice):
    acme = make_application(alice, title="One", company="Acme Labs")
    make_application(alice, title="Two", company="Other")
    alice_client.post(move_url(acme), {"status": "applied", "next": URL})
    response = alice_client.get(URL, {"status": "applied", "company": "acme"})
    assert response.context["count"] == 1
    response = alice_client.get(URL, {"since": days_ago(-1).isoformat()})
    assert response.context["count"] == 0


def test_unreadable_filters_get_a_message_and_show_everything(alice_client, alice):
    make_application(alice)
    response = alice_client.get(URL, {"since": "last tuesday", "status": "nonsense"})
    assert response.status_code == 400
    body = response.content.decode()
    assert "Enter a date as year-month-day" in body
    assert response.context["count"] == 1


def test_move_without_javascript_redirects_back_with_a_message(alice_client, alice):
    application = make_application(alice)
    back = f"{URL}?company=Caldera"
    response = alice_client.post(move_url(application), {"status": "applied", "next": back})
    assert response.status_code == 302
    assert response["Location"] == back
    application.refresh_from_db()
    assert application.status == "applied"
    assert list(application.history.values_list("status", flat=True)) == ["saved", "applied"]


def test_move_with_htmx_swaps_the_board_with_its_filters(alice_client, alice):
    application = make_application(alice, company="Acme")
    make_application(alice, title="Elsewhere", company="Other")
    response = alice_client.post(
        move_url(application),
        {"status": "interview", "next": f"{URL}?company=Acme"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="applications"')
    assert "Moved “AI Platform Engineer at Acme” to Interview." in body
    assert "Elsewhere" not in body  # the filter kept


def test_a_forged_status_is_refused_with_a_message(alice_client, alice):
    application = make_application(alice)
    response = alice_client.post(move_url(application), {"status": "hired", "next": URL})
    assert response.status_code == 400
    assert "was not moved" in response.content.decode()
    application.refresh_from_db()
    assert application.status == "saved"


def test_next_may_not_leave_the_site(alice_client, alice):
    application = make_application(alice)
    response = alice_client.post(
        move_url(application), {"status": "applied", "next": "https://evil.example/"}
    )
    assert response["Location"] == application.get_absolute_url()


def test_another_account_gets_404_and_nothing_moves(bob_client, alice):
    application = make_application(alice)
    assert bob_client.post(move_url(application), {"status": "offer"}).status_code == 404
    assert Application.objects.get(pk=application.pk).status == "saved"


@pytest.mark.parametrize("method", ["put", "delete"])
def test_board_refuses_other_methods(alice_client, method):
    assert getattr(alice_client, method)(URL).status_code == 405


def test_move_refuses_get(alice_client, alice):
    assert alice_client.get(move_url(make_application(alice))).status_code == 405


def test_board_queries_do_not_grow_with_applications(
    alice_client, alice, django_assert_max_num_queries
):
    for n in range(30):
        make_application(alice, title=f"Role {n}")
    with django_assert_max_num_queries(5):
        response = alice_client.get(URL)
    assert response.context["count"] == 30
