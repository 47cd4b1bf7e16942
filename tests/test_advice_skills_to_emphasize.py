"""A lane's skills to emphasize have one source: SkillEmphasis rows, each the guide's words
and the checklist skills they point at. The lane cards show the words, the Skills step
highlights the skills, and admin edits both in one place."""

import importlib

import pytest

from roles.models import RoleArchetype, Skill, SkillDomain, SkillEmphasis

from .admin_forms import change_form_data, post_change_form
from .coach_data import make_profile
from .step_data import step_url

pytestmark = pytest.mark.django_db

SEED = importlib.import_module("roles.migrations.0002_seed_guide")


def change_url(lane: RoleArchetype) -> str:
    return f"/admin/roles/rolearchetype/{lane.pk}/change/"


def highlighted(lane) -> set[str]:
    return {s.name for s in Skill.objects.with_emphasis(lane) if s.emphasized}


def test_each_lane_shows_the_guides_words_in_order():
    for _name, _short, slug, _letter, _shape, _signal, guide_text, _practice in SEED.ARCHETYPES:
        lane = RoleArchetype.objects.get(slug=slug)
        words = [w.strip() for w in guide_text.split(",")]
        assert [e.wording for e in lane.skill_emphases.all()] == words, slug


@pytest.mark.parametrize("slug", list(SEED.EMPHASIS))
def test_each_lane_highlights_the_skills_it_highlighted_before(slug):
    assert highlighted(RoleArchetype.objects.get(slug=slug)) == set(SEED.EMPHASIS[slug])


def test_with_no_lane_nothing_is_highlighted():
    assert highlighted(None) == set()


def test_the_lane_cards_show_the_words(client):
    body = client.get("/roles/").content.decode()
    assert "<li>cost/latency</li>" in body and "<li>FinOps</li>" in body


def test_a_lanes_page_lists_the_checklist_skills_once(client):
    body = client.get("/roles/ai-platform/").content.decode()
    checklist = body[body.index('id="checklist"') : body.index('id="gaps-first"')]
    # "deployment" is named by two of the platform's rows; it is listed once.
    assert checklist.count(">deployment</a>") == 1
    assert checklist.count("<li>") == len(SEED.EMPHASIS["ai-platform"])


def test_an_edit_in_admin_changes_the_card_and_the_skills_step(admin_client, alice, alice_client):
    lane = RoleArchetype.objects.get(slug="applied-ai")
    data = change_form_data(admin_client, change_url(lane))
    total = int(data["skill_emphases-TOTAL_FORMS"][0])
    rows = {data[f"skill_emphases-{i}-wording"][0]: i for i in range(total - 1)}
    mcp = Skill.objects.get(name="MCP")
    response = post_change_form(
        admin_client,
        change_url(lane),
        **{
            f"skill_emphases-{rows['LangGraph']}-wording": "agent frameworks",
            f"skill_emphases-{rows['RAG']}-DELETE": "on",
            f"skill_emphases-{total - 1}-wording": "MCP servers",
            f"skill_emphases-{total - 1}-skills": [str(mcp.pk)],
            f"skill_emphases-{total - 1}-order": "20",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    words = [e.wording for e in lane.skill_emphases.all()]
    assert "agent frameworks" in words and "RAG" not in words and words[-1] == "MCP servers"
    assert highlighted(lane) == set(SEED.EMPHASIS["applied-ai"]) - {"RAG"} | {"MCP"}

    card = alice_client.get(step_url(make_profile(alice), "lane")).content.decode()
    assert "<li>MCP servers</li>" in card and "<li>LangGraph</li>" not in card
    # The skills step shows one domain at a time: count the emphasis over all of them.
    skills_url = step_url(make_profile(alice), "skills")
    emphasized = sum(
        alice_client.get(f"{skills_url}?domain={domain.slug}")
        .content.decode()
        .count("rating--emphasized")
        for domain in SkillDomain.objects.all()
    )
    assert emphasized == len(highlighted(lane)) == 10


def test_the_same_words_twice_are_refused_and_nothing_saved(admin_client):
    lane = RoleArchetype.objects.get(slug="founding")
    before = list(SkillEmphasis.objects.filter(archetype=lane).values_list("wording", flat=True))
    data = change_form_data(admin_client, change_url(lane))
    extra = int(data["skill_emphases-TOTAL_FORMS"][0]) - 1
    response = post_change_form(
        admin_client,
        change_url(lane),
        name="Founding renamed",
        **{f"skill_emphases-{extra}-wording": "BASIC OPS"},
    )
    assert response.status_code == 200
    formsets = {f.formset.prefix: f.formset for f in response.context["inline_admin_formsets"]}
    assert formsets["skill_emphases"].non_form_errors() == [
        "Each skill to emphasize can appear only once; “basic ops” is listed twice."
    ]
    lane.refresh_from_db()
    assert lane.name == "Founding AI Engineer"
    assert list(lane.skill_emphases.values_list("wording", flat=True)) == before


def test_a_row_needs_its_words(admin_client):
    lane = RoleArchetype.objects.get(slug="founding")
    data = change_form_data(admin_client, change_url(lane))
    extra = int(data["skill_emphases-TOTAL_FORMS"][0]) - 1
    skill = Skill.objects.get(name="Docker")
    response = post_change_form(
        admin_client, change_url(lane), **{f"skill_emphases-{extra}-skills": [str(skill.pk)]}
    )
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


def test_the_admin_searches_archetypes_by_their_words(admin_client):
    response = admin_client.get("/admin/roles/rolearchetype/?q=FinOps")
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [
        RoleArchetype.objects.get(slug="ai-platform")
    ]


def test_the_skill_admin_filters_by_lane(admin_client):
    lane = RoleArchetype.objects.get(slug="reliability-evals")
    response = admin_client.get(f"/admin/roles/skill/?emphases__archetype__id__exact={lane.pk}")
    assert response.status_code == 200
    assert {s.name for s in response.context["cl"].result_list} == set(
        SEED.EMPHASIS["reliability-evals"]
    )
