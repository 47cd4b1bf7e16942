"""The coach's findings and the text previews, drawn in Python (profiles/coach/html.py):
the markup the templates drew, escaped, for each way a page shows findings."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from profiles.coach.engine import Finding
from profiles.coach.html import findings_block

from .step_data import make_profile

pytestmark = pytest.mark.django_db

OPEN = Finding(
    text_key="linkedin_headline",
    rule_slug="no-buzzwords",
    rule_name="No <buzzwords>",
    severity="warning",
    quote="cutting-edge & synergy",
    message="Say what you shipped.",
    fix="Name the system.",
)
DISMISSED = Finding(
    text_key="linkedin_headline",
    rule_slug="needs-number",
    rule_name="Needs a number",
    severity="error",
    quote="",
    message="No figure.",
    fix="",
    dismissed=True,
)


def draw(**context) -> str:
    request = RequestFactory().get("/profiles/x/steps/messaging/?a=1")
    template = Template('{% include "profiles/_coach_findings.html" %}')
    return template.render(Context({"request": request, **context}))


def test_it_says_so_when_there_is_nothing_to_fix():
    html = draw(findings=[], text_key="pitch")
    assert '<div class="coach-block" id="coach-pitch">' in html
    assert "No findings: this text follows the messaging rules." in html
    assert "<ul" not in html


def test_it_escapes_what_staff_and_people_wrote(alice):
    html = draw(findings=[OPEN], profile=make_profile(alice))
    assert "No &lt;buzzwords&gt;" in html and "<buzzwords>" not in html
    assert "<q>cutting-edge &amp; synergy</q>" in html
    assert '<span class="coach-finding__tag">Warning</span>' in html
    assert "<strong>How to fix:</strong> Name the system." in html


def test_on_the_working_copy_each_finding_can_be_dismissed_or_brought_back(alice):
    profile = make_profile(alice)
    html = draw(findings=[OPEN, DISMISSED], profile=profile, text_key="linkedin_headline")
    url = f"/profiles/{profile.pk}/coach/dismiss/"
    assert html.count(f'formaction="{url}"') == 2
    assert 'name="coach_dismiss" value="linkedin_headline no-buzzwords"' in html
    assert 'name="coach_restore" value="linkedin_headline needs-number"' in html
    assert '<span class="coach-finding__tag">Dismissed</span> Needs a number' in html
    # Without JavaScript the step form posts where to come back to.
    back = "/profiles/x/steps/messaging/?a=1"
    assert f'<input type="hidden" name="coach_next" value="{back}">' in html
    assert "<form" not in html


def test_outside_a_form_each_button_has_a_form_with_its_token(alice):
    profile = make_profile(alice)
    html = draw(
        findings=[OPEN],
        profile=profile,
        coach_standalone=True,
        coach_next="/back/",
        csrf_token="TOKEN123",
    )
    assert html.count("<form") == 1 and html.count("</form>") == 1
    assert 'name="csrfmiddlewaretoken" value="TOKEN123"' in html
    assert '<input type="hidden" name="coach_next" value="/back/">' in html
    assert 'name="coach_standalone" value="1"' in html


@pytest.mark.parametrize("context", [{"coach_readonly": True}, {"profile": None}])
def test_a_saved_version_or_a_pasted_text_has_nothing_to_dismiss(alice, context):
    html = draw(findings=[OPEN], **({"profile": make_profile(alice)} | context))
    assert "coach_dismiss" not in html and "coach_next" not in html
    assert "Say what you shipped." in html


def test_the_block_alone_is_the_same_markup_as_through_the_template(alice):
    profile = make_profile(alice)
    url = f"/profiles/{profile.pk}/coach/dismiss/"
    direct = findings_block([OPEN], text_key="k", dismiss_url=url, coach_next="/n/")
    assert direct in draw(findings=[OPEN], profile=profile, text_key="k", coach_next="/n/")
