from django.urls import include, path

app_name = "profiles"
urlpatterns: list = [
    # Step, profile list and review URLs are added here by the guided-form work.
    path("", include("profiles.version_urls")),
]
