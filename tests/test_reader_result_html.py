"""roles/reading/result_html.py: the group, the lanes and the skills written in Python
draw what the template drew before (whitespace aside), escaping included."""

import dataclasses
import re
from pathlib import Path

import pytest
from django.template import Context, Template

from roles.reading import load_catalog, read_posting
from roles.reading.evaluation import POSTINGS_DIR, parse_posting
from roles.reading.result_html import reading_html

pytestmark = pytest.mark.django_db

# templates/roles/read.html's result as the template engine drew it before, kept verbatim.
TEMPLATE = Template((Path(__file__).parent / "data" / "reader_result_template.html").read_text())
NASTY = "<b>&\"'"


def drawn_by_template(reading) -> str:
    return TEMPLATE.render(Context({"reading": reading}))


def same_html(a: str, b: str) -> bool:
    def squeeze(html: str) -> str:
        return re.sub(r"\s+", " ", html).strip()

    return squeeze(a) == squeeze(b)


@pytest.fixture
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    "name",
    ["d01_llm_eval_engineer", "a01_pretraining_research", "c01_ai_platform_engineer"],
)
def test_a_labelled_posting_draws_as_the_template_did(catalog, name):
    reading = read_posting(parse_posting(POSTINGS_DIR / f"{name}.txt").text, catalog)
    assert reading.group is not None and reading.required_skills
    assert same_html(reading_html(reading), drawn_by_template(reading))


def test_a_posting_without_group_or_skills_draws_as_the_template_did(catalog):
    reading = read_posting("We are hiring a friendly person to answer the phone.", catalog)
    assert reading.group is None and not reading.skills
    assert not any(a.evidence for a in reading.archetypes)
    html = reading_html(reading)
    assert same_html(html, drawn_by_template(reading))
    assert "Pivot could not tell this posting's group." in html


@pytest.mark.parametrize(
    ("text", "required", "nice"),
    [
        ("AI Engineer\n\nRequirements:\n- Python and RAG pipelines\n", True, False),
        ("AI Engineer\n\nNice to have:\n- Python and RAG pipelines\n", False, True),
    ],
)
def test_required_only_and_nice_only_draw_as_the_template_did(catalog, text, required, nice):
    reading = read_posting(text, catalog)
    assert bool(reading.required_skills) is required and bool(reading.nice_skills) is nice
    assert same_html(reading_html(reading), drawn_by_template(reading))


def test_names_from_the_guide_are_escaped_as_the_template_escaped_them(catalog):
    def nasty(info, *fields):
        return dataclasses.replace(info, **{f: NASTY + getattr(info, f) for f in fields})

    hostile = dataclasses.replace(
        catalog,
        groups=tuple(nasty(g, "name", "typical_roles", "verdict") for g in catalog.groups),
        archetypes=tuple(nasty(a, "name") for a in catalog.archetypes),
        skills=tuple(nasty(s, "name", "domain") for s in catalog.skills),
        _index={},
    )
    text = parse_posting(POSTINGS_DIR / "d01_llm_eval_engineer.txt").text
    reading = read_posting(text + "\n\nNice to have: <script>x</script> LLM evals", hostile)
    html = reading_html(reading)
    assert NASTY not in html and "&lt;b&gt;&amp;&quot;&#x27;" in html
    assert same_html(html, drawn_by_template(reading))
