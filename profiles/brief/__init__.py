"""The one-page positioning brief: an HTML page that prints as one page, and the same as PDF."""
