"""The tracker figures: response rate, interview conversion, offers, days in each stage;
overall and per lane, always with the counts behind them."""

import datetime

from profiles.applications.figures import Ratio, all_figures, stage_lengths
from profiles.applications.models import Application
from profiles.applications.weekly import prefetched
from tests.applications_data import days_ago, make_application, moved

TODAY = datetime.date(2026, 3, 20)


class Row:
    def __init__(self, status, on, pk):
        self.status, self.on, self.recorded_at, self.pk = status, on, pk, pk


def rows(*steps):
    return [
        Row(status, TODAY - datetime.timedelta(days=ago), i)
        for i, (status, ago) in enumerate(steps)
    ]


def test_a_ratio_without_a_whole_has_no_percent():
    assert Ratio(0, 0).percent is None
    assert Ratio(1, 2).percent == 50
    assert Ratio(2, 3).percent == 67


def test_stage_lengths_count_the_current_open_stage_to_today():
    history = rows(("saved", 10), ("applied", 7), ("screening", 2))
    assert stage_lengths(history, current="screening", today=TODAY) == [
        ("saved", 3),
        ("applied", 5),
        ("screening", 2),
    ]


def test_a_closed_application_stops_counting():
    history = rows(("saved", 10), ("applied", 7), ("rejected", 2))
    assert stage_lengths(history, current="rejected", today=TODAY) == [("saved", 3), ("applied", 5)]


def _figures(owner):
    return all_figures(
        prefetched(Application.objects.filter(owner=owner).select_related("lane")),
        today=days_ago(0),
    )


def test_figures_overall_and_per_lane_with_counts(alice):
    from tests.tailoring_data import make_profile

    profile = make_profile(alice)
    # Applied AI lane: 2 sent, 1 reply (an interview); no lane: 1 sent, rejected; 1 saved.
    moved(
        make_application(alice, profile=profile),
        ("applied", days_ago(0)),
        ("interview", days_ago(0)),
    )
    moved(make_application(alice, profile=profile), ("applied", days_ago(0)))
    moved(make_application(alice), ("applied", days_ago(0)), ("rejected", days_ago(0)))
    make_application(alice)
    moved(make_application(alice), ("withdrawn", days_ago(0)))
    overall, lanes = _figures(alice)
    assert overall.applications == 5
    assert (overall.responses.part, overall.responses.whole) == (2, 3)
    assert (overall.interviews.part, overall.interviews.whole) == (1, 3)
    assert (overall.offers.part, overall.offers.whole) == (0, 1)
    assert [f.name for f in lanes] == [profile.lane.name, "No lane"]
    applied_ai = lanes[0]
    assert (applied_ai.responses.part, applied_ai.responses.whole) == (1, 2)


def test_the_weekly_page_shows_percent_with_its_counts(alice_client, alice):
    moved(make_application(alice), ("applied", days_ago(0)), ("screening", days_ago(0)))
    moved(make_application(alice), ("applied", days_ago(0)))
    body = alice_client.get("/applications/week/").content.decode()
    assert "50%" in body and "(1 of 2 sent)" in body


def test_no_figures_yet_says_so(alice_client):
    body = alice_client.get("/applications/week/").content.decode()
    assert "None sent yet" in body
