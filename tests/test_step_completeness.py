"""A step posted just as it was shown (nothing filled in, e.g. a double-click's second click
landing on the next step's Save) is saved but not marked complete."""

import pytest

from profiles import steps
from roles.models import Gap, Skill

from .step_data import make_profile, step_url

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


def untouched(slug: str) -> dict:
    data = {"revision": "0", "action": "save"}
    if slug == "skills":
        data |= {f"skill__{s.slug}": "none" for s in Skill.objects.all()}
    else:
        for gap in Gap.objects.all():
            data |= {f"gap__{gap.slug}__status": "not_started", f"gap__{gap.slug}__link": ""}
    return data


@pytest.mark.parametrize("slug", ["skills", "gaps"])
def test_an_untouched_step_is_saved_but_not_complete(alice_client, alice, slug):
    profile = make_profile(alice)
    response = alice_client.post(step_url(profile, slug), untouched(slug))
    assert response.status_code == 302
    profile.refresh_from_db()
    assert slug in profile.answers
    assert not steps.is_complete(slug, profile.answers)
    page = alice_client.get(step_url(profile, slug)).content.decode()
    assert page.count(">Complete<") == 0


def test_one_answer_makes_it_complete(alice_client, alice):
    profile = make_profile(alice)
    data = untouched("gaps") | {f"gap__{Gap.objects.first().slug}__status": "in_progress"}
    alice_client.post(step_url(profile, "gaps"), data)
    profile.refresh_from_db()
    assert steps.is_complete("gaps", profile.answers)
