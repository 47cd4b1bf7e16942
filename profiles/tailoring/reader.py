"""The profiles app's panel on /roles/read/ (registered in ProfilesConfig.ready()): pick
one of your profiles, see how it meets the posting, save the reading or tailor to it."""

from __future__ import annotations

from django.http import HttpRequest

from roles.reading import Catalog, Reading
from roles.reading.posting_facts import suggested

from ..models import Profile
from .fit import profile_fit
from .forms import RoleForm

NOT_YOURS = "Choose one of your profiles from the list"


class ProfilePanel:
    picker_template = "profiles/tailoring/_picker.html"
    result_template = "profiles/tailoring/_fit.html"

    def context(self, request: HttpRequest, reading: Reading | None, catalog: Catalog | None):
        if not request.user.is_authenticated:
            return {}
        # Most recently edited first, as on the profile list; one query, lanes joined.
        profiles = list(
            Profile.objects.filter(owner=request.user)
            .select_related("lane__group")
            .order_by("-updated_at")
        )
        chosen, error = choose(request, profiles)
        context = {"profiles": profiles, "chosen": chosen, "profile_error": error}
        if reading is not None and chosen is not None:
            title, company = suggested(reading.text, reading.regions)
            context["fit"] = profile_fit(chosen, reading, catalog)
            context["role_form"] = RoleForm(
                initial={"text": reading.text, "title": title, "company": company},
                auto_id="role_%s",
            )
        return context


def choose(request: HttpRequest, profiles: list[Profile]) -> tuple[Profile | None, str]:
    """The profile picked in the form; before any post, the latest edited one. An id
    that is not among the person's own gets the same message whether it exists or not."""
    if request.method != "POST":
        return (profiles[0] if profiles else None), ""
    wanted = request.POST.get("profile", "").strip()
    if not wanted:
        return None, ""
    chosen = next((p for p in profiles if str(p.pk) == wanted), None)
    return chosen, "" if chosen else NOT_YOURS
