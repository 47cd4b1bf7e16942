"""Walk-through bugs (issue 9) in a real browser: a double-click on "Save and continue" saves
one step, not the next one too; what is typed survives leaving by a step link; and the
coach's finding count follows a dismissal without a reload."""

import re

import pytest
from playwright.sync_api import expect

from profiles import steps
from profiles.models import Profile
from roles.models import RoleArchetype

from .helpers import full_answers

AI_WORK = "a runbook RAG assistant over 1,200 on-call runbooks"


@pytest.fixture
def alice(make_account):
    return make_account("alice@example.com")


def step_list(page):
    return page.get_by_role("navigation", name="Steps")


def test_a_double_click_saves_one_step_only(browse, alice):
    profile = Profile.objects.create(owner=alice, name="Applied AI")
    page = browse(user=alice)
    page.goto(f"/profiles/{profile.pk}/steps/lane/")
    page.get_by_role("radio", name="Applied AI / Agent Engineer").check()
    save = page.get_by_role("button", name="Save and continue")
    save.dblclick()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skills")

    # The second click of a double-click landing after the panel was swapped (a fast
    # server) falls on the Skills step's own Save: it must not submit it.
    skills_save = page.get_by_role("button", name="Save and continue")
    skills_save.scroll_into_view_if_needed()
    box = skills_save.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    # Count every submit and every htmx request from here on, in the page itself.
    page.evaluate(
        """() => {
            window.__sent = 0;
            const count = () => { window.__sent += 1; };
            document.addEventListener("submit", count, true);
            document.addEventListener("htmx:beforeRequest", count, true);
        }"""
    )
    page.mouse.down(click_count=2)
    page.mouse.up(click_count=2)
    # The browser acknowledges an input event once its handlers have run, and a click on
    # a submit button submits (and htmx sends) within them: none was counted, so none
    # will be. No waiting for something not to happen.
    assert page.evaluate("window.__sent") == 0
    expect(page.get_by_role("heading", level=1)).to_have_text("Skills")

    profile.refresh_from_db()
    assert profile.answers.get("lane") == "applied-ai"
    assert "skills" not in profile.answers
    expect(step_list(page).get_by_text("Complete", exact=True)).to_have_count(1)


def test_typed_text_survives_leaving_by_a_step_link(browse, alice):
    profile = Profile.objects.create(owner=alice, name="Applied AI")
    page = browse(user=alice)
    page.goto(f"/profiles/{profile.pk}/steps/background/")
    page.get_by_label("Your AI work", exact=True).fill(AI_WORK)
    # Straight to another step, before any autosave pause has passed.
    step_list(page).get_by_role("link", name=re.compile("Credibility")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Credibility")
    step_list(page).get_by_role("link", name=re.compile("Background")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Background")
    expect(page.get_by_label("Your AI work", exact=True)).to_have_value(AI_WORK)
    profile.refresh_from_db()
    assert not steps.is_complete("background", profile.answers)


def test_autosave_says_when_it_saved_and_the_next_save_is_not_stale(browse, alice):
    profile = Profile.objects.create(owner=alice, name="Applied AI")
    page = browse(user=alice)
    page.goto(f"/profiles/{profile.pk}/steps/lane/")
    page.get_by_role("radio", name="Applied AI / Agent Engineer").check()
    status = page.get_by_role("status").filter(has_text="Saved at")
    expect(status).to_contain_text(re.compile(r"Saved at \d{1,2}:\d{2}"))
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Skills")  # no 409
    profile.refresh_from_db()
    assert profile.revision == 2


def test_without_javascript_the_page_says_only_save_keeps_edits(browse, alice):
    profile = Profile.objects.create(owner=alice, name="Applied AI")
    page = browse(user=alice, js=False)
    page.goto(f"/profiles/{profile.pk}/steps/background/")
    expect(page.get_by_text("Only “Save and continue” keeps what you typed")).to_be_visible()


def test_dismissing_a_finding_updates_the_count_at_once(browse, alice):
    answers = full_answers()
    answers["messaging"]["overrides"]["linkedin_headline"] = "Transitioning to AI engineering"
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        answers=answers,
        lane=RoleArchetype.objects.get(slug="applied-ai"),
    )
    page = browse(user=alice)
    page.goto(f"/profiles/{profile.pk}/steps/messaging/")
    count = page.locator("#finding-count")
    before = int(re.search(r"has (\d+) finding", count.inner_text()).group(1))
    block = page.locator("#coach-linkedin_headline")
    block.get_by_role("button", name=re.compile("^Dismiss")).first.click()
    expect(block.get_by_role("button", name=re.compile("^Bring back"))).to_have_count(1)
    expected = "no findings" if before == 1 else f"has {before - 1} finding"
    expect(count).to_contain_text(expected)
