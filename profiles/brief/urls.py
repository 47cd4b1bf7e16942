"""Brief page and PDF, for the working copy and for a version; included from profiles/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/brief/", views.brief_page, name="brief"),
    path("<uuid:pk>/brief.pdf", views.brief_download, name="brief_pdf"),
    path("<uuid:pk>/versions/<int:number>/brief/", views.brief_page, name="version_brief"),
    path(
        "<uuid:pk>/versions/<int:number>/brief.pdf",
        views.brief_download,
        name="version_brief_pdf",
    ),
]
