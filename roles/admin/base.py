"""What the roles admin modules share."""

from django import forms
from django.db import models

# The guide's long fields are a sentence or two: a short box shows the whole text at once.
SHORT_TEXT = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 3, "cols": 80})}}
