"""Scenario 2: the same journey with JavaScript off (plain form posts, full pages), every
page audited with axe."""

from .journey import Journey

EMAIL = "erin@example.com"


def test_a_visitor_signs_up_and_builds_two_versions_without_javascript(
    browse, a11y, mailoutbox, tmp_path
):
    journey = Journey(page=browse(js=False), js=False, a11y=a11y)
    journey.read_the_public_pages()
    journey.sign_up_and_confirm(EMAIL, mailoutbox)
    journey.create_profile("Applied AI")
    journey.complete_the_seven_steps()
    journey.save_version("First draft", 1)
    journey.edit_the_headline()
    journey.save_version("Sharper headline", 2)
    journey.see_the_diff()
    journey.restore_version_1()
    journey.linkedin_copy_and_download(tmp_path)
    a11y.assert_clean()
