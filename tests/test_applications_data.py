"""Applications in the account's data: in the JSON export, deleted with the account,
and downloadable as CSV (only the person's own, spreadsheet formulas defused)."""

import csv
import io
import json

from accounts.services import delete_account
from profiles.applications import services
from profiles.applications.models import Application, InterviewEvent, StatusChange
from tests.applications_data import days_ago, make_application, moved

CSV_URL = "/applications/applications.csv"


def test_the_data_export_holds_the_applications_history_and_interviews(alice_client, alice, bob):
    application = moved(make_application(alice), ("applied", days_ago(0)))
    services.add_event(application=application, on=days_ago(-3), label="Panel")
    make_application(bob, title="Bob's role")
    data = json.loads(alice_client.get("/accounts/settings/export/").content)["data"]
    assert [r["fields"]["title"] for r in data["profiles.application"]] == ["AI Platform Engineer"]
    assert [r["fields"]["status"] for r in data["profiles.statuschange"]] == ["saved", "applied"]
    assert [r["fields"]["label"] for r in data["profiles.interviewevent"]] == ["Panel"]


def test_they_are_deleted_with_the_account_and_nobody_elses(alice, bob):
    application = moved(make_application(alice), ("applied", days_ago(0)))
    services.add_event(application=application, on=days_ago(-3), label="Panel")
    kept = make_application(bob, title="Bob's role")
    delete_account(user=alice)
    assert list(Application.objects.all()) == [kept]
    assert StatusChange.objects.filter(application__owner_id=alice.pk).count() == 0
    assert not InterviewEvent.objects.exists()


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:])))


def test_csv_download_has_a_row_each_with_history(alice_client, alice, bob):
    application = moved(
        make_application(alice, details={"notes": "Met at a meetup", "salary_min": 90000}),
        ("applied", days_ago(0)),
    )
    services.add_event(application=application, on=days_ago(-3), label="Panel")
    make_application(bob, title="Bob's role")
    response = alice_client.get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="pivot-applications-')
    assert response["Cache-Control"] == "private, no-store"
    header, *rows = read_csv(response)
    assert header[:3] == ["Title", "Company", "Status"]
    assert len(rows) == 1
    row = dict(zip(header, rows[0], strict=True))
    assert row["Status"] == "Applied"
    assert row["Salary from"] == "90000"
    assert row["Interviews"].endswith("Panel")
    assert row["History"].endswith("Applied") and "Saved" in row["History"]
    assert row["Notes"] == "Met at a meetup"


def test_csv_defuses_formulas(alice_client, alice):
    make_application(alice, title='=HYPERLINK("http://evil")', company="+Acme")
    _header, row = read_csv(alice_client.get(CSV_URL))
    assert row[0].startswith("'=") and row[1] == "'+Acme"


def test_csv_follows_the_filters(alice_client, alice):
    make_application(alice, company="Acme")
    make_application(alice, company="Other")
    _header, *rows = read_csv(alice_client.get(CSV_URL, {"company": "acme"}))
    assert [r[1] for r in rows] == ["Acme"]


def test_csv_needs_sign_in_and_get(client, alice_client):
    assert client.get(CSV_URL).status_code == 302
    assert alice_client.post(CSV_URL).status_code == 405


def test_csv_queries_do_not_grow(alice_client, alice, django_assert_max_num_queries):
    for n in range(20):
        moved(make_application(alice, title=f"Role {n}"), ("applied", days_ago(0)))
    with django_assert_max_num_queries(5):
        response = alice_client.get(CSV_URL)
    assert len(read_csv(response)) == 21
