"""Start from my current LinkedIn: paste headline and About, see the coach and a word diff
against Pivot's copy, keep any pasted text as the profile's own. Nothing is stored until
the person chooses a text to keep."""
