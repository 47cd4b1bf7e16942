"""The coach's own URLs; included from profiles/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/coach/dismiss/", views.dismiss_finding, name="coach_dismiss"),
]
