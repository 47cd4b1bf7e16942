// Guided form: keep focus sane after htmx swaps the step panel, and let a 409 (stale
// revision) response be swapped in so the person sees both versions.
(function () {
  "use strict";

  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.target;
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    // Only a swap of the whole panel moves focus; live previews (sent from a textarea,
    // answered with out-of-band swaps) must leave the caret where the person is typing.
    if (!target || target.id !== "step-panel" || (source && source.tagName === "TEXTAREA")) {
      return;
    }
    var hinted = target.querySelector("[data-focus]");
    var wanted = hinted && document.getElementById(hinted.getAttribute("data-focus"));
    var el =
      wanted ||
      target.querySelector("#conflict") ||
      target.querySelector("#error-summary") ||
      target.querySelector("#step-heading");
    if (el) {
      if (!el.hasAttribute("tabindex") && !/^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(el.tagName)) {
        el.setAttribute("tabindex", "-1");
      }
      el.focus();
      if (el.scrollIntoView && el.id === "step-heading") {
        window.scrollTo(0, 0);
      }
    }
  });
})();
