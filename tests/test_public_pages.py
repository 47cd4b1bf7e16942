"""Public reference pages: open to visitors, from the guide, showing admin edits at once."""

import pytest
from django.urls import path

from roles.models import (
    Gap,
    GlossaryTerm,
    InterviewExpectation,
    RoleArchetype,
    RoleGroup,
    Skill,
)

from .admin_forms import post_change_form

pytestmark = pytest.mark.django_db

PAGES = ["/", "/roles/", "/roles/applied-ai/", "/skills/", "/gaps/", "/glossary/"]


@pytest.mark.parametrize("url", PAGES)
def test_public_page_renders_for_a_visitor(client, url, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"]
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert 'style="' not in body  # the CSP forbids inline styles
    # Staff edits must reach the next page load: no shared or stale caching of content.
    assert "no-cache" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("url", PAGES)
def test_public_page_refuses_post(client, url):
    assert client.post(url).status_code == 405


def test_roles_page_shows_all_archetypes_with_charts(client):
    body = client.get("/roles/").content.decode()
    for archetype in RoleArchetype.objects.all():
        assert archetype.name in body
    assert body.count('class="d2d__bar"') == 5
    for group in RoleGroup.objects.all():
        assert group.typical_roles in body


def test_unknown_slug_gives_the_site_404(client):
    response = client.get("/roles/no-such-lane/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Page not found" in body
    assert 'class="site-header"' in body  # our layout, not Django's debug page


def test_the_lead_only_expectation_is_shown_only_for_the_lead_lane(client):
    lead_only = InterviewExpectation.objects.get(only_for__isnull=False).text
    assert lead_only in client.get("/roles/lead-ai/").content.decode()
    assert lead_only not in client.get("/roles/applied-ai/").content.decode()


def archetype_url(slug: str) -> str:
    return f"/admin/roles/rolearchetype/{RoleArchetype.objects.get(slug=slug).pk}/change/"


def assert_next_request_shows(client, url: str, text: str, edit) -> None:
    assert text not in client.get(url).content.decode()
    response = edit()
    assert response.status_code == 302, response.context and response.context.get("errors")
    assert text in client.get(url).content.decode()


def test_home_shows_an_edited_best_fit_signal(client, admin_client):
    assert_next_request_shows(
        client,
        "/",
        "Best for people who like shipping",
        lambda: post_change_form(
            admin_client,
            archetype_url("applied-ai"),
            best_fit_signal="Best for people who like shipping",
        ),
    )


def test_roles_page_shows_an_edited_archetype_and_its_new_split(client, admin_client):
    assert_next_request_shows(
        client,
        "/roles/",
        "60% code",
        lambda: post_change_form(
            admin_client,
            archetype_url("applied-ai"),
            work_shape="Build agents and the evals that keep them honest",
            **{"shares-0-percent": 60, "shares-1-percent": 25},
        ),
    )
    body = client.get("/roles/").content.decode()
    assert "Build agents and the evals that keep them honest" in body
    assert "25% debugging" in body


def test_roles_page_shows_an_edited_role_group(client, admin_client):
    group = RoleGroup.objects.get(letter="A")
    assert_next_request_shows(
        client,
        "/roles/",
        "Only if you want to train models",
        lambda: post_change_form(
            admin_client,
            f"/admin/roles/rolegroup/{group.pk}/change/",
            fit="Only if you want to train models",
        ),
    )


def test_archetype_page_shows_edited_focus_and_expectations(client, admin_client):
    expectation = InterviewExpectation.objects.filter(only_for__isnull=True).first()
    assert_next_request_shows(
        client,
        "/roles/founding/",
        "Ship a paid pilot end to end",
        lambda: post_change_form(
            admin_client,
            archetype_url("founding"),
            practice_focus="Ship a paid pilot end to end",
        ),
    )
    assert_next_request_shows(
        client,
        "/roles/founding/",
        "Explain a trade-off to a founder",
        lambda: post_change_form(
            admin_client,
            f"/admin/roles/interviewexpectation/{expectation.pk}/change/",
            text="Explain a trade-off to a founder",
        ),
    )


def test_skills_page_shows_an_edited_skill(client, admin_client):
    skill = Skill.objects.get(name="RAG")
    assert_next_request_shows(
        client,
        "/skills/",
        "Retrieval-augmented generation",
        lambda: post_change_form(
            admin_client,
            f"/admin/roles/skill/{skill.pk}/change/",
            name="Retrieval-augmented generation",
        ),
    )


def test_gaps_page_shows_an_edited_deliverable(client, admin_client):
    gap = Gap.objects.get(default_priority=1)
    assert_next_request_shows(
        client,
        "/gaps/",
        "An eval harness with a public write-up",
        lambda: post_change_form(
            admin_client,
            f"/admin/roles/gap/{gap.pk}/change/",
            deliverable="An eval harness with a public write-up",
        ),
    )


def test_glossary_shows_an_edited_meaning(client, admin_client):
    term = GlossaryTerm.objects.get(term="KV cache")
    assert_next_request_shows(
        client,
        "/glossary/",
        "Keys and values kept from earlier tokens",
        lambda: post_change_form(
            admin_client,
            f"/admin/roles/glossaryterm/{term.pk}/change/",
            meaning="Keys and values kept from earlier tokens",
        ),
    )


def broken_view(request):
    raise RuntimeError("boom")


urlpatterns = [path("broken/", broken_view)]


@pytest.mark.urls(__name__)
def test_a_server_error_shows_the_sites_own_500_page(client):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong" in body
    assert "Your saved work is safe." in body
    assert "css/pivot.css" in body


def test_archetype_page_lists_the_gaps_in_the_lanes_order(client):
    body = client.get("/roles/lead-ai/").content.decode()
    names = [
        "Evals + observability",
        "Production agent patterns",
        "Multi-framework fluency",
        "Retrieval engineering",
        "MCP</strong>",
        "Optional specialization marker",
    ]
    positions = [body.index(name, body.index('id="gaps-first"')) for name in names]
    assert positions == sorted(positions)
