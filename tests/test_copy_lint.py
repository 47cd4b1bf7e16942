"""check_copy: the copy lint the generator runs on its own output (profiles/coach/copy_lint)."""

import pytest

from profiles.coach.copy_lint import LINT_SLUGS, check_copy
from roles import guide
from roles.models import MessagingRule

pytestmark = pytest.mark.django_db

CLEAN_ABOUT = (
    "I built ExceptionLens, an assistant that reads carrier emails and cut triage from 11 to "
    "4 minutes. Before that I spent nine years on Java and Kotlin backends."
)


def slugs(findings) -> list[str]:
    return [f.rule_slug for f in findings]


@pytest.mark.parametrize(
    "text, kind, slug",
    [
        ("I ran the tests and Designing the retry policy was mine.", "linkedin_about", 0),
        ("It covers eligibility, and plus a few years of EDI.", "linkedin_about", 1),
        (
            "I built a quote agent (it reads the RFQ, checks lane rates and drafts a reply for "
            "the rep) in 6 weeks.",
            "linkedin_about",
            2,
        ),
        ("- ran everything on aws myself", "linkedin_about", 3),
        ("It hit 94% accuracy. In production it holds 94% accuracy.", "linkedin_about", 4),
        ("Senior Engineer at FreightPath | Backend | Java", "linkedin_headline", 6),
        ("I built it for a bank (can't share links).", "connection_note", 7),
        ("I shipped it.\nRare angle: production discipline.", "opener", 9),
    ],
)
def test_each_check_names_its_rule_and_says_how_to_fix_it(text, kind, slug):
    findings = check_copy(text, kind=kind)
    assert LINT_SLUGS[slug] in slugs(findings)
    finding = next(f for f in findings if f.rule_slug == LINT_SLUGS[slug])
    rule = MessagingRule.objects.get(slug=LINT_SLUGS[slug])
    assert finding.rule_name == rule.text and finding.fix == rule.fix and finding.message


def test_a_clean_text_has_no_finding():
    assert check_copy(CLEAN_ABOUT, kind="linkedin_about", names=["ExceptionLens"]) == []


def test_the_limit_is_the_templates_unless_given():
    headline = "Applied AI Engineer · LLM agents · " + "x" * 190
    assert "within-length-limit" in slugs(check_copy(headline, kind="linkedin_headline"))
    assert check_copy(headline, kind="linkedin_headline", limit=300) == []
    assert "within-length-limit" in slugs(check_copy(CLEAN_ABOUT, kind="pitch", limit=50))


def test_names_are_checked_as_typed():
    text = "Hi, I'm a staff engineer building production AI: Inference-gateway."
    findings = check_copy(text, kind="connection_note", names=["inference-gateway"])
    assert slugs(findings) == ["lint-name-case"]
    assert findings[0].quote == "Inference-gateway"
    assert "inference-gateway" in findings[0].message
    assert check_copy(text, kind="connection_note") == []


def test_rules_limited_to_other_texts_do_not_run():
    # Labels are for spoken text only; a headline may be in title case.
    assert check_copy("Rare angle: evals at scale.", kind="cold_intro") == []
    assert check_copy("AI Engineer · Payments and Lending", kind="linkedin_headline") == []


def test_only_the_lint_runs_not_the_guides_style_advice():
    # "passionate about" is the coach's filler rule, not a reading defect.
    text = "I am passionate about AI and built an agent for 40 brokers."
    assert check_copy(text, kind="linkedin_about") == []


def test_a_rule_staff_switch_off_stops_at_once():
    text = "It covers eligibility, and plus a few years of EDI."
    assert check_copy(text, kind="pitch")
    MessagingRule.objects.filter(slug="lint-doubled-words").update(is_active=False)
    guide.content_changed()
    assert check_copy(text, kind="pitch") == []


def test_the_same_input_gives_the_same_findings():
    text = "i built it. it works."
    assert check_copy(text, kind="pitch") == check_copy(text, kind="pitch")
