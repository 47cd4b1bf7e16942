"""The weekly view: new applications, replies, interviews, gap deliverables shipped, the
server-drawn chart of applications per week by status; other weeks by ?week=."""

import datetime

import pytest

from profiles.applications import services
from profiles.services import update_answers
from tests.applications_data import days_ago, make_application, moved
from tests.tailoring_data import make_profile

URL = "/applications/week/"


def test_this_week_lists_new_replies_interviews_and_shipped(alice_client, alice, bob):
    application = moved(
        make_application(alice, company="Acme"),
        ("applied", days_ago(0)),
        ("screening", days_ago(0)),
    )
    services.add_event(application=application, on=days_ago(0), label="Hiring manager call")
    profile = make_profile(alice)
    slug = next(iter(profile.answers["gaps"]))

    def ship(answers):
        answers["gaps"][slug] = {
            "status": "shipped",
            "link": "",
            "shipped_on": days_ago(0).isoformat(),
        }
        return answers

    update_answers(profile, revision=None, change=ship)
    make_application(bob, title="Bob's role")
    response = alice_client.get(URL)
    assert response.status_code == 200
    context = response.context
    assert [a.pk for a in context["new"]] == [application.pk]
    assert [c.status for c in context["replies"]] == ["screening"]
    assert [e.label for e in context["interviews"]] == ["Hiring manager call"]
    assert [s.profile for s in context["shipped"]] == [profile.name]
    body = response.content.decode()
    assert "Bob&#x27;s role" not in body and "Bob's role" not in body


def test_the_chart_is_svg_drawn_on_the_server(alice_client, alice):
    moved(make_application(alice), ("applied", days_ago(0)))
    make_application(alice, title="Second")
    body = alice_client.get(URL).content.decode()
    assert '<svg viewBox="0 -12 320' in body
    assert 'role="img"' in body
    assert "1 applied" in body and "1 saved" in body  # the chart's text alternative
    assert "style=" not in body.split('<figure class="week-chart">')[1].split("</figure>")[0]
    chart = alice_client.get(URL).context["chart"]
    assert len(chart["bars"]) == 8
    this_week = chart["bars"][-1]
    assert this_week["total"] == 2
    assert sum(s["height"] for s in this_week["segments"]) == pytest.approx(120)


def test_an_earlier_week_and_navigation(alice_client, alice):
    make_application(alice)
    last_week = days_ago(7)
    response = alice_client.get(URL, {"week": last_week.isoformat()})
    assert response.status_code == 200
    assert response.context["new"] == []
    assert response.context["next"] is not None
    assert alice_client.get(URL).context["next"] is None  # no week after this one


def test_an_unreadable_week_shows_this_week_with_a_message(alice_client):
    response = alice_client.get(URL, {"week": "next friday"})
    assert response.status_code == 400
    assert "could not be read" in response.content.decode()
    today = days_ago(0)
    assert response.context["start"] == today - datetime.timedelta(days=today.weekday())


def test_week_needs_sign_in_and_get(client, alice_client):
    assert client.get(URL).status_code == 302
    assert alice_client.post(URL).status_code == 405


def test_week_queries_do_not_grow(alice_client, alice, django_assert_max_num_queries):
    for n in range(20):
        application = moved(make_application(alice, title=f"R{n}"), ("applied", days_ago(0)))
        services.add_event(application=application, on=days_ago(0), label="Call")
    with django_assert_max_num_queries(10):
        assert alice_client.get(URL).status_code == 200
