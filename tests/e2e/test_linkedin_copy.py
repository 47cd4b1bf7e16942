"""The issue's "done when" in a real browser: open a saved version's LinkedIn page, see the
counts and findings, copy the headline to the clipboard, download the .md; JS on and off,
on a phone."""

import pytest

from tests.coach_data import make_profile, make_version

HEADLINE = "Production AI Engineer · LangGraph, LangChain & CrewAI · Café ☕"


# A phone, with JavaScript and without (Copy and the downloads at 1280 px with JavaScript are
# in the journey, tests/e2e/journey.py).
@pytest.mark.parametrize(("width", "javascript"), [(360, True), (360, False)])
def test_a_person_copies_and_downloads_a_versions_linkedin_copy(
    browse, base_url, alice, width, javascript, tmp_path
):
    profile = make_profile(alice, overrides={"linkedin_headline": HEADLINE})
    make_version(profile)
    problems: list[str] = []
    page = browse(js=javascript, width=width, user=alice)
    if javascript:
        page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(f"/profiles/{profile.pk}/versions/1/linkedin/")

    counts = page.locator("#count-linkedin_headline").inner_text()
    assert f"{len(HEADLINE)} / 220" in counts
    assert "200 free account" in page.locator("#count-connection_note").inner_text()
    assert "300 Premium account" in page.locator("#count-connection_note").inner_text()
    findings = page.locator("#status-linkedin_headline .coach-finding").inner_text()
    assert "Be framework-agnostic" in findings and "How to fix" in findings
    assert page.locator(".see-more-cut").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    copy = page.locator("button[data-copy-target='text-linkedin_headline']")
    if javascript:
        copy.click()
        status = page.locator("#copied-linkedin_headline")
        status.filter(has_text="Copied").wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == HEADLINE

        page.fill("#text-linkedin_headline", "é😀" * 111)
        page.locator("#status-linkedin_headline .limit-warning").wait_for()
        assert "222 / 220" in page.locator("#count-linkedin_headline").inner_text()
    else:
        assert not copy.is_visible()  # nothing to click without JavaScript
        page.fill("#text-linkedin_headline", "é😀" * 111)
        page.get_by_role("button", name="Check counts again").click()
        assert "222 / 220" in page.locator("#count-linkedin_headline").inner_text()
        assert page.locator("#status-linkedin_headline .limit-warning").is_visible()

    with page.expect_download() as info:
        page.get_by_role("link", name="LinkedIn copy (.md)").click()
    download = info.value
    assert download.suggested_filename == "pivot-applied-ai-v1-linkedin.md"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    assert HEADLINE in target.read_text(encoding="utf-8")
    assert problems == []
