"""Import a Pivot .json export as a new profile, or over a working copy after confirmation."""
