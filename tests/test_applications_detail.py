"""An application's page: the match when read, the gaps it touches with their status in
the gap plan now, the prep checklist (htmx tick, or a plain save), the texts sent,
details, interviews, status with a dated history, delete."""

import pytest

from profiles.applications.models import Application, InterviewEvent
from profiles.services import update_answers
from roles import guide
from tests.applications_data import days_ago, make_application, tracked_from_reading


@pytest.fixture
def application(alice):
    return tracked_from_reading(owner=alice)


def url(application, tail: str = "") -> str:
    return f"/applications/{application.pk}/{tail}"


def test_it_shows_the_match_gaps_and_prep(alice_client, application):
    response = alice_client.get(url(application))
    assert response.status_code == 200
    body = response.content.decode()
    match = application.match
    assert f"{len(match['covered'])} of {match['total']}" in body
    gaps = response.context["gaps"]
    assert gaps and all(g.status == "Not started" for g in gaps)
    expectations = guide.interview_expectations(application.lane_id)
    assert all(text in body for text in expectations)
    assert f"0 of {len(expectations)}" in body


def test_gap_status_is_read_from_the_plan_now(alice_client, application):
    slug = application.gap_slugs[0]
    profile = application.profile

    def ship(answers):
        answers["gaps"][slug] = {"status": "shipped", "link": "", "shipped_on": "2026-01-02"}
        return answers

    update_answers(profile, revision=None, change=ship)
    gaps = alice_client.get(url(application)).context["gaps"]
    assert gaps[0].status == "Shipped" and gaps[0].shipped


def test_ticking_prep_with_htmx_answers_the_checklist_alone(alice_client, application):
    rows = guide.interview_expectation_rows(application.lane_id)
    response = alice_client.post(
        url(application, "prep/"), {"done": [rows[0].pk, rows[2].pk]}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<section class="card prep"')
    assert f"2 of {len(rows)}" in body
    application.refresh_from_db()
    assert application.prep_done == sorted([rows[0].pk, rows[2].pk])


def test_ticking_prep_without_javascript_redirects_with_a_message(alice_client, application):
    rows = guide.interview_expectation_rows(application.lane_id)
    response = alice_client.post(url(application, "prep/"), {"done": [rows[1].pk]}, follow=True)
    assert response.redirect_chain[-1][0].endswith("#prep")
    assert f"1 of {len(rows)} ready" in response.content.decode()


def test_a_tick_not_on_the_list_is_refused(alice_client, application):
    response = alice_client.post(url(application, "prep/"), {"done": ["999999"]})
    assert response.status_code == 400
    assert "Tick only the listed expectations" in response.content.decode()
    application.refresh_from_db()
    assert application.prep_done == []


def test_status_change_with_a_date_is_kept_in_history(alice_client, application):
    response = alice_client.post(
        url(application, "status/"),
        {"status": "applied", "on": days_ago(0).isoformat(), "next": url(application)},
    )
    assert response["Location"] == url(application)
    page = alice_client.get(url(application))
    assert [c.status for c in page.context["history"]] == ["saved", "applied"]


def test_a_future_or_earlier_date_is_refused_next_to_the_field(alice_client, application):
    for on, message in [
        (days_ago(-2), "it has not happened yet"),
        (days_ago(30), "the current status dates from then"),
        ("soon", "Enter a date as year-month-day"),
    ]:
        response = alice_client.post(
            url(application, "status/"),
            {"status": "applied", "on": str(on), "next": url(application)},
        )
        assert response.status_code == 400
        body = response.content.decode()
        assert message in body and "There is a problem" in body
    application.refresh_from_db()
    assert application.status == "saved"


def test_details_save_and_bad_input_keeps_what_was_typed(alice_client, application):
    data = {
        "title": "AI Platform Engineer",
        "company": "Caldera",
        "next_step": "Send the take-home",
        "next_step_on": days_ago(-4).isoformat(),
        "notes": "Recruiter: Sam",
        "salary_min": "120000",
        "salary_max": "100000",
        "salary_currency": "eur",
    }
    response = alice_client.post(url(application, "details/"), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert "at least as high as the lower" in body
    assert "Recruiter: Sam" in body and 'value="Send the take-home"' in body
    application.refresh_from_db()
    assert application.notes == ""

    response = alice_client.post(url(application, "details/"), {**data, "salary_max": "150000"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert (application.salary_min, application.salary_max) == (120000, 150000)
    assert application.salary_currency == "EUR"
    assert application.next_step == "Send the take-home"


def test_a_next_step_date_needs_a_next_step(alice_client, application):
    response = alice_client.post(
        url(application, "details/"),
        {"title": "X", "next_step_on": days_ago(-1).isoformat()},
    )
    assert response.status_code == 400
    assert "Say what the next step is" in response.content.decode()


def test_interviews_are_added_listed_and_removed(alice_client, application):
    response = alice_client.post(
        url(application, "interviews/"), {"on": days_ago(-2).isoformat(), "label": "System design"}
    )
    assert response.status_code == 302
    event = InterviewEvent.objects.get(application=application)
    assert "System design" in alice_client.get(url(application)).content.decode()
    board = alice_client.get("/applications/").content.decode()
    assert "System design" in board  # shown on the list
    alice_client.post(url(application, f"interviews/{event.pk}/delete/"))
    assert not InterviewEvent.objects.exists()


def test_an_interview_without_a_date_is_refused(alice_client, application):
    response = alice_client.post(url(application, "interviews/"), {"on": "", "label": "Panel"})
    assert response.status_code == 400
    assert "Enter the date" in response.content.decode()
    assert 'value="Panel"' in response.content.decode()


def test_delete_asks_then_deletes(alice_client, application):
    assert "Delete “" in alice_client.get(url(application, "delete/")).content.decode()
    response = alice_client.post(url(application, "delete/"))
    assert response["Location"] == "/applications/"
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("tail", "method"),
    [
        ("", "get"),
        ("", "post"),
        ("details/", "post"),
        ("prep/", "post"),
        ("interviews/", "post"),
        ("delete/", "get"),
        ("delete/", "post"),
        ("status/", "post"),
    ],
)
def test_another_account_gets_404(bob_client, application, tail, method):
    assert getattr(bob_client, method)(url(application, tail)).status_code == 404
    assert Application.objects.filter(pk=application.pk).exists()


def test_an_event_of_another_application_is_404(alice_client, alice, application):
    other = make_application(alice, title="Other")
    event = InterviewEvent.objects.create(application=other, on=days_ago(0), label="X")
    response = alice_client.post(url(application, f"interviews/{event.pk}/delete/"))
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("tail", "method"),
    [("", "post"), ("details/", "get"), ("prep/", "get"), ("interviews/", "get"), ("", "put")],
)
def test_wrong_methods_are_405(alice_client, application, tail, method):
    assert getattr(alice_client, method)(url(application, tail)).status_code == 405


def test_a_malformed_id_is_404(alice_client):
    assert alice_client.get("/applications/not-a-uuid/").status_code == 404


def test_page_queries_stay_few(alice_client, application, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):
        assert alice_client.get(url(application)).status_code == 200
