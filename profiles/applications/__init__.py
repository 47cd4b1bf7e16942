"""Applications: a posting tracked from the reading to an interview (issue 25)."""
