"""Read a posting against a profile, save the reading, tailor the copy to the role and
save it as a version: with JavaScript (htmx swaps in place) and without (plain posts),
every page audited with axe."""

import re

import pytest
from playwright.sync_api import expect

from profiles.models import SavedReading, Version
from tests.tailoring_data import GATEWAY, make_profile, posting

LABEL = "Tailored: AI Platform Engineer at Caldera"


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_read_save_tailor_and_save_a_version(browse, a11y, make_account, js):
    profile = make_profile(make_account("erin@example.com"))
    page = browse(js=js, user=profile.owner)

    page.goto("/roles/read/")
    a11y.check(page, js=js)
    page.get_by_label("Job posting").fill(posting("c01_ai_platform_engineer"))
    expect(page.get_by_label("Compare with one of your profiles")).to_have_value(str(profile.pk))
    page.get_by_role("button", name="Read the posting").click()
    expect(page.get_by_role("heading", name="How “Applied AI” meets this posting")).to_be_visible()
    expect(page.get_by_text(re.compile(r"Match rate: \d+ of 9"))).to_be_visible()
    expect(page.get_by_label("Company")).to_have_value("Caldera")
    a11y.check(page, js=js)

    page.get_by_role("button", name="Save to profile").click()
    if js:  # swapped in place: still the reader, the tailor button still there
        expect(
            page.get_by_text("Saved “AI Platform Engineer at Caldera” to Applied AI")
        ).to_be_visible()
        assert page.url.endswith("/roles/read/")
    else:  # a plain post lands on the saved reading
        expect(page.get_by_role("heading", name="AI Platform Engineer at Caldera")).to_be_visible()
    a11y.check(page, js=js)
    assert SavedReading.objects.filter(profile=profile).count() == 1

    page.get_by_role("button", name="Tailor my copy to this role").click()
    expect(page.get_by_role("heading", name=LABEL, level=1)).to_be_visible()
    expect(page.get_by_text(f"Your artifact “{GATEWAY}” now leads.")).to_be_visible()
    expect(page.locator("ins").first).to_be_visible()
    a11y.check(page, js=js)
    assert not Version.objects.filter(profile=profile).exists()  # a draft until saved

    page.get_by_role("button", name="Save as version", exact=True).click()
    expect(
        page.get_by_text(f"Saved version 1: {LABEL}. Your working copy is unchanged.")
    ).to_be_visible()
    a11y.check(page, js=js)
    page.goto(f"/profiles/{profile.pk}/versions/")
    expect(page.get_by_text(LABEL)).to_be_visible()
    a11y.check(page, js=js)
    a11y.assert_clean()


@pytest.mark.parametrize("js", [True, False], ids=["js", "nojs"])
def test_the_matching_artifact_leads_says_why_and_another_can_be_chosen(
    browse, a11y, make_account, js
):
    """Issue 21's case: a logistics posting, a person whose second artifact is that work."""
    from profiles.models import Profile
    from roles.models import RoleArchetype
    from roles.reading.evaluation import parse_posting
    from tests.test_tailoring_lead import LANEBRIDGE, PERSON

    owner = make_account("lena@example.com")
    profile = Profile.objects.create(
        owner=owner, name="Lena", lane=RoleArchetype.objects.get(slug="applied-ai"), answers=PERSON
    )
    page = browse(js=js, user=owner)
    page.goto("/roles/read/")
    a11y.check(page, js=js)
    page.get_by_label("Job posting").fill(parse_posting(LANEBRIDGE).text)
    page.get_by_role("button", name="Read the posting").click()
    expect(page.get_by_label("Role title")).to_have_value("AI Engineer, LLM Applications")
    expect(page.get_by_label("Company")).to_have_value("Lanebridge Logistics")
    a11y.check(page, js=js)
    page.get_by_role("button", name="Tailor my copy to this role").click()

    why = page.locator(".lead-choice__why")
    expect(why).to_contain_text("ExceptionLens leads because the posting asks for:")
    expect(why).to_contain_text("carrier emails")
    note = page.get_by_label("Tailored, as it will paste").first
    expect(note).to_have_value(re.compile(r"^Hi, I saw the AI Engineer, LLM Applications role"))
    a11y.check(page, js=js)

    page.get_by_label("Eval harness").check()
    page.get_by_role("button", name="Tailor with this artifact").click()
    expect(why).to_contain_text("Eval harness leads because you chose it.")
    expect(page.get_by_label("Tailored, as it will paste").first).to_have_value(
        re.compile("Eval harness")
    )
    a11y.check(page, js=js)
    page.get_by_role("button", name="Save as version", exact=True).click()
    expect(page.get_by_text("Saved version 1")).to_be_visible()
    a11y.check(page, js=js)
    version = Version.objects.get(profile=profile)
    texts = {t["key"]: t["text"] for t in version.snapshot["texts"]}
    assert "Eval harness" in texts["connection_note"]
    a11y.assert_clean()
