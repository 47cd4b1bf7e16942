import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/", "/roles/", "/roles/applied-ai/", "/skills/", "/gaps/", "/glossary/"]
)
def test_public_page_renders_for_a_visitor(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"]


def test_roles_page_shows_all_archetypes_with_charts(client):
    body = client.get("/roles/").content.decode()
    for name in [
        "Applied AI / Agent Engineer",
        "Founding AI Engineer",
        "Reliability / Evals / Oversight",
    ]:
        assert name in body
    assert body.count('class="d2d__bar"') == 5


def test_unknown_slug_gives_the_site_404(client):
    response = client.get("/roles/no-such-lane/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"db": "ok"}
