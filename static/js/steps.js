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

// Double-click and autosave. A double-click on "Save and continue" must not land its second
// click on the next step's Save (the panel may already be swapped under the pointer), and
// nothing typed may be lost by following a link or leaving the page.
(function () {
  "use strict";

  var editedAt = 0; // when the step form last changed
  var savedUpTo = 0; // changes up to this time are saved

  function stepForm() {
    return document.getElementById("step-form");
  }
  function autosaveUrl() {
    var box = document.getElementById("autosave");
    return box && box.getAttribute("data-autosave-url");
  }
  function unsaved() {
    return !!stepForm() && !!autosaveUrl() && editedAt > savedUpTo;
  }

  // The second click of a double-click (event.detail counts clicks) never submits.
  document.addEventListener(
    "click",
    function (event) {
      if (event.detail > 1 && event.target.closest("#step-panel [type=submit]")) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    true
  );

  function edited(event) {
    if (event.target.closest && event.target.closest("#step-form")) {
      editedAt = Date.now();
    }
  }
  document.addEventListener("input", edited);
  document.addEventListener("change", edited);

  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (elt && (elt.id === "step-form" || elt.closest("#autosave"))) {
      event.detail.requestConfig.sentAt = Date.now();
    }
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var config = event.detail.requestConfig || {};
    if (config.sentAt && event.detail.successful) {
      var status = document.querySelector("#autosave-status [data-autosave=saved]");
      if (config.elt && config.elt.id === "step-form") {
        savedUpTo = config.sentAt;
      } else if (status) {
        savedUpTo = Math.max(savedUpTo, config.sentAt);
      }
    }
  });

  // "Saved at 14:02" in the person's own time zone, not the server's.
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.target.id !== "autosave-status") {
      return;
    }
    var time = event.target.querySelector("time[datetime]");
    if (time) {
      var when = new Date(time.getAttribute("datetime"));
      if (!isNaN(when)) {
        time.textContent = when.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
      }
    }
  });

  // Resolves true when saved; otherwise shows why in the status line (and the next click
  // on a link leaves anyway: the person has been told).
  function saveNow() {
    var sentAt = Date.now();
    function notSaved(html) {
      savedUpTo = sentAt;
      var status = document.getElementById("autosave-status");
      if (status) {
        status.innerHTML = html || "<span class=autosave__problem>Not saved — no connection.</span>";
        if (window.htmx) {
          window.htmx.process(status);
        }
      }
      return false;
    }
    return fetch(autosaveUrl(), {
      method: "POST",
      body: new FormData(stepForm()),
      credentials: "same-origin",
      keepalive: true,
    }).then(
      function (response) {
        return response.text().then(function (html) {
          if (response.ok && html.indexOf('data-autosave="saved"') !== -1) {
            savedUpTo = sentAt;
            return true;
          }
          return notSaved(response.ok ? html : "");
        });
      },
      function () {
        return notSaved("");
      }
    );
  }

  // A link away from a step with unsaved changes: save first, then follow it.
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link || !unsaved() || link.hasAttribute("download") || link.target === "_blank") {
        return;
      }
      if (link.origin !== window.location.origin || link.getAttribute("href").charAt(0) === "#") {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      saveNow().then(function (saved) {
        if (saved) {
          link.click(); // nothing unsaved now: htmx or the browser follows it as usual
        }
      });
    },
    true
  );

  // Closing the tab or going back: the browser still delivers a beacon.
  window.addEventListener("pagehide", function () {
    if (unsaved() && navigator.sendBeacon) {
      savedUpTo = Date.now();
      navigator.sendBeacon(autosaveUrl(), new FormData(stepForm()));
    }
  });
})();

// A live preview swaps a text's findings out of band while the person may have tabbed
// into them (a finding that appeared mid-word, with its Dismiss button). Focus stays on
// the same control when the new findings still have it, else goes back to the box the
// person typed in, never to the top of the page.
(function () {
  "use strict";

  var source = null; // the element whose request is being answered
  var kept = null; // what had focus inside a block about to be swapped

  document.addEventListener("htmx:beforeRequest", function (event) {
    source = event.detail.elt;
  });

  // The main swap too: a live preview that redraws the block around the box being typed
  // in must not drop keyboard focus to <body> (seen under load in the keyboard journey).
  document.addEventListener("htmx:beforeSwap", keep);
  document.addEventListener("htmx:oobBeforeSwap", keep);

  function keep(event) {
    var active = document.activeElement;
    var target = event.detail.target;
    if (!active || active === document.body || !target || !target.contains(active)) {
      return;
    }
    kept = {
      id: active.id,
      name: active.getAttribute("name"),
      value: active.getAttribute("value"),
      from: source,
    };
  }

  function restore() {
    var was = kept;
    kept = null;
    var active = document.activeElement;
    if (!was || (active && active !== document.body && active.isConnected)) {
      return;
    }
    var same =
      (was.id && document.getElementById(was.id)) ||
      (was.name &&
        document.querySelector(
          '[name="' + CSS.escape(was.name) + '"][value="' + CSS.escape(was.value || "") + '"]'
        ));
    var el = same || was.from;
    if (el && el.isConnected) {
      el.focus();
    }
  }
  document.addEventListener("htmx:oobAfterSwap", restore);
  document.addEventListener("htmx:afterSettle", restore);
})();
