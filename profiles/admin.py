"""The profiles app's admin: applications as counts only (profiles/applications/admin.py).
Profiles, versions and readings are the person's own and have no admin pages."""

from .applications import admin  # noqa: F401
