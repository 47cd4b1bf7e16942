"""Step.url reverses once per profile object and fills in each step's slug: the same
addresses as reverse() gives for every step."""

from unittest import mock

import pytest
from django.urls import reverse

from profiles.steps import base
from profiles.steps.base import STEPS

from .step_data import make_profile

pytestmark = pytest.mark.django_db


def test_every_step_address_is_reverse_s(alice):
    profile = make_profile(alice)
    with mock.patch.object(base, "reverse", wraps=reverse) as counted:
        urls = [step.url(profile) for step in STEPS for _ in range(2)]
    assert counted.call_count == 1
    assert urls[::2] == [reverse("profiles:step", args=[profile.pk, s.slug]) for s in STEPS]


def test_profile_links_are_reverse_s(alice):
    from pivotapp.site import profile_url

    profile = make_profile(alice)
    for name, rest in [
        ("profiles:versions", ()),
        ("profiles:step", ("review",)),
        ("profiles:autosave", ("gaps",)),
        ("profiles:export", ("positioning", "md")),
        ("profiles:coach_dismiss", ()),
    ]:
        assert profile_url(name, profile.pk, *rest) == reverse(name, args=[profile.pk, *rest])
    # An id as typed (not a UUID) is reversed as it is, and checked by reverse().
    assert profile_url("profiles:versions", str(profile.pk)) == reverse(
        "profiles:versions", args=[profile.pk]
    )
