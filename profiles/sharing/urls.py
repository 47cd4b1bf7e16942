"""Owner-side share URLs, included from profiles/urls.py; the public page is in public_urls."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("<uuid:pk>/shares/", views.link_list, name="shares"),
    path("<uuid:pk>/shares/<int:link_id>/revoke/", views.revoke, name="share_revoke"),
    path("<uuid:pk>/versions/<int:number>/share/", views.create, name="share_create"),
]
