from django.urls import path

from . import views

urlpatterns: list = [
    path("import/", views.import_new, name="import"),
    path("<uuid:pk>/import/", views.import_replace, name="import_replace"),
]
