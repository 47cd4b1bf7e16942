// Copy buttons for text a person pastes elsewhere (LinkedIn page). Loaded as a file, never
// inline, so it runs under the strict CSP. Without JavaScript the buttons stay hidden and
// the textarea itself is selectable.
(function () {
  "use strict";

  var timers = {};

  function say(statusId, message) {
    var status = statusId && document.getElementById(statusId);
    if (!status) return;
    status.textContent = message;
    clearTimeout(timers[statusId]);
    timers[statusId] = setTimeout(function () { status.textContent = ""; }, 4000);
  }

  function fallbackCopy(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch (e) {
      return false;
    }
  }

  function copy(button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    var statusId = button.getAttribute("data-copy-status");
    if (!field) return;
    var done = function () { say(statusId, "Copied"); };
    var failed = function () {
      if (fallbackCopy(field)) done();
      else say(statusId, "Could not copy: the text is selected, press Ctrl+C (or Cmd+C).");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, failed);
    } else {
      failed();
    }
  }

  function reveal(root) {
    var buttons = (root || document).querySelectorAll("[data-copy-target]");
    for (var i = 0; i < buttons.length; i++) buttons[i].hidden = false;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-copy-target]");
    if (!button) return;
    event.preventDefault();
    copy(button);
  });

  reveal(document);
  document.addEventListener("htmx:afterSwap", function (event) { reveal(event.target); });
})();
