"""Data in, data out and sharing (issue 15), with JavaScript on and off: every page audited.

Scenario: alice shares version 1 with a mentor, who reads it signed out; alice sees the
view in her list and revokes the link; the mentor then gets the "not available" page.
"""

import re

import pytest
from playwright.sync_api import expect

from profiles.current_linkedin.compare import first_line


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_a_mentor_reads_a_shared_version_until_it_is_revoked(
    browse, a11y, guard, profile_with_two_versions, js
):
    profile = profile_with_two_versions
    page = browse(js=js, user=profile.owner)
    page.goto(f"/profiles/{profile.pk}/versions/1/")
    a11y.check(page, js=js)
    page.get_by_role("link", name="Share read-only link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Share read-only link to version 1")
    a11y.check(page, js=js)
    page.get_by_label("Who is it for? (optional)").fill("Sam, my mentor")
    page.get_by_label("30 days").check()
    page.get_by_role("button", name="Make the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your read-only link is ready")
    a11y.check(page, js=js)
    copy = page.get_by_role("button", name="Copy link")
    expect(copy).to_be_visible() if js else expect(copy).to_be_hidden()
    url = page.get_by_label(re.compile("Link to version 1")).input_value()
    assert re.search(r"/shared/[A-Za-z0-9_-]{43}/$", url)

    mentor = browse(js=js)
    mentor.goto(url)
    expect(mentor.get_by_role("heading", level=1)).to_contain_text("Positioning for Applied AI")
    expect(mentor.get_by_role("heading", name="LinkedIn copy")).to_be_visible()
    expect(mentor.get_by_role("heading", name="Skill ratings")).to_have_count(0)
    # Nothing of the account: no site navigation, no account menu, no forms.
    expect(mentor.get_by_role("navigation")).to_have_count(0)
    expect(mentor.locator("form")).to_have_count(0)
    expect(mentor.get_by_text("alice@example.com")).to_have_count(0)
    a11y.check(mentor, js=js)

    page.get_by_role("link", name="See and revoke your links").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Read-only links")
    row = page.get_by_role("row", name=re.compile("Sam, my mentor"))
    expect(row).not_to_contain_text("Never")
    a11y.check(page, js=js)
    row.get_by_role("button", name=re.compile("^Revoke")).click()
    expect(page.get_by_text("The link to version 1 no longer works")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("Sam, my mentor"))).to_contain_text("Revoked")
    a11y.check(page, js=js)

    guard.allow_console(r"status of 404 \(Not Found\)")
    response = mentor.goto(url)
    assert response.status == 404
    expect(mentor.get_by_role("heading", level=1)).to_have_text("This link is not available")
    a11y.check(mentor, js=js)
    a11y.assert_clean()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_the_one_page_brief_shows_and_downloads_as_a_pdf(
    browse, a11y, profile_with_two_versions, js
):
    from tests.brief_support import pdf_pages

    profile = profile_with_two_versions
    page = browse(js=js, user=profile.owner)
    page.goto(f"/profiles/{profile.pk}/steps/review/")
    a11y.check(page, js=js)
    page.get_by_role("navigation", name=profile.name, exact=True).get_by_role(
        "link", name="One-page brief"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Positioning brief")
    headline = page.locator("#brief-headline")
    expect(headline).to_contain_text("Eval-gated agents for support")
    expect(page.get_by_role("heading", name="Gaps, in order")).to_be_visible()
    a11y.check(page, js=js)

    with page.expect_download() as download:
        page.get_by_role("link", name="Download the brief (.pdf)").click()
    assert download.value.suggested_filename == "pivot-applied-ai-draft-brief.pdf"
    pages = pdf_pages(open(download.value.path(), "rb").read())  # noqa: SIM115
    assert len(pages) == 1 and headline.inner_text() in pages[0]
    assert "Support triage agent" in pages[0]

    # Printing hides the site around the brief, leaving the page the PDF shows.
    page.emulate_media(media="print")
    expect(page.get_by_role("navigation", name=profile.name, exact=True)).to_be_hidden()
    expect(page.get_by_role("link", name="Download the brief (.pdf)")).to_be_hidden()
    expect(headline).to_be_visible()
    a11y.assert_clean()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_start_from_the_current_linkedin_and_choose_per_text(
    browse, a11y, profile_with_two_versions, js
):
    profile = profile_with_two_versions
    about = "I build backend systems.\n\nNow learning LLMs and shipping a support agent."
    page = browse(js=js, user=profile.owner)
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    pivot_about = page.get_by_label("LinkedIn About, as it will paste").input_value()
    a11y.check(page, js=js)
    page.get_by_role("link", name="Start from your current LinkedIn").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Start from your current LinkedIn")
    a11y.check(page, js=js)

    page.get_by_label("Your current LinkedIn headline").fill("Senior backend engineer | Payments")
    page.get_by_label("Your current About").fill(about)
    page.get_by_role("button", name="Compare with Pivot’s copy").click()
    headline_card = page.get_by_role("region", name="LinkedIn headline")
    expect(headline_card.get_by_text("Name your AI work in the headline.")).to_be_visible()
    about_card = page.get_by_role("region", name="LinkedIn About")
    expect(about_card.get_by_text("learning LLMs").first).to_be_visible()
    expect(about_card.locator(".side-by-side del").first).to_be_visible()
    expect(about_card.locator(".side-by-side ins").first).to_be_visible()
    expect(page.get_by_label("Your current About")).to_have_value(about)
    a11y.check(page, js=js)

    about_card.get_by_role("button", name="Keep mine LinkedIn About", exact=True).click()
    expect(page.get_by_text("Your About is now this profile’s own")).to_be_visible()
    expect(about_card.get_by_text("yours, as pasted")).to_be_visible()
    a11y.check(page, js=js)
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    expect(page.get_by_label("LinkedIn About, as it will paste")).to_have_value(about)

    page.goto(f"/profiles/{profile.pk}/linkedin/current/")
    page.get_by_label("Your current About").fill(about)
    page.get_by_role("button", name="Compare with Pivot’s copy").click()
    about_card.get_by_role("button", name="Keep mine, with Pivot’s first line").click()
    expect(page.get_by_text("led by Pivot’s first line, is now this profile’s own")).to_be_visible()
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    kept = page.get_by_label("LinkedIn About, as it will paste").input_value()
    assert kept == first_line("linkedin_about", pivot_about) + "\n\n" + about

    page.goto(f"/profiles/{profile.pk}/linkedin/current/")
    page.get_by_label("Your current About").fill(about)
    page.get_by_role("button", name="Compare with Pivot’s copy").click()
    about_card.get_by_role("button", name="Use Pivot’s LinkedIn About", exact=True).click()
    expect(page.get_by_text("Pivot’s About is the one this profile uses")).to_be_visible()
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    expect(page.get_by_label("LinkedIn About, as it will paste")).to_have_value(pivot_about)
    a11y.check(page, js=js)
    a11y.assert_clean()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_import_a_downloaded_pivot_file_as_a_new_profile(
    browse, a11y, guard, profile_with_two_versions, js, tmp_path
):
    profile = profile_with_two_versions
    page = browse(js=js, user=profile.owner)
    page.goto(f"/profiles/{profile.pk}/linkedin/")
    a11y.check(page, js=js)
    with page.expect_download() as download:
        page.get_by_role("link", name="The working copy (.json)").click()
    exported = tmp_path / "pivot.json"
    download.value.save_as(exported)

    page.goto("/profiles/")
    page.get_by_role("link", name="Import a Pivot file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import a Pivot file")
    a11y.check(page, js=js)

    # A bad file first: the message sits next to the field and in the summary, with a 400.
    guard.allow_console(r"status of 400 \(Bad Request\)")
    bad = tmp_path / "notes.json"
    bad.write_text("my notes, not JSON")
    page.get_by_label("Pivot file (.json)").set_input_files(bad)
    page.get_by_role("button", name="Check and import").click()
    expect(page.locator("#id_file_error")).to_contain_text("The file is not a Pivot export")
    expect(page.get_by_role("alert")).to_contain_text("The file is not a Pivot export")
    a11y.check(page, js=js)

    page.get_by_label("Pivot file (.json)").set_input_files(exported)
    page.get_by_role("button", name="Check and import").click()
    # Its name is taken by the profile it came from: the import says where it came from.
    expect(page.get_by_text("Imported “Applied AI (imported)” as a new profile")).to_be_visible()
    assert "/steps/review/" in page.url and str(profile.pk) not in page.url
    a11y.check(page, js=js)

    page.goto("/profiles/")
    expect(page.get_by_role("link", name="Applied AI", exact=True)).to_have_count(1)
    expect(page.get_by_role("link", name="Applied AI (imported)", exact=True)).to_have_count(1)
    a11y.check(page, js=js)
    a11y.assert_clean()
