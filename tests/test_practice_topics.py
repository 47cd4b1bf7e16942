"""Lane cards show the guide's practice focus as topics in words: no course file names
("03_tool_calling_agent") or module numbers a person cannot look up."""

import re

import pytest
from django.urls import reverse

from roles.models import RoleArchetype
from roles.models.lanes import practice_topics
from tests.step_data import make_profile, step_url

pytestmark = pytest.mark.django_db

COURSE = re.compile(r"\b\d{2}_[a-z_]+\b|\bmodules?\s+\d|system design \d", re.I)


@pytest.mark.parametrize(
    ("guide", "shown"),
    [
        (
            "03_tool_calling_agent, 05_debug_looping_agent, 06_rag_hardening; "
            "learning modules 07-11, 16",
            "Tool calling agent; Debug looping agent; RAG hardening",
        ),
        (
            "04_eval_harness, 06_rag_hardening, 12_llm_judge; modules 11, 16, 17",
            "Eval harness; RAG hardening; LLM judge",
        ),
        ("Modules 06, 11, 16, 17 + system design 02-04", ""),
        (
            "Capstone-style builds + direct founder outreach",
            "Capstone-style builds + direct founder outreach",
        ),
    ],
)
def test_course_references_become_topics_in_words(guide, shown):
    assert practice_topics(guide) == shown


def test_the_lane_step_and_the_archetype_pages_show_no_course_files(alice_client, alice):
    pages = [
        alice_client.get(step_url(make_profile(alice), "lane")),
        alice_client.get(reverse("roles:archetypes")),
        *(alice_client.get(a.get_absolute_url()) for a in RoleArchetype.objects.all()),
    ]
    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        assert not COURSE.search(html), COURSE.search(html)
    lane_step = pages[0].content.decode()
    assert "Practice topics" in lane_step and "Tool calling agent" in lane_step


def test_the_guides_words_stay_in_the_database_for_editors():
    applied = RoleArchetype.objects.get(slug="applied-ai")
    assert applied.practice_focus.startswith("03_tool_calling_agent")
