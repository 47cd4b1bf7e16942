"""The design promises 4.5:1 contrast in `prefers-color-scheme: dark` too, and a layout
down to a 360 px phone: axe (WCAG 2.1 A/AA) on every kind of page in both."""

import pytest
from allauth.mfa.models import Authenticator

STEPS = ["background", "credibility", "lane", "skills", "gaps", "messaging", "review"]
PUBLIC = ["/", "/roles/", "/roles/applied-ai/", "/skills/", "/gaps/", "/glossary/"]


# Dark and narrow at once: light at 1280 px is what the journeys audit already.
@pytest.mark.parametrize(("scheme", "width"), [("dark", 360)], ids=["dark-360"])
def test_every_kind_of_page_passes_axe(browse, a11y, profile_with_two_versions, scheme, width):
    profile = profile_with_two_versions
    base = f"/profiles/{profile.pk}"
    private = [
        "/profiles/",
        *(f"{base}/steps/{slug}/" for slug in STEPS),
        f"{base}/versions/",
        f"{base}/versions/1/",
        f"{base}/versions/compare/?a=1&b=2",
        f"{base}/linkedin/",
        f"{base}/linkedin/current/",
        f"{base}/brief/",
        f"{base}/versions/1/share/",
        f"{base}/shares/",
        f"{base}/import/",
        "/profiles/import/",
        "/accounts/2fa/webauthn/",  # the passkey list (issue 23), with one key
    ]
    Authenticator.objects.create(
        user=profile.owner,
        type=Authenticator.Type.WEBAUTHN,
        data={
            "name": "Phone",
            "credential": {"clientExtensionResults": {"credProps": {"rk": True}}},
        },
    )
    visitor = browse(color_scheme=scheme, width=width)
    for url in [*PUBLIC, "/accounts/signup/", "/accounts/login/"]:
        visitor.goto(url)
        a11y.check(visitor, js=True)
    person = browse(user=profile.owner, color_scheme=scheme, width=width)
    for url in private:
        person.goto(url)
        a11y.check(person, js=True)
    # The pages only a form post reaches: a new share link, and the mentor's page.
    person.goto(f"{base}/versions/1/share/")
    person.get_by_role("button", name="Make the link").click()
    a11y.check(person, js=True)
    shared = person.get_by_label("Link to version 1").input_value()
    visitor.goto(shared)
    a11y.check(visitor, js=True)
    a11y.assert_clean()
