from django.urls import path

from . import views

app_name = "roles"
urlpatterns = [
    path("", views.home, name="home"),
    path("roles/", views.archetype_list, name="archetypes"),
    # Before the archetype pattern, which would take "read" for a slug.
    path("roles/read/", views.read, name="read"),
    path("roles/<slug:slug>/", views.archetype_detail, name="archetype"),
    path("skills/", views.skills, name="skills"),
    path("gaps/", views.gaps, name="gaps"),
    path("glossary/", views.glossary, name="glossary"),
    path("healthz", views.healthz, name="healthz"),
]
