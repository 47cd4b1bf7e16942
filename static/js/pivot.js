// Pivot: small progressive enhancements. No inline scripts anywhere (CSP).

// Lets the stylesheet hide what only matters without JavaScript (e.g. "only Save keeps
// your edits" on the steps, where scripts autosave).
document.documentElement.classList.add("js");

// Past a per-client limit (pivotapp/limits.py) the server answers 429 with a page that
// says when to try again. htmx does not swap error answers, so the button would seem
// dead: show that page's content in place of this page's, and move focus to it.
document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  var main = document.getElementById("main");
  if (!xhr || xhr.status !== 429 || !main) {
    return;
  }
  event.detail.shouldSwap = true;
  event.detail.isError = false;
  event.detail.target = main;
  event.detail.selectOverride = "#main";
  event.detail.swapOverride = "outerHTML";
});

document.addEventListener("htmx:afterSettle", function (event) {
  var xhr = event.detail.xhr;
  var heading = xhr && xhr.status === 429 && document.querySelector("#main h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }
});
