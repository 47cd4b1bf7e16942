""" "Keep mine, with Pivot's first line": what Pivot's first line is, and the text it makes."""

from profiles.current_linkedin.compare import blend, first_line

PIVOT_HEADLINE = "Applied AI Engineer · LLM agents for freight · ExceptionLens"
PIVOT_ABOUT = "I built ExceptionLens, which cut triage from 11 to 4 minutes.\n\nBefore that…"


def test_pivots_first_line_is_the_headlines_role_and_the_abouts_first_sentence():
    assert first_line("linkedin_headline", PIVOT_HEADLINE) == "Applied AI Engineer"
    assert first_line("linkedin_about", PIVOT_ABOUT) == (
        "I built ExceptionLens, which cut triage from 11 to 4 minutes."
    )


def test_a_headline_keeps_the_pasted_parts_after_the_pasted_role_in_its_separator():
    text, trimmed = blend(
        "linkedin_headline", "Senior Engineer at Acme | Backend | Java", PIVOT_HEADLINE, 220
    )
    assert (text, trimmed) == ("Applied AI Engineer | Backend | Java", False)


def test_a_one_part_headline_follows_pivots_role():
    text, _ = blend("linkedin_headline", "Backend engineer", PIVOT_HEADLINE, 220)
    assert text == "Applied AI Engineer · Backend engineer"


def test_a_headline_drops_its_last_parts_to_stay_within_the_limit():
    pasted = "Engineer · " + " · ".join(["x" * 60] * 4)
    text, trimmed = blend("linkedin_headline", pasted, PIVOT_HEADLINE, 220)
    assert trimmed and len(text) <= 220
    assert text == "Applied AI Engineer · " + " · ".join(["x" * 60] * 3)


def test_an_about_gets_pivots_first_sentence_as_its_own_first_paragraph():
    text, _ = blend("linkedin_about", "  I am a backend engineer.  ", PIVOT_ABOUT, 2600)
    assert text == (
        "I built ExceptionLens, which cut triage from 11 to 4 minutes.\n\nI am a backend engineer."
    )


def test_no_blend_without_pivots_line_or_when_yours_already_starts_with_it():
    assert blend("linkedin_about", "Mine.", "", 2600) == ("", False)
    lead = first_line("linkedin_about", PIVOT_ABOUT)
    assert blend("linkedin_about", f"{lead}\n\nMine.", PIVOT_ABOUT, 2600) == ("", False)
