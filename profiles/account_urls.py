"""The account page and what hangs off it; included at /account/ from pivotapp/urls.py."""

from django.urls import path

from . import account_views

app_name = "accounts"
urlpatterns = [
    path("", account_views.account_page, name="page"),
    path("export/", account_views.download_data, name="export"),
    path("delete/", account_views.delete_account_view, name="delete"),
]
