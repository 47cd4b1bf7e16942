"""Domain fit (profiles/tailoring/domain.py): the person's own domains the posting works
in, shown beside the match rate and used by the tailored intro."""

import copy

import pytest

from profiles.models import Profile
from profiles.rendering import current_texts
from profiles.tailoring.domain import domain_fit, person_domains
from roles.models import RoleArchetype
from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import parse_posting

from .test_tailoring_lead import LANEBRIDGE, PERSON, tailor

pytestmark = pytest.mark.django_db


def reading_of(text):
    return read_posting(text, load_catalog())


def test_the_persons_domains_are_their_industries_not_the_stack():
    answers = {
        "background": {"domains": ["backend", "payments"], "domains_other": "logistics; HR tech."}
    }
    assert person_domains(answers) == ["logistics", "HR tech", "payments"]


def test_a_logistics_posting_fits_a_logistics_person():
    reading = reading_of(parse_posting(LANEBRIDGE).text)
    assert domain_fit(PERSON, reading) == ("logistics",)


def test_a_domain_named_only_in_the_boilerplate_does_not_fit():
    text = (
        "AI Engineer\n\nBuild agents in Python for our sales team.\n\n"
        "Benefits\nWe offer healthcare and a pension."
    )
    person = copy.deepcopy(PERSON)
    person["background"]["domains_other"] = "healthcare"
    assert domain_fit(person, reading_of(text)) == ()


def test_tailoring_says_so_and_the_intro_leads_with_the_domain():
    catalog = load_catalog()
    tailored = tailor(catalog, reading_of(parse_posting(LANEBRIDGE).text))
    assert tailored.domains == ("logistics",)
    assert any("works in logistics" in change for change in tailored.changes)
    intro = current_texts(tailored.answers)["intro_message"].text
    assert "I'm a senior engineer with 9 years in logistics and backend." in intro


def test_the_match_shows_the_domain_fit_next_to_the_skills(alice_client, alice):
    profile = Profile.objects.create(
        owner=alice,
        name="Lena",
        lane=RoleArchetype.objects.get(slug="applied-ai"),
        answers=copy.deepcopy(PERSON),
    )
    html = alice_client.post(
        "/roles/read/", {"text": parse_posting(LANEBRIDGE).text, "profile": profile.pk}
    ).content.decode()
    rate = html[html.index("Match rate:") :][:300]
    assert "Domain fit: logistics" in rate
