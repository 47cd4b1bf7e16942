"""Saved readings and tailoring URLs; included from profiles/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/readings/", views.reading_list, name="readings"),
    path("<uuid:pk>/readings/save/", views.save_reading, name="reading_save"),
    path("<uuid:pk>/readings/<int:reading_id>/", views.reading_detail, name="reading"),
    path(
        "<uuid:pk>/readings/<int:reading_id>/delete/", views.reading_delete, name="reading_delete"
    ),
    path("<uuid:pk>/tailor/", views.tailor, name="tailor"),
    path("<uuid:pk>/tailor/save/", views.tailor_save, name="tailor_save"),
]
