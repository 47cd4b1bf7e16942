"""Our account settings and what hangs off them; included at /accounts/settings/ from
pivotapp/urls.py, beside (and before) allauth's own /accounts/ routes."""

from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("", views.account_page, name="page"),
    path("export/", views.download_data, name="export"),
    path("delete/", views.delete_account_view, name="delete"),
]
