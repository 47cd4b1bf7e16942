"""The harness itself: the guide survives transactional flushes, and each guard can fail."""

import pytest
from playwright.sync_api import expect

from roles.models import MessageTemplate, RoleArchetype

INLINE_STYLE_PAGE = (
    "<!doctype html><html lang='en'><head><title>t</title></head>"
    "<body><main><h1>t</h1><p style='color:red'>inline</p><img src='/static/img/favicon.svg'>"
    "</main></body></html>"
)


def _assert_guide_seeded(page):
    assert RoleArchetype.objects.count() == 5
    assert MessageTemplate.objects.exists()
    page.goto("/roles/")
    expect(page.locator(".d2d__bar")).to_have_count(5)


@pytest.mark.parametrize("run", ["first", "second"])
def test_the_seeded_guide_is_there_in_every_e2e_test(browse, run):
    # Run twice: the second run proves the flush after the first one was rolled back.
    _assert_guide_seeded(browse())


def test_the_guard_reports_csp_violations_and_console_errors(browse, guard, base_url):
    page = browse()
    page.route(
        f"{base_url}/harness-csp",
        lambda route: route.fulfill(
            body=INLINE_STYLE_PAGE,
            content_type="text/html",
            headers={"Content-Security-Policy": "default-src 'self'; style-src 'self'"},
        ),
    )
    # Wait for what the browser reports (the console line, then the event), not a while.
    with page.expect_console_message(lambda message: "Content Security Policy" in message.text):
        page.goto("/harness-csp")
    page.wait_for_function("window.__cspViolations.length > 0")
    guard.collect_open_pages(page.context)
    assert any("style-src" in item for item in guard.csp), guard.problems()
    assert any("Content Security Policy" in item for item in guard.console), guard.problems()
    page.close()
    guard.csp.clear()
    guard.console.clear()


def test_the_nojs_audit_sees_what_a_nojs_visitor_sees(browse, auditor, base_url):
    page = browse(js=False)
    page.route(
        f"{base_url}/harness-a11y",
        lambda route: route.fulfill(
            body="<!doctype html><html lang='en'><head><title>t</title></head><body><main>"
            "<h1>t</h1><noscript><img src='/static/img/favicon.svg'></noscript>"
            "</main></body></html>",
            content_type="text/html",
        ),
    )
    page.goto("/harness-a11y")
    assert auditor.check(page, js=False) == 1
    assert "image-alt" in auditor.violations[0] and "[nojs] /harness-a11y" in auditor.violations[0]
    auditor.violations.clear()

    # The next page replaces the audited document in place: its own problems are found
    # (styles included: grey on white), and none of the first page's.
    page.route(
        f"{base_url}/harness-a11y-2",
        lambda route: route.fulfill(
            body="<!doctype html><html lang='en'><head><title>t</title>"
            "<style>p { color: #ccc; background: #fff; }</style></head><body><main>"
            "<h1>t</h1><p>faint</p></main></body></html>",
            content_type="text/html",
        ),
    )
    page.goto("/harness-a11y-2")
    assert auditor.check(page, js=False) == 1
    assert "color-contrast" in auditor.violations[0], auditor.violations
    assert "[nojs] /harness-a11y-2" in auditor.violations[0]
    auditor.violations.clear()


def test_the_js_audit_fails_on_a_violation_and_on_an_unaudited_page(browse, auditor, base_url):
    page = browse(js=True)
    page.route(
        f"{base_url}/harness-a11y",
        lambda route: route.fulfill(
            body="<!doctype html><html lang='en'><head><title>t</title></head><body><main>"
            "<h1>t</h1><button></button></main></body></html>",
            content_type="text/html",
        ),
    )
    page.goto("/harness-a11y")
    assert auditor.check(page, js=True) == 1
    assert "button-name" in auditor.violations[0]
    page.goto("/roles/")
    assert auditor.unaudited() == ["[js] /roles/"]
    with pytest.raises(AssertionError, match="button-name"):
        auditor.assert_clean()
    auditor.violations.clear()
    auditor.check(page, js=True)
    auditor.assert_clean()


def test_colour_contrast_is_checked_once_per_drawing_and_again_when_it_changes(
    browse, auditor, base_url
):
    def serve(path: str, colour: str, words: str) -> None:
        page.route(
            f"{base_url}{path}",
            lambda route: route.fulfill(
                body="<!doctype html><html lang='en'><head><title>t</title>"
                f"<style>/* contrast-harness */ p {{ color: {colour}; background: #fff; }}"
                f"</style></head><body><main><h1>t</h1><p>{words}</p></main></body></html>",
                content_type="text/html",
            ),
        )

    def audit(path: str) -> tuple[int, int, int]:
        checked, reused = auditor.contrast_checked, auditor.contrast_reused
        page.goto(path)
        found = auditor.check(page, js=True)
        return found, auditor.contrast_checked - checked, auditor.contrast_reused - reused

    page = browse(js=True)
    # A colour no other page uses: its paragraph is a new drawing (the h1 may not be).
    serve("/harness-contrast-1", "#212223", "dark words")
    found, checked, reused = audit("/harness-contrast-1")
    assert found == 0 and checked >= 1 and checked + reused == 2

    # Other words in the same drawing: contrast is not checked again; the other rules run.
    serve("/harness-contrast-2", "#212223", "other, longer dark words")
    assert audit("/harness-contrast-2") == (0, 0, 2)

    # The same words in a faint colour: a new drawing, checked, and the violation found.
    serve("/harness-contrast-3", "#cccdce", "other, longer dark words")
    assert audit("/harness-contrast-3") == (1, 1, 1)
    assert "color-contrast" in auditor.violations[0], auditor.violations
    auditor.violations.clear()
