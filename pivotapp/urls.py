from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from .admin_site import view_on_site

# A database out of reach is a 503 with its own page; any other failure the 500 page.
handler500 = "pivotapp.errors.server_error"

# Admin sign-in goes through allauth's login, so its rate limits protect staff accounts too.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    # Before admin's own r/ route, which it replaces (see pivotapp/admin_site.py).
    path(
        "admin/r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
        name="admin_view_on_site",
    ),
    path("admin/", admin.site.urls),
    # Ours first: allauth has no settings/ route (tests/test_account_urls.py checks), and
    # this order keeps it that way should one appear.
    path("accounts/settings/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("profiles/", include("profiles.urls")),
    path("applications/", include("profiles.applications.urls")),
    path("example/", include("profiles.example.urls")),
    path("shared/", include("profiles.sharing.public_urls")),
    path("", include("roles.urls")),
]
