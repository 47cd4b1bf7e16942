"""Read-only links to a saved version, for a mentor: create, list, revoke, and the public page."""
