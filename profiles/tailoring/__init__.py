"""A posting read against one of the person's profiles: the fit, saved readings, and
"Tailor my copy to this role" (reorders and selects the person's own facts, never adds)."""
