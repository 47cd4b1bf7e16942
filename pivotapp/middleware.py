"""Response headers the whole site shares, beside SecurityMiddleware's and CSP's.

- Cross-Origin-Resource-Policy: no other site may embed our pages, files or downloads.
- Permissions-Policy: Pivot never uses these browser features, so no page (nor anything
  injected into one) may ask for them. WebAuthn (passkeys) is not listed: its default
  is this origin only, which is what passkeys need.
- Cache-Control for signed-in people: every page they get carries their email in the
  header and most carry their profiles, so no shared cache (proxy, CDN) may keep it and
  the browser must not store it on disk. profiles.owner.owned sets the same on owner
  data explicitly; this covers the account pages, lists and allauth's pages too.
"""

from __future__ import annotations

from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control

DENIED_FEATURES = (
    "accelerometer",
    "ambient-light-sensor",
    "autoplay",
    "bluetooth",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
)
PERMISSIONS_POLICY = ", ".join(f"{feature}=()" for feature in DENIED_FEATURES)


def private_no_store(response: HttpResponse) -> HttpResponse:
    patch_cache_control(response, private=True, no_store=True)
    return response


class SecurityHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            private_no_store(response)
        return response


STAFF_NEED_MFA = (
    "The admin needs a second factor on your account. Add an authenticator app or a "
    "passkey here, then open the admin again."
)


class AdminRequiresMFAMiddleware:
    """Staff reach /admin/ only with a second factor on their account (ADMIN_REQUIRES_MFA,
    on in production). allauth then asks for it at every sign-in, so a stolen password
    alone never opens the admin. Without one they are sent to set it up."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.ADMIN_REQUIRES_MFA and self._needs_second_factor(request):
            messages.warning(request, STAFF_NEED_MFA)
            return redirect("mfa_index")
        return self.get_response(request)

    @staticmethod
    def _needs_second_factor(request: HttpRequest) -> bool:
        user = request.user
        return (
            request.path.startswith(reverse("admin:index"))
            and user.is_authenticated
            and user.is_staff
            and not is_mfa_enabled(user)
        )


class MethodNotAllowedPageMiddleware:
    """A 405 with an empty body makes the browser show its own bare error page. A person
    lands on a POST-only address by a bookmark, a reload or a shared link (`/tailor/save/`,
    `/save-version/`): they get our page, saying what happened, with a way back. Owner
    URLs answer 405 only to their owner (anyone else gets the 404 first), so the link
    back to the profile reveals nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code != 405
            or request.method not in ("GET", "HEAD")
            or response.streaming
            or response.content
        ):
            return response
        page = render(request, "405.html", {"back": _way_back(request)}, status=405)
        for header in ("Allow", "Vary", "Cache-Control"):
            if response.has_header(header):
                page[header] = response[header]
        return page


def _way_back(request: HttpRequest) -> tuple[str, str]:
    """(URL, label) of the page the address belongs to."""
    match = request.resolver_match
    pk = match.kwargs.get("pk") if match else None
    if pk and match.namespace == "profiles":
        return reverse("profiles:detail", args=[pk]), "Back to this profile"
    if getattr(request, "user", None) is not None and request.user.is_authenticated:
        return reverse("profiles:list"), "Back to my profiles"
    return reverse("roles:home"), "Back to the start page"
