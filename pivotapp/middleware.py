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

from django.http import HttpRequest, HttpResponse
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
