"""Whether this address can use passkeys, and where to go instead.

WebAuthn needs a secure context and a domain name as the relying party's id: an IP
address such as 127.0.0.1 is refused by the browser ("This is an invalid domain") and
plain http works only on localhost. allauth's "Add" then just reloads the page, so the
passkey page says so up front (`make run` serves http://localhost:8000 for this reason).
"""

from __future__ import annotations

import ipaddress

from django.http import HttpRequest
from django.http.request import split_domain_port


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _is_localhost(host: str) -> bool:
    return host == "localhost" or host.endswith(".localhost")


def passkey_problem(request: HttpRequest) -> dict | None:
    """None when passkeys can work here, else {"reason": ..., "url": a working address or ""}."""
    host, port = split_domain_port(request.get_host())
    if _is_ip(host):
        where = f"localhost:{port}" if port else "localhost"
        loopback = ipaddress.ip_address(host.strip("[]")).is_loopback
        url = f"{request.scheme}://{where}{request.get_full_path()}" if loopback else ""
        return {
            "reason": f"Passkeys do not work at an IP address such as {host}: "
            "browsers need a name for the site.",
            "url": url,
        }
    if not request.is_secure() and not _is_localhost(host):
        return {
            "reason": "Passkeys need a secure (https) connection.",
            "url": f"https://{request.get_host()}{request.get_full_path()}",
        }
    return None
