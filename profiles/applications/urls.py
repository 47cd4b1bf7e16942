"""/applications/ URLs; included from pivotapp/urls.py. Tracking from a profile's reader
panel or version is under /profiles/ (profiles/urls.py includes `profile_urlpatterns`)."""

from django.urls import path

from . import detail_views, track_views, views, week_views

app_name = "applications"
urlpatterns: list = [
    path("", views.board_page, name="board"),
    path("new/", track_views.new, name="new"),
    path("week/", week_views.week, name="week"),
    path("applications.csv", views.download, name="csv"),
    path("<uuid:pk>/", detail_views.show, name="detail"),
    path("<uuid:pk>/status/", views.move, name="move"),
    path("<uuid:pk>/details/", detail_views.edit, name="edit"),
    path("<uuid:pk>/prep/", detail_views.prep, name="prep"),
    path("<uuid:pk>/interviews/", detail_views.add_event, name="add_event"),
    path(
        "<uuid:pk>/interviews/<int:event_id>/delete/",
        detail_views.delete_event,
        name="delete_event",
    ),
    path("<uuid:pk>/delete/", detail_views.delete, name="delete"),
]

profile_urlpatterns: list = [
    path("<uuid:pk>/applications/track/", track_views.track_reading, name="track_reading"),
    path(
        "<uuid:pk>/readings/<int:reading_id>/track/",
        track_views.track_saved,
        name="track_saved",
    ),
    path(
        "<uuid:pk>/versions/<int:number>/track/",
        track_views.track_version,
        name="track_version",
    ),
]
