"""`make bench`: server time and SQL query count per request, on its own database."""
