"""A person's whole account life in a real browser: sign up, confirm, sign out and in,
reset a forgotten password, download the data, delete the account. With JS on and off."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache

PASSWORD = "amber kettle sunrise 4412 bridge"
NEW_PASSWORD = "silver orchard window 8801 river"


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # allauth counts sign-ins and reset requests in the cache; each run starts at zero.
    cache.clear()
    yield
    cache.clear()


def link_in_last_email(pattern: str) -> str:
    match = re.search(pattern, mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(0)


@pytest.mark.parametrize(("width", "javascript"), [(1280, True), (360, False)])
def test_a_person_signs_up_resets_downloads_and_deletes(browse, width, javascript):
    email = f"zoe{width}@example.com"
    problems: list[str] = []
    page = browse(js=javascript, width=width)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

    page.goto("/")
    page.get_by_role("link", name="Sign up").click()
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    assert page.locator("h1").inner_text() == "Confirm your email address"

    page.goto(link_in_last_email(r"http://[^\s]+/accounts/confirm-email/[^\s]+/"))
    page.get_by_role("button", name="Confirm").click()
    assert email in page.locator(".site-account").inner_text()

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("link", name="Sign in").click()
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    assert email in page.locator(".site-account").inner_text()
    page.get_by_role("button", name="Sign out").click()

    page.get_by_role("link", name="Sign in").click()
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email address").fill(email)
    page.get_by_role("button", name="Send the reset link").click()
    assert page.locator("h1").inner_text() == "Check your email"
    page.goto(link_in_last_email(r"http://[^\s]+/accounts/password/reset/key/[^\s]+/"))
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("Type the new password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set new password").click()
    page.get_by_role("link", name="Sign in").last.click()
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.get_by_role("link", name=email).click()
    assert page.locator("h1").inner_text() == "Your account"
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data").click()
    with open(download.value.path(), encoding="utf-8") as handle:
        document = json.load(handle)
    assert document["account_email"] == email

    page.get_by_role("link", name="Delete my account").click()
    page.get_by_label("Your password").fill("not my password")
    page.get_by_role("button", name="Delete my account").click()
    assert "That is not your password." in page.locator(".field--error").inner_text()
    page.get_by_label("Your password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    assert "have been deleted" in page.locator(".flash-list").inner_text()
    assert page.get_by_role("link", name="Sign in").is_visible()

    assert not get_user_model().objects.filter(email=email).exists()
    assert problems == []
