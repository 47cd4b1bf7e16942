"""Scenarios 1 and 3: the whole journey with JavaScript on (htmx), by keyboard only.

Every control is reached with Tab / Shift+Tab and worked with Enter, Space or the arrow
keys; every focus stop shows a visible focus indicator, no page traps focus, and every
page passes axe. It asserts all the pointer walk with JavaScript asserted (no reload on a
step submit, Back and Forward, Copy, every download), which it replaces: a click and a
key press reach the same control and send the same request. The only steps not done on
the page are opening the emailed confirmation link and the browser's Back and Forward.
"""

from .journey import Journey
from .keyboard import Keyboard

EMAIL = "kim@example.com"


def test_the_journey_works_with_javascript_and_the_keyboard_only(
    browse, a11y, mailoutbox, tmp_path
):
    page = browse(js=True)
    journey = Journey(page=page, js=True, a11y=a11y, keys=Keyboard(page))
    journey.run_whole_journey(EMAIL, mailoutbox, tmp_path)
    a11y.assert_clean()
