// Pivot: small progressive enhancements. No inline scripts anywhere (CSP).

// Lets the stylesheet hide what only matters without JavaScript (e.g. "only Save keeps
// your edits" on the steps, where scripts autosave).
document.documentElement.classList.add("js");
