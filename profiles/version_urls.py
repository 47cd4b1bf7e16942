"""History, version, diff and restore URLs; included from profiles/urls.py."""

urlpatterns: list = []
