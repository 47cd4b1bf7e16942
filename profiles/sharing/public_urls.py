"""The mentor's page, outside /profiles/ so nothing about it looks like an owner URL."""

from django.urls import path

from . import views

app_name = "shared"
urlpatterns: list = [
    path("<str:token>/", views.shared_version, name="version"),
]
