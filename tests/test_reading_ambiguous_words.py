"""Ambiguous skill words need context (roles migration 0021): a passing "API", "latency"
or "cost" alone lists no skill; said twice, or with a specific phrase, it does."""

import pytest

from roles.models import ReadingSignal
from roles.reading.engine import MIN_SKILL_SCORE

from .reading_support import skill_flags

pytestmark = pytest.mark.django_db

HEAD = "Backend Engineer\n\nWhat you'll do\n- "


def skills(text: str) -> dict:
    return skill_flags(HEAD + text)


def test_the_words_sit_below_the_threshold_in_rows_of_their_own():
    row = ReadingSignal.objects.get(skill__slug="apis", phrase="API")
    assert row.weight < MIN_SKILL_SCORE
    main = ReadingSignal.objects.filter(skill__slug="apis", weight=3).order_by("pk").first()
    assert "API" not in main.synonyms.splitlines() and "webhooks" in main.synonyms


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Our API serves a million shoppers a day", "apis"),
        ("Keep latency low for shoppers", "latency"),
        ("Keep the cost of the project down", "cost"),
        ("Improve security of the office", "security"),
        ("Run inference jobs overnight", "serving"),
    ],
)
def test_a_passing_word_alone_lists_no_skill(text, slug):
    assert slug not in skills(text)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Design REST APIs and webhooks for partners", "apis"),
        ("Keep p99 latency under 300 ms", "latency"),
        ("Own FinOps: token costs per team", "cost"),
        ("Our API is public.\n- Version the API carefully", "apis"),
    ],
)
def test_a_specific_phrase_or_a_second_mention_does(text, slug):
    assert slug in skills(text)
