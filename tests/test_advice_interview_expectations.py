"""The chosen lane's interview-level expectations: on the lane step, on the review page and
in the .txt / .md positioning download (for a saved version too)."""

import pytest
from django.urls import reverse
from markdown_it import MarkdownIt

from roles.models import InterviewExpectation, RoleArchetype

from .coach_data import make_profile, make_version
from .step_data import step_url

pytestmark = pytest.mark.django_db

EVERY_LANE = [
    "Design a production RAG system.",
    "Explain attention and transformer basics clearly.",
    "Choose between prompt engineering, RAG, fine-tuning, and self-hosting.",
    "Build or describe an LLM eval pipeline.",
    "Reduce hallucinations with system design, not only prompt tweaks.",
    "Optimize latency and cost with explicit levers.",
    "Secure an LLM app against prompt injection and PII leakage.",
]
LEAD_ONLY = "Lead architecture reviews and mentor engineers (lead lane)."


def items(html: str) -> list[str]:
    start = html.index('aria-labelledby="interview-expectations"')
    block = html[start : html.index("</ul>", start)]
    return [li.split("</li>")[0] for li in block.split("<li>")[1:]]


def page(client, profile, slug: str) -> str:
    response = client.get(step_url(profile, slug))
    assert response.status_code == 200
    return response.content.decode()


def download(client, profile, fmt: str, version=None) -> str:
    if version is None:
        url = reverse("profiles:export", args=[profile.pk, "positioning", fmt])
    else:
        url = reverse("profiles:version_export", args=[profile.pk, version, "positioning", fmt])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def unescaped(texts: list[str]) -> list[str]:
    return [t.replace("'", "&#x27;") for t in texts]


def test_the_lane_step_shows_the_lead_lanes_expectations(alice, alice_client):
    body = page(alice_client, make_profile(alice, lane="lead-ai"), "lane")
    assert "What interviews for Lead AI expect" in body
    assert items(body) == [*EVERY_LANE, LEAD_ONLY]
    # Above the lane cards, so a person who came back sees it first.
    assert body.index("interview-expectations") < body.index('class="card lane-card"')


def test_another_lane_leaves_the_lead_only_expectation_out(alice, alice_client):
    body = page(alice_client, make_profile(alice, lane="applied-ai"), "lane")
    assert "What interviews for Applied AI expect" in body
    assert items(body) == EVERY_LANE


def test_with_no_lane_the_lane_step_folds_away_every_lanes_expectations(alice, alice_client):
    body = page(alice_client, make_profile(alice, lane=None), "lane")
    assert '<details class="card guide-advice">' in body
    assert "<summary>What interviews expect in every lane</summary>" in body
    assert "Choose a lane to see its own as well." in body
    assert LEAD_ONLY not in body


def test_the_review_page_shows_them_under_the_target_lane(alice, alice_client):
    body = page(alice_client, make_profile(alice, lane="lead-ai"), "review")
    lane_section = body.index('id="review-lane"')
    assert (
        lane_section
        < body.index('<h3 id="interview-expectations">')
        < body.index('id="review-skills"')
    )
    assert items(body) == [*EVERY_LANE, LEAD_ONLY]


def test_an_admin_edit_shows_on_the_next_page_load(alice, alice_client):
    InterviewExpectation.objects.filter(text=EVERY_LANE[0]).update(text="Design a RAG system.")
    InterviewExpectation.objects.create(
        text="Run a gold-set review.", order=99, only_for=RoleArchetype.objects.get(slug="founding")
    )
    body = page(alice_client, make_profile(alice, lane="founding"), "review")
    assert items(body) == ["Design a RAG system.", *EVERY_LANE[1:], "Run a gold-set review."]


def test_the_text_download_lists_them_after_the_gap_plan(alice, alice_client):
    body = download(alice_client, make_profile(alice, lane="lead-ai"), "txt")
    heading = "== Interview-level expectations (Principal / Lead AI Engineer, from the guide) =="
    assert body.index("== Gap plan ==") < body.index(heading)
    listed = body.split(heading + "\n")[1].strip().splitlines()
    assert listed == [f"- {text}" for text in [*EVERY_LANE, LEAD_ONLY]]


def test_the_markdown_download_renders_them_as_a_list(alice, alice_client):
    body = download(alice_client, make_profile(alice, lane="applied-ai"), "md")
    intro = "*From the guide, for Applied AI / Agent Engineer.*"
    assert f"## Interview-level expectations\n\n{intro}" in body
    html = MarkdownIt().render(body.split("## Interview-level expectations")[1])
    assert html.count("<li>") == len(EVERY_LANE)
    for text in unescaped(EVERY_LANE):
        assert f"<li>{text}</li>" in html


def test_a_download_without_a_lane_gives_every_lanes_expectations(alice, alice_client):
    body = download(alice_client, make_profile(alice, lane=None), "txt")
    assert "== Interview-level expectations (every lane, from the guide) ==" in body
    assert LEAD_ONLY not in body


def test_a_saved_versions_download_uses_its_own_lane(alice, alice_client):
    profile = make_profile(alice, lane="lead-ai")
    version = make_version(profile)
    profile.lane = RoleArchetype.objects.get(slug="applied-ai")
    profile.save()
    body = download(alice_client, profile, "md", version=version.number)
    assert "*From the guide, for Principal / Lead AI Engineer.*" in body
    assert f"- {LEAD_ONLY}" in body


def test_another_owner_cannot_download_them(alice, bob_client):
    profile = make_profile(alice)
    url = reverse("profiles:export", args=[profile.pk, "positioning", "txt"])
    assert bob_client.get(url).status_code == 404
