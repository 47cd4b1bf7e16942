"""Saving, numbering and restoring versions (built by the versions work, issue 4)."""
