"""Step content comes from the roles app at request time: admin edits show at once."""

import pytest

from roles.models import CredibilityPoint, Gap, GapPriority, RoleArchetype, Skill, SkillDomain

from .step_data import make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def test_credibility_points_and_hints_come_from_the_guide(alice_client, profile):
    CredibilityPoint.objects.filter(slug="ai-proof").update(hint="Edited hint text")
    body = alice_client.get(step_url(profile, "credibility")).content.decode()
    assert body.count('name="point__') == CredibilityPoint.objects.count() == 5
    assert "Edited hint text" in body
    assert 'aria-describedby="id_point__ai-proof_helptext"' in body


def test_lane_cards_show_every_archetype_with_chart_and_group(alice_client, profile):
    body = alice_client.get(step_url(profile, "lane")).content.decode()
    for archetype in RoleArchetype.objects.select_related("group"):
        assert f'value="{archetype.slug}"' in body
        assert archetype.best_fit_signal in body
        assert f"Group {archetype.group.letter}" in body
    assert body.count('class="d2d__bar"') == RoleArchetype.objects.count()
    assert "style=" not in body


def test_skills_marks_must_stretch_and_lane_emphasis(alice_client, profile):
    lane = RoleArchetype.objects.get(slug="reliability-evals")
    profile.lane = lane
    profile.save()
    # One page per domain: together they show every skill, each lane emphasis once.
    pages = [
        alice_client.get(f"{step_url(profile, 'skills')}?domain={d.slug}").content.decode()
        for d in SkillDomain.objects.filter(skills__isnull=False).distinct()
    ]
    body = "".join(pages)
    assert body.count('<fieldset class="rating') == Skill.objects.count()
    emphasized = Skill.objects.filter(emphases__archetype=lane).distinct().count()
    assert emphasized == 7
    assert body.count("rating--emphasized") == emphasized
    assert "Must know well" in body and "Useful stretch" in body
    assert 'class="skill-chart__bar"' in body and "style=" not in body


def test_skills_summary_lists_must_know_below_working(alice_client, profile):
    data = valid_data("skills")
    weak = Skill.objects.filter(level=Skill.MUST).first()
    stretch = Skill.objects.filter(level=Skill.STRETCH).first()
    data[f"skill__{weak.slug}"] = "basic"
    data[f"skill__{stretch.slug}"] = "none"
    alice_client.post(step_url(profile, "skills"), data)
    body = alice_client.get(step_url(profile, "skills")).content.decode()
    summary = body[body.index("Skill gaps") : body.index("</section>", body.index("Skill gaps"))]
    assert weak.name in summary
    assert stretch.name not in summary


def test_gaps_follow_the_lane_priority(alice_client, profile):
    lane = RoleArchetype.objects.get(slug="founding")
    last = Gap.objects.order_by("-default_priority").first()
    GapPriority.objects.filter(archetype=lane).delete()
    GapPriority.objects.create(gap=last, archetype=lane, priority=1)
    profile.lane = lane
    profile.save()
    body = alice_client.get(step_url(profile, "gaps")).content.decode()
    positions = {g.slug: body.index(f'id="gap-{g.slug}"') for g in Gap.objects.all()}
    order = sorted(positions, key=positions.get)
    # The lane's override puts the default-last gap first (ties keep the default order).
    assert order[0] == Gap.objects.order_by("default_priority").first().slug
    assert order[1] == last.slug
    assert order[2:] == [
        g.slug for g in Gap.objects.order_by("default_priority") if g.slug not in order[:2]
    ]


def test_gaps_without_lane_use_default_priority(alice_client, profile):
    body = alice_client.get(step_url(profile, "gaps")).content.decode()
    positions = [body.index(f'id="gap-{g.slug}"') for g in Gap.objects.order_by("default_priority")]
    assert positions == sorted(positions)


def test_shipped_gap_needs_a_link(alice_client, profile):
    data = valid_data("gaps")
    data["gap__mcp__status"] = "shipped"
    body = alice_client.post(step_url(profile, "gaps"), data).content.decode()
    assert "Add a link to what you shipped for MCP" in body
