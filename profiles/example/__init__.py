"""The worked example: the sample profile (profiles/sample/) shown read-only, step by step,
in the same step pages as a real profile, and copied into a new profile on request.

No database row stands for it. `example_profile(lane)` is an unsaved Profile built from
the sample's answers for each request, so the step handlers, templates and generation run
unchanged. What keeps it read-only:

- its views answer GET and HEAD only (POST, PUT, ... get 405), and none of them writes;
- the panel is rendered with `read_only`: the fields sit in a disabled fieldset with no
  method, action, CSRF token, save button or autosave (templates/profiles/_step_panel.html),
  and every form field is disabled with its htmx attributes removed (`freeze`);
- the profile's step links point at /example/ (Step.url asks the profile), and the page
  header is the example's own: no breadcrumb to "My profiles", no versions, rename,
  delete or export links.

"Start from this example" (services.start_from_example) is the one POST: it creates a
profile of the signed-in person through profiles.services.
"""
