"""The worked example: /example/<lane>/steps/<step>/, its LinkedIn copy, and the copy."""

from django.urls import path

from . import views

app_name = "example"
urlpatterns: list = [
    path("", views.example_home, name="home"),
    path("<slug:lane>/", views.example_lane_home, name="lane"),
    path("<slug:lane>/steps/<slug:slug>/", views.example_step, name="step"),
    path("<slug:lane>/linkedin/", views.example_linkedin, name="linkedin"),
    path("<slug:lane>/start/", views.start, name="start"),
]
