from django.urls import path

from . import views

# No app_name: these names stay in the profiles namespace (profiles:step and so on).
urlpatterns: list = [
    path("<uuid:pk>/steps/messaging/preview/", views.messaging_preview, name="preview"),
    path("<uuid:pk>/steps/<slug:slug>/", views.step_view, name="step"),
    path("<uuid:pk>/steps/<slug:slug>/autosave/", views.step_autosave, name="autosave"),
]
