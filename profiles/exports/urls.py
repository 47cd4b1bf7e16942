"""LinkedIn copy and downloads; included from profiles/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/linkedin/", views.linkedin, name="linkedin"),
    path("<uuid:pk>/linkedin/check/", views.linkedin_check, name="linkedin_check"),
    # Before the generic pattern, which would read "version.json" as what=version.
    path("<uuid:pk>/export/version.json", views.export_json, name="export_json"),
    path("<uuid:pk>/export/<str:what>.<str:fmt>", views.export, name="export"),
    path("<uuid:pk>/versions/<int:number>/linkedin/", views.linkedin, name="version_linkedin"),
    path(
        "<uuid:pk>/versions/<int:number>/linkedin/check/",
        views.linkedin_check,
        name="version_linkedin_check",
    ),
    path(
        "<uuid:pk>/versions/<int:number>/export/version.json",
        views.export_json,
        name="version_export_json",
    ),
    path(
        "<uuid:pk>/versions/<int:number>/export/<str:what>.<str:fmt>",
        views.export,
        name="version_export",
    ),
]
