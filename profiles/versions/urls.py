"""History, version, diff and restore URLs; included from profiles/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/versions/", views.history, name="versions"),
    # Before <int:number>/ so "compare" can never be read as a version number.
    path("<uuid:pk>/versions/compare/", views.compare, name="diff"),
    path("<uuid:pk>/versions/<int:number>/", views.version_detail, name="version"),
    path("<uuid:pk>/versions/<int:number>/restore/", views.restore, name="restore"),
]
