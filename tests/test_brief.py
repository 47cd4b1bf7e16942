"""The one-page positioning brief: its page, its PDF, for the working copy and a version."""

from pathlib import Path

import pytest
from django.urls import reverse

from profiles import services
from profiles.sample import load_sample_answers, sample_name
from profiles.versions.snapshot import save_version
from roles.models import Gap, InterviewExpectation, RoleArchetype
from tests.brief_support import filled_profile, pdf_pages
from tests.step_data import make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db

HEADLINE = "Production AI Engineer · Evals for <script>alert(1)</script> agents"


def pdf_url(profile, number=None):
    if number is None:
        return reverse("profiles:brief_pdf", args=[profile.pk])
    return reverse("profiles:version_brief_pdf", args=[profile.pk, number])


def page_url(profile, number=None):
    if number is None:
        return reverse("profiles:brief", args=[profile.pk])
    return reverse("profiles:version_brief", args=[profile.pk, number])


@pytest.fixture
def profile(alice_client, alice):
    return filled_profile(alice_client, alice, overrides={"linkedin_headline": HEADLINE})


def test_the_pdf_is_one_page_with_the_headline_and_artifacts(alice_client, profile):
    response = alice_client.get(pdf_url(profile))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="pivot-applied-ai-draft-brief.pdf"'
    )
    pages = pdf_pages(response.content)
    assert len(pages) == 1
    text = pages[0]
    # The person's text is drawn as typed: the tag appears literally, never interpreted.
    assert HEADLINE in text
    assert "Support agent" in text and "an agent wired to a knowledge base with evals" in text
    for heading in ("60-second opener", "Target lane", "Top strengths", "Shipped artifacts"):
        assert heading in text
    assert "Applied AI / Agent Engineer" in text


def test_gaps_come_in_the_lanes_order_with_the_lanes_interview_expectations(alice_client, profile):
    text = pdf_pages(alice_client.get(pdf_url(profile)).content)[0]
    lane = RoleArchetype.objects.get(slug="applied-ai")
    names = list(Gap.objects.in_lane_order(lane).values_list("name", flat=True))
    positions = [text.index(f"{i}. {name}: In progress") for i, name in enumerate(names, 1)]
    assert positions == sorted(positions)
    for expectation in InterviewExpectation.objects.all():
        shown = expectation.text[:40] in text
        assert shown == (expectation.only_for_id in (None, lane.pk)), expectation.text


def test_the_page_shows_the_same_brief_with_user_text_escaped(alice_client, profile):
    response = alice_client.get(page_url(profile))
    body = response.content.decode()
    assert response.status_code == 200
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body and "<script>alert" not in body
    assert f'href="{pdf_url(profile)}"' in body
    assert "Support agent" in body and "60-second opener" in body
    assert "css/brief.css" in body


def test_the_print_stylesheet_hides_the_site_around_the_brief():
    css = (Path(__file__).resolve().parents[1] / "static/css/brief.css").read_text()
    printed = css[css.index("@media print") :]
    for hidden in (".site-header", ".site-footer", ".profile-nav", ".brief-actions"):
        assert hidden in printed
    assert "size: A4" in printed


def test_a_version_brief_reads_as_saved(alice_client, profile):
    save_version(profile=profile)
    data = valid_data("messaging", profile.revision) | {"text__linkedin_headline": "Changed later"}
    assert alice_client.post(step_url(profile, "messaging"), data).status_code == 302

    version_text = pdf_pages(alice_client.get(pdf_url(profile, 1)).content)[0]
    draft_text = pdf_pages(alice_client.get(pdf_url(profile)).content)[0]
    assert HEADLINE in version_text and "version 1" in version_text
    assert "Changed later" in draft_text and "working copy" in draft_text
    assert "Changed later" not in alice_client.get(page_url(profile, 1)).content.decode()


@pytest.mark.engine_free  # the PDF's layout
def test_a_very_long_opener_shrinks_to_fit_before_spilling(alice_client, alice):
    opener = " ".join(["I shipped an eval-gated support agent that cut response time 40%."] * 14)
    profile = filled_profile(alice_client, alice, overrides={"opener": opener})
    assert len(pdf_pages(alice_client.get(pdf_url(profile)).content)) == 1


def test_other_owner_gets_404(bob_client, profile):
    save_version(profile=profile)
    for url in (pdf_url(profile), page_url(profile), pdf_url(profile, 1), page_url(profile, 1)):
        assert bob_client.get(url).status_code == 404


def test_wrong_method_is_405(alice_client, profile):
    assert alice_client.post(pdf_url(profile)).status_code == 405
    assert alice_client.post(page_url(profile)).status_code == 405


def test_a_version_that_does_not_exist_is_404(alice_client, profile):
    assert alice_client.get(pdf_url(profile, 7)).status_code == 404
    assert alice_client.get(page_url(profile, 7)).status_code == 404


def test_a_profile_with_nothing_answered_still_gets_a_brief(alice_client, alice):
    empty = make_profile(alice, name="Empty")
    text = pdf_pages(alice_client.get(pdf_url(empty)).content)[0]
    assert "No lane chosen yet." in text and "None listed yet." in text


def test_page_and_pdf_keep_to_their_query_budget(
    alice_client, profile, django_assert_max_num_queries
):
    # Session, user, profile; the snapshot's templates and names (the guide's rows, read
    # once per process and content edit: at most the content stamp once they are read); the
    # lane, its gap order, its day-to-day and its interview expectations.
    for url in (page_url(profile), pdf_url(profile)):
        with django_assert_max_num_queries(11):
            assert alice_client.get(url).status_code == 200


@pytest.mark.engine_free  # the PDF's layout
@pytest.mark.parametrize(
    "lane", ["applied-ai", "lead-ai", "ai-platform", "reliability-evals", "founding"]
)
def test_the_sample_profile_is_one_page_in_every_lane(alice_client, alice, lane):
    answers = load_sample_answers(lane=lane)
    profile = services.create_profile(owner=alice, name=sample_name())
    services.update_answers(profile, revision=None, change=lambda _old: answers)
    save_version(profile=profile)

    for url in (pdf_url(profile), pdf_url(profile, 1)):
        pages = pdf_pages(alice_client.get(url).content)
        assert len(pages) == 1, (lane, url)
        for artifact in answers["background"]["artifacts"]:
            assert artifact["name"] in pages[0]
