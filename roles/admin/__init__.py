"""Django admin for the guide's content, laid out for a content editor.

Day-to-day shares and per-lane gap priorities are edited only inline, inside their
archetype and gap: that is where their rules (shares add up to 100, one priority per
lane) can be checked as a whole before anything is saved.

One module per concern; importing them registers their ModelAdmins.
"""

from django.contrib import admin

from . import guidance, lanes, messaging, reading_signals, skills

admin.site.site_header = "Pivot content"
admin.site.site_title = "Pivot content"
admin.site.index_title = "Edit the guide"

__all__ = ["guidance", "lanes", "messaging", "reading_signals", "skills"]
