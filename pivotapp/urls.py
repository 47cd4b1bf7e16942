from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

# Admin sign-in goes through allauth's login, so its rate limits protect staff accounts too.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("admin/", admin.site.urls),
    # Ours first: allauth has no settings/ route (tests/test_account_urls.py checks), and
    # this order keeps it that way should one appear.
    path("accounts/settings/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("profiles/", include("profiles.urls")),
    path("shared/", include("profiles.sharing.public_urls")),
    path("", include("roles.urls")),
]
