from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/linkedin/current/", views.start_from_linkedin, name="current_linkedin"),
]
