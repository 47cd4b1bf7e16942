"""Driving a page with the keyboard only, checking the focus indicator on every stop.

`Keyboard.tab_to(locator)` presses Tab (or Shift+Tab when the target comes earlier in the
page) until the target has focus, and fails when it cannot get there. After each press it
records a style signature of the newly focused element (its own outline, box-shadow,
border, background and colour, plus its label's and its parent's, since a ring can be
drawn on a wrapper or on a radio's label), and compares the previous element's signature
while focused with its signature once focus has left: identical means no visible focus
indicator, and that element is reported.

`assert_no_focus_trap()` tabs forward through a whole page from the top and requires every
tabbable element to be reached and focus to leave the page (or wrap to the start).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import ElementHandle, Locator, Page

_STEP_JS = """
(target) => {
  const sig = (el) => {
    if (!el || el === document.body) return "";
    const parts = [el, el.labels && el.labels[0], el.parentElement].filter(Boolean);
    return parts.map((node) => {
      const s = getComputedStyle(node);
      // An outline that is not drawn is no indicator, whatever its offset or colour.
      const outline = s.outlineStyle === "none" || s.outlineWidth === "0px" ? "none"
        : [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset].join(" ");
      return [outline, s.boxShadow,
              s.borderTopColor, s.borderBottomColor, s.borderBottomWidth, s.backgroundColor,
              s.color, s.textDecorationLine, s.textDecorationThickness].join("|");
    }).join("||");
  };
  const ids = window.__kbdIds || (window.__kbdIds = {map: new WeakMap(), next: 1});
  const describe = (el) => {
    if (!el || el === document.body) return "<body>";
    if (!ids.map.has(el)) ids.map.set(el, ids.next++);
    const name = (el.getAttribute("aria-label") || (el.labels && el.labels[0]
      && el.labels[0].textContent) || el.textContent || el.value || "").trim().slice(0, 50);
    const id = el.id ? "#" + el.id : "";
    const field = el.name ? " name=" + el.name : "";
    return `#${ids.map.get(el)} <${el.tagName.toLowerCase()}${id}${field}> ${name}`;
  };
  const k = window.__kbd || (window.__kbd = {prev: null, prevSig: "", missing: []});
  if (k.prev && k.prev !== document.activeElement && k.prev.isConnected) {
    if (sig(k.prev) === k.prevSig) k.missing.push(describe(k.prev));
  }
  const el = document.activeElement;
  k.prev = el;
  k.prevSig = sig(el);
  const missing = k.missing.splice(0);
  const reached = !!target && el === target;
  return {focused: describe(el), missing, url: location.pathname, reached};
}
"""

_TABBABLE_JS = """
() => Array.from(document.querySelectorAll(
  'a[href], button, input, select, textarea, summary, [tabindex]'
)).filter((el) => {
  if (el.disabled || el.tabIndex < 0) return false;
  if (el.type === "hidden") return false;
  const style = getComputedStyle(el);
  if (style.visibility === "hidden" || style.display === "none") return false;
  if (el.closest("[inert], [aria-hidden=true]")) return false;
  if (el.closest("details:not([open])") && el.tagName !== "SUMMARY") return false;
  const rect = el.getBoundingClientRect();
  const choice = el.matches("input[type=radio], input[type=checkbox]");
  if (rect.width === 0 && rect.height === 0 && !choice) return false;
  // A radio group is one tab stop: the checked radio, or the first one.
  if (el.type === "radio" && el.name) {
    const group = Array.from(el.form ? el.form.elements : document.querySelectorAll("input"))
      .filter((r) => r.type === "radio" && r.name === el.name);
    const checked = group.find((r) => r.checked);
    if ((checked || group[0]) !== el) return false;
  }
  return true;
}).length
"""


@dataclass
class Keyboard:
    page: Page
    max_presses: int = 400
    no_indicator: list[str] = field(default_factory=list)
    stops: int = 0

    def press(self, key: str, target: Locator | ElementHandle | None = None) -> dict:
        """Press `key`, record the new focus stop; `reached`: whether `target` has focus
        (asked in the same round trip to the browser)."""
        self.page.keyboard.press(key)
        state = (target or self.page).evaluate(_STEP_JS)
        self.stops += 1
        self.no_indicator.extend(f"{state['url']}: {item}" for item in state["missing"])
        return state

    def start(self) -> None:
        """Forget the focus history (call after a navigation the keyboard did not cause)."""
        self.page.evaluate("() => { window.__kbd = undefined; }")

    def tab_to(self, target: Locator) -> None:
        target = target.first
        # Where the target is from the focus: "here", or the way to Tab towards it.
        where = target.evaluate(
            """el => {
              const active = document.activeElement;
              if (el === active) return "here";
              if (!active || active === document.body) return "Tab";
              const before = active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING;
              return before ? "Shift+Tab" : "Tab";
            }"""
        )
        if where == "here":
            return
        seen: list[str] = []
        # The element itself, found once: a locator would be looked up again on every press.
        element = target.element_handle()
        try:
            for _ in range(self.max_presses):
                state = self.press(where, element)
                seen.append(state["focused"])
                if state["reached"]:
                    return
        finally:
            element.dispose()
        raise AssertionError(
            f"could not reach {target} with {where} in {self.max_presses} presses; "
            f"last stops: {seen[-12:]}"
        )

    def type_into(self, target: Locator, text: str) -> None:
        self.tab_to(target)
        self.page.keyboard.press("ControlOrMeta+a")
        self.page.keyboard.type(text)

    def activate(self, target: Locator, key: str = "Enter") -> None:
        self.tab_to(target)
        self.page.keyboard.press(key)

    def choose_radio(self, group_member: Locator, wanted: Locator) -> None:
        """Tab into a radio group, then arrow to the wanted option (arrows also select)."""
        self.tab_to(group_member)
        for _ in range(12):
            if wanted.is_checked():
                return
            self.page.keyboard.press("ArrowDown")
        raise AssertionError(f"arrows never selected {wanted}")

    def assert_no_focus_trap(self) -> None:
        """Tab from the top of the page: every tabbable element is reached and focus leaves
        the page (or wraps to the first element) instead of cycling inside a part of it."""
        page = self.page
        # Start from the very top, as after a page load: a focusable-by-script probe at the
        # start of <body> moves the sequential navigation starting point there.
        page.evaluate(
            """() => {
              const probe = document.createElement("span");
              probe.tabIndex = -1;
              probe.dataset.kbdProbe = "";
              document.body.prepend(probe);
              probe.focus();
            }"""
        )
        self.start()
        tabbable = page.evaluate(_TABBABLE_JS)
        visited: list[str] = []
        for _ in range(tabbable + 3):
            state = self.press("Tab")
            if state["focused"] == "<body>" or (visited and state["focused"] == visited[0]):
                break
            visited.append(state["focused"])
        else:
            raise AssertionError(
                f"{page.url}: focus did not leave the page after {tabbable + 3} Tab presses "
                f"({tabbable} tabbable elements): trapped among {sorted(set(visited))[-10:]}"
            )
        assert len(set(visited)) >= tabbable, (
            f"{page.url}: only {len(set(visited))} of {tabbable} tabbable elements reached "
            f"by Tab: {visited}"
        )
        self.start()

    def assert_indicators(self) -> None:
        assert not self.no_indicator, "No visible focus indicator on:\n" + "\n".join(
            sorted(set(self.no_indicator))
        )
