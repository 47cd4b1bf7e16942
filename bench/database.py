"""The benchmark's own database and data: one person with a complete profile and 1,000
versions, and 200 more accounts with every step filled (the step-save load writes to them).

Run before Django is set up for the CREATE DATABASE part (it needs a connection to the
server's maintenance database, not to the one that may not exist yet).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import psycopg
from psycopg import sql

BENCH_EMAIL = "bench@pivot.localhost"
VERSION_COUNT = 1000
ACCOUNT_COUNT = 200
ACCOUNT_DOMAIN = "bench-accounts.pivot.localhost"


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
    accounts: list = field(default_factory=list)  # Account rows for the step-save load


@dataclass
class Account:
    cookie: str  # "sessionid=..." of a signed-in session
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
    return Seeded(user=user, profile=profile, accounts=seed_accounts(profile))


def seed_accounts(template, count: int = ACCOUNT_COUNT) -> list[Account]:
    """`count` people, each signed in with one profile whose steps are all filled (a copy of
    the bench profile's answers), so the table sizes look like a live site's and the
    step-save load has a profile per concurrent writer. The previous run's are deleted."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.test import Client

    from profiles.models import Profile

    User = get_user_model()
    User.objects.filter(email__endswith=f"@{ACCOUNT_DOMAIN}").delete()
    unusable = make_password(None)
    users = User.objects.bulk_create(
        User(username=f"bench{n}", email=f"bench{n}@{ACCOUNT_DOMAIN}", password=unusable)
        for n in range(count)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in users
    )
    profiles = Profile.objects.bulk_create(
        Profile(owner=u, name="Applied AI", lane=template.lane, answers=template.answers)
        for u in users
    )
    accounts = []
    for user, profile in zip(users, profiles, strict=True):
        client = Client()
        client.force_login(user)
        accounts.append(Account(f"sessionid={client.cookies['sessionid'].value}", profile))
    return accounts
