"""Share links: made, found and revoked only here.

A token is 32 random bytes (256 bits) shown once; the database keeps its SHA-256. A
visit hashes whatever token it was given and does one lookup on the unique hash index,
so a wrong token costs the same work as a right one and no comparison leaks a prefix.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from ..models import ShareLink, Version

TOKEN_BYTES = 32
DEFAULT_DAYS = 14
EXPIRY_DAYS = (1, 7, 14, 30, 90)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def create_link(
    *, version: Version, days: int = DEFAULT_DAYS, show_skills: bool = False, label: str = ""
) -> tuple[ShareLink, str]:
    """A new link and its token; the token is not stored and cannot be shown again."""
    if days not in EXPIRY_DAYS:
        raise ValueError(f"A link lasts one of {EXPIRY_DAYS} days.")
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = ShareLink.objects.create(
        version=version,
        token_hash=hash_token(token),
        label=label.strip(),
        show_skills=show_skills,
        expires_at=timezone.now() + timedelta(days=days),
    )
    return link, token


def live_links(version: Version) -> int:
    """Links to `version` that still work: the ones PIVOT_MAX_SHARE_LINKS caps."""
    return ShareLink.objects.filter(
        version=version, revoked_at__isnull=True, expires_at__gt=timezone.now()
    ).count()


def too_many_links(version: Version) -> str:
    return (
        f"Version {version.number} has {settings.PIVOT_MAX_SHARE_LINKS} links that still "
        "work, the most one version can have. Revoke one you no longer need (below), then "
        "make this one."
    )


def find_active(token: str) -> ShareLink | None:
    """The live link for `token`, or None for a wrong, revoked or expired one.

    One indexed query whatever the token; the viewing date is written only for a hit.
    """
    now = timezone.now()
    link = (
        ShareLink.objects.select_related("version__profile")
        .filter(token_hash=hash_token(token), revoked_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if link is not None:
        ShareLink.objects.filter(pk=link.pk).update(last_viewed_at=now)
        link.last_viewed_at = now
    return link


def revoke_link(*, link: ShareLink) -> ShareLink:
    # One conditional UPDATE: revoking twice keeps the first date.
    updated = ShareLink.objects.filter(pk=link.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if updated:
        link.refresh_from_db(fields=["revoked_at"])
    return link


def status(link: ShareLink, *, now=None) -> str:
    """ "revoked", "expired" or "active", for the owner's list."""
    now = now or timezone.now()
    if link.revoked_at is not None:
        return "revoked"
    if link.expires_at <= now:
        return "expired"
    return "active"
