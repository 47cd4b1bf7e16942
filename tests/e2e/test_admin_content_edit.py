"""Scenario 5: a content editor changes an archetype's work shape and a message template
in /admin/, and the person's next step page shows the change (no restart, no cache)."""

from playwright.sync_api import expect

from profiles.models import Profile
from roles.models import RoleArchetype

NEW_WORK_SHAPE = "Ship agents with evals, guardrails and on-call runbooks"
NEW_HEADLINE = "Production AI Engineer · Agents that ship · {strengths}"


def test_an_admin_edit_shows_on_the_persons_next_step_page(browse, editor, make_account):
    alice = make_account("alice@example.com")
    applied = RoleArchetype.objects.get(slug="applied-ai")
    profile = Profile.objects.create(
        owner=alice,
        name="Applied AI",
        lane=applied,
        answers={"lane": "applied-ai", "background": {"strengths": "evals and rollouts"}},
    )

    person = browse(user=alice)
    person.goto(f"/profiles/{profile.pk}/steps/lane/")
    expect(person.get_by_text(applied.work_shape, exact=True)).to_be_visible()
    expect(person.get_by_text(NEW_WORK_SHAPE)).to_have_count(0)
    person.goto(f"/profiles/{profile.pk}/steps/messaging/")
    headline = person.locator("#preview-linkedin_headline .pasteable")
    expect(headline).to_have_text(
        "Production AI Engineer · Agentic Systems + Reliability · evals and rollouts"
    )

    admin = browse(user=editor)
    admin.goto("/admin/")
    admin.get_by_role("link", name="Role archetypes").click()
    admin.get_by_role("link", name=applied.name).click()
    admin.get_by_label("Work shape").fill(NEW_WORK_SHAPE)
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")

    admin.goto("/admin/")
    admin.get_by_role("link", name="Message templates").click()
    admin.get_by_role("link", name="LinkedIn headline", exact=True).click()
    admin.get_by_label("Body").fill(NEW_HEADLINE)
    admin.get_by_role("button", name="Save", exact=True).click()
    expect(admin.locator(".messagelist")).to_contain_text("was changed successfully")

    person.goto(f"/profiles/{profile.pk}/steps/lane/")
    expect(person.get_by_text(NEW_WORK_SHAPE, exact=True)).to_be_visible()
    person.goto(f"/profiles/{profile.pk}/steps/messaging/")
    expect(headline).to_have_text("Production AI Engineer · Agents that ship · evals and rollouts")
