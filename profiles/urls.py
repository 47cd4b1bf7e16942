from django.urls import include, path

from . import views
from .applications.urls import profile_urlpatterns as application_urls

app_name = "profiles"
urlpatterns: list = [
    path("", views.profile_list, name="list"),
    path("new/", views.profile_create, name="create"),
    path("<uuid:pk>/", views.profile_detail, name="detail"),
    path("<uuid:pk>/rename/", views.profile_rename, name="rename"),
    path("<uuid:pk>/delete/", views.profile_delete, name="delete"),
    path("", include("profiles.steps.urls")),
    path("<uuid:pk>/save-version/", views.save_version, name="save_version"),
    path("", include("profiles.versions.urls")),
    path("", include("profiles.exports.urls")),
    path("", include("profiles.coach.urls")),
    path("", include("profiles.tailoring.urls")),
    path("", include("profiles.sharing.urls")),
    path("", include("profiles.brief.urls")),
    path("", include("profiles.current_linkedin.urls")),
    path("", include("profiles.importing.urls")),
    path("", include(application_urls)),
]
