"""The issue's "done when" in a real browser: open a saved version's LinkedIn page, see the
counts and findings, copy the headline to the clipboard, download the .md; JS on and off."""

from concurrent.futures import ThreadPoolExecutor

import pytest
from django.conf import settings
from django.test import Client

from tests.coach_data import make_profile, make_version

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HEADLINE = "Production AI Engineer · LangGraph, LangChain & CrewAI · Café ☕"


@pytest.fixture(autouse=True)
def _browser_env(monkeypatch):
    # The browser suite may leave an asyncio loop running in this thread (its session-wide
    # Playwright); the ORM calls made here, between page loads, are safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def in_own_thread(func):
    """Run Playwright's sync API in a thread of its own: the browser suite's session-wide
    Playwright keeps an asyncio loop running in the main thread, which the sync API refuses."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(func).result()


@pytest.mark.parametrize(("width", "javascript"), [(1280, True), (360, True), (360, False)])
def test_a_person_copies_and_downloads_a_versions_linkedin_copy(
    live_server, alice, width, javascript, tmp_path
):
    profile = make_profile(alice, overrides={"linkedin_headline": HEADLINE})
    make_version(profile)
    base = live_server.url
    cookie = session_cookie(alice)
    problems = in_own_thread(
        lambda: walk_through(base, cookie, profile.pk, width, javascript, tmp_path)
    )
    assert problems == []


def walk_through(base, cookie, pk, width, javascript, tmp_path) -> list[str]:
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=BROWSER_ARGS
        )
        context = browser.new_context(
            viewport={"width": width, "height": 900},
            java_script_enabled=javascript,
            accept_downloads=True,
        )
        if javascript:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": base}])
        page = context.new_page()
        page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(f"{base}/profiles/{pk}/versions/1/linkedin/")

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
        browser.close()
    return problems
