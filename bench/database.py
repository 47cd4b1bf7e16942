"""The benchmark's own database and data: one person, one complete profile, 200 versions.

Run before Django is set up for the CREATE DATABASE part (it needs a connection to the
server's maintenance database, not to the one that may not exist yet).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

BENCH_EMAIL = "bench@pivot.localhost"
VERSION_COUNT = 200


def ensure_database(url: str) -> str:
    """Create the database named in the URL if it is missing; return its name."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "pgsql"}:
        raise SystemExit(f"bench needs a PostgreSQL DATABASE_URL, got {parts.scheme!r}")
    if parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"bench only talks to a database on this machine, not {parts.hostname}")
    name = parts.path.lstrip("/")
    admin = psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username or "postgres",
        password=parts.password,
        dbname="postgres",
        autocommit=True,
    )
    with admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return name


@dataclass
class Seeded:
    user: object
    profile: object


def seed(client) -> Seeded:
    """A fresh bench user (the previous run's is deleted with its profiles and versions),
    a profile filled through the real step forms, and VERSION_COUNT saved versions."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from profiles.models import Profile
    from profiles.versions.snapshot import HEADLINE_KEY, save_version
    from tests.step_data import STEP_SLUGS, step_url, valid_data

    User = get_user_model()
    User.objects.filter(email=BENCH_EMAIL).delete()
    user = User.objects.create_user(username="bench", email=BENCH_EMAIL)
    user.set_unusable_password()  # signed in with force_login only
    user.save(update_fields=["password"])
    EmailAddress.objects.create(user=user, email=BENCH_EMAIL, primary=True, verified=True)
    profile = Profile.objects.create(owner=user, name="Bench: Applied AI")

    client.force_login(user)
    for slug in STEP_SLUGS:
        profile.refresh_from_db()
        response = client.post(step_url(profile, slug), valid_data(slug, profile.revision))
        if response.status_code != 302:
            raise SystemExit(f"seeding step {slug} answered {response.status_code}")
    profile.refresh_from_db()
    # Each version edits the working copy a little, so the v1-v200 diff has real changes.
    base = copy.deepcopy(profile.answers)
    for number in range(1, VERSION_COUNT + 1):
        answers = copy.deepcopy(base)
        answers["background"]["edge"] = f"{base['background']['edge']}, iteration {number}"
        answers.setdefault("messaging", {}).setdefault("overrides", {})[HEADLINE_KEY] = (
            f"Senior engineer moving into applied AI | shipped {number} agent releases"
        )
        Profile.objects.filter(pk=profile.pk).update(answers=answers)
        profile.answers = answers
        save_version(profile=profile, note=f"bench version {number}")
    profile.refresh_from_db()
    return Seeded(user=user, profile=profile)
