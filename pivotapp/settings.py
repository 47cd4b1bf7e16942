"""Pivot settings: everything that differs between machines comes from the environment.

Every variable read here is listed, with its default, in `.env.example`.
"""

import os
import sys
from pathlib import Path

import dj_database_url
import django.forms
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


TESTING = "pytest" in sys.modules or env_bool("PIVOT_TESTING")

DEBUG = env_bool("DEBUG", default=False)
# DJANGO_SECURE=1 marks a deployment behind HTTPS: secure cookies, HSTS, redirects.
SECURE = env_bool("DJANGO_SECURE", default=False)

_INSECURE_DEV_KEY = "django-insecure-pivot-development-key-not-for-production"
SECRET_KEY = env_str("SECRET_KEY", _INSECURE_DEV_KEY if (DEBUG or TESTING) else "")
if not (DEBUG or TESTING) and (
    len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure")
):
    # A production process must not start with a guessable key: sessions and password
    # reset links are signed with it.
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random string of at least 50 characters when DEBUG is off."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if not DEBUG else "*")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # naturaltime ("2 hours ago") for allauth's passkey and session lists.
    "django.contrib.humanize",
    "django.forms",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_htmx",
    "template_partials",
    "csp",
    "roles",
    "profiles",
    "accounts",
]

MIDDLEWARE = [
    # Outermost: its headers reach every response, errors from the layers below included.
    "pivotapp.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses pages (static files come pre-compressed from whitenoise, above it). Django's
    # gzip pads each response with random bytes against BREACH: see docs/security.md.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "pivotapp.middleware.AdminRequiresMFAMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "csp.middleware.CSPMiddleware",
    # Innermost: our page for a GET on a POST-only address, drawn with the request's
    # context, with CSP and the other headers added on its way out.
    "pivotapp.middleware.MethodNotAllowedPageMiddleware",
]

# Every form field drawn by the Jinja2 template templates/jinja2/forms/field.html
# (as_field_group); see pivotapp/forms.py.
FORM_RENDERER = "pivotapp.forms.FormRenderer"

ROOT_URLCONF = "pivotapp.urls"
WSGI_APPLICATION = "pivotapp.wsgi.application"
ASGI_APPLICATION = "pivotapp.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "pivotapp.context_processors.guide_stamp",
            ],
            "libraries": {"fragments": "pivotapp.fragments", "site": "pivotapp.site"},
        },
    },
    {
        # Forms and repeated fragments (pivotapp/jinja2.py); Django's own widget templates
        # after ours.
        "NAME": "jinja2",
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2", Path(django.forms.__file__).parent / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {"environment": "pivotapp.jinja2.environment"},
    },
]

# The embedded SQLite file is only the zero-setup default for `make run`; tests and
# deployments use PostgreSQL through DATABASE_URL.
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'pivot.sqlite3'}")
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
}
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A transaction that reads then writes (the working copy's locked path) must take the
    # write lock when it begins: begun deferred, two of them at once end in "database is
    # locked" for one (tests/test_answers_concurrency.py). Others wait their turn instead.
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
if env_str("TEST_DATABASE_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caps that keep one account from filling the database (profiles/services.py says so
# to the person, with what to do).
PIVOT_MAX_PROFILES = env_int("PIVOT_MAX_PROFILES", 25)
PIVOT_MAX_VERSIONS = env_int("PIVOT_MAX_VERSIONS", 1000)
PIVOT_MAX_APPLICATIONS = env_int("PIVOT_MAX_APPLICATIONS", 500)
# The working copy's answers as JSON (UTF-8). A complete profile with every text at its
# longest is far below this.
PIVOT_MAX_ANSWERS_BYTES = env_int("PIVOT_MAX_ANSWERS_BYTES", 512 * 1024)
# Share links to one version that still work (profiles/sharing/views.py).
PIVOT_MAX_SHARE_LINKS = env_int("PIVOT_MAX_SHARE_LINKS", 10)
# pivotapp/limits.py, on allauth's limiter (the one sign-in uses, counted in the shared
# cache): past these the 429 page says when to try again. A posting takes a person
# minutes to read, so 20 a minute from one address is far above use and far below the
# 41 a second an audit kept up (docs/security.md).
PIVOT_RATE_LIMITS = {
    "read_posting": "20/m/ip",
    "share_link": "10/m/user,30/h/user",
    "import_profile": "10/m/user,30/h/user",
    # Tracking an application (from the reader, a reading, a version or by hand).
    "track_application": "20/m/user,200/h/user",
}

# A cache every worker shares: allauth's rate limits must count across processes.
REDIS_URL = env_str("REDIS_URL", "")
# "computed": results that are costly to work out and a pure function of their inputs
# (generated texts, coach findings, version sections, diffs, readings; pivotapp/computed.py).
# Redis when there is one (every instance shares it; docs/deploy.md sets its memory cap),
# else each process's memory, bounded in bytes by construction (pivotapp/cache.py).
PIVOT_COMPUTED_MAX_ENTRIES = env_int("PIVOT_COMPUTED_MAX_ENTRIES", 500)
PIVOT_COMPUTED_MAX_VALUE_BYTES = env_int("PIVOT_COMPUTED_MAX_VALUE_BYTES", 64 * 1024)
_COMPUTED_LOCAL = {
    "BACKEND": "pivotapp.cache.BoundedLocMemCache",
    "LOCATION": "pivot-computed",
    "TIMEOUT": 24 * 3600,
    "OPTIONS": {
        "MAX_ENTRIES": PIVOT_COMPUTED_MAX_ENTRIES,
        "MAX_VALUE_BYTES": PIVOT_COMPUTED_MAX_VALUE_BYTES,
    },
}
if TESTING:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "computed": _COMPUTED_LOCAL,
    }
elif REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        },
        "computed": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # A Redis of its own may take the evictions (docs/deploy.md).
            "LOCATION": env_str("COMPUTED_REDIS_URL") or REDIS_URL,
            "KEY_PREFIX": "computed",
            "TIMEOUT": 7 * 24 * 3600,
        },
    }
    # Sessions read from Redis and written through to the database: any instance behind a
    # load balancer finds them, and a Redis restart signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "pivot_cache",
        },
        "computed": _COMPUTED_LOCAL,
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "accounts.password_strength.StrengthValidator", "OPTIONS": {"min_score": 4}},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

LOGIN_URL = "account_login"
# Straight to the work after signing in; ?next= (the page that asked) still wins.
LOGIN_REDIRECT_URL = "profiles:list"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
# Our words on allauth's pages (passkeys, not "security keys"): locale/en/LC_MESSAGES.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
WHITENOISE_USE_FINDERS = DEBUG or TESTING
# Looked up per request, not listed when the middleware loads (as DEBUG does): a test client
# loads the middleware afresh, and listing every file cost each view test 37 ms.
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if (DEBUG or TESTING)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Email: the console backend prints verification and reset links in the terminal.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Pivot <no-reply@pivot.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Content-Security-Policy: no inline script, no eval, nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}

X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_SSL_REDIRECT = SECURE and env_bool("SECURE_SSL_REDIRECT", True)
# The container health check asks over plain http from inside; it must not be redirected.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000) if SECURE else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE
SECURE_HSTS_PRELOAD = SECURE
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# allauth's rate limits count per client IP. Behind a proxy REMOTE_ADDR is the proxy's, so
# every visitor would share one bucket: take the address the proxy appended to
# X-Forwarded-For instead (the last TRUSTED_PROXY_COUNT-th entry; earlier ones are the
# client's to forge). 0 when nothing sits in front: then the header is ignored.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_PROXY else 0)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own records go to the one console handler, once: Django's default
        # config also gives the "django" logger a console handler, so each "Not Found"
        # was printed twice (issue 24). A 4xx is already one line in the server's access
        # log (runserver's django.server, gunicorn's access log); django.request speaks
        # only for 5xx, with the traceback.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.request": {"level": "ERROR"},
        # The PDF brief's drawing: progress at INFO and "ignored property" notes about the
        # screen rules of pivot.css are not news; a real failure is an exception.
        "weasyprint": {"level": "ERROR"},
        "fontTools": {"level": "ERROR"},
    },
}

# Accounts (django-allauth): email is the username.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# optional for `make run` (the link is printed in the terminal), mandatory in production.
ACCOUNT_EMAIL_VERIFICATION = env_str("ACCOUNT_EMAIL_VERIFICATION") or (
    "optional" if DEBUG else "mandatory"
)
if ACCOUNT_EMAIL_VERIFICATION not in {"none", "optional", "mandatory"}:
    raise ImproperlyConfigured("ACCOUNT_EMAIL_VERIFICATION must be none, optional or mandatory")
ACCOUNT_UNIQUE_EMAIL = True
# Signup and password reset answer the same for known and unknown emails.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Pivot] "
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
    "reset_password": "accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "accounts.forms.ResetPasswordKeyForm",
    "change_password": "accounts.forms.ChangePasswordForm",
    "add_email": "accounts.forms.AddEmailForm",
    "reauthenticate": "accounts.forms.ReauthenticateForm",
    "request_login_code": "accounts.forms.RequestLoginCodeForm",
    "confirm_login_code": "accounts.forms.ConfirmLoginCodeForm",
}
# Second factors (allauth.mfa): an authenticator app (TOTP) with recovery codes, and
# passkeys, which also sign in on their own ("Use a passkey" on the sign-in page).
# The site's name in emails ("Hello from Pivot!") and passkeys, and its address where no
# request gives one; the accounts app's migration writes them into the Site row.
SITE_ID = 1
SITE_NAME = env_str("SITE_NAME", "Pivot")
SITE_DOMAIN = env_str("SITE_DOMAIN", "localhost:8000")
# Adding or removing a second factor needs a sign-in or a password confirmation within
# this window (accounts/adapter.py counts a fresh sign-in too).
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Pivot"
# Accept the code of the 30 seconds before or after: phones' clocks drift.
MFA_TOTP_TOLERANCE = 1
# A used code stays refused for the whole (2 x tolerance + 1) x 30 s it is accepted,
# not only allauth's 30 s (accounts/mfa_forms.py).
MFA_FORMS = {
    "authenticate": "accounts.mfa_forms.AuthenticateForm",
    "reauthenticate": "accounts.mfa_forms.ReauthenticateForm",
}
# WebAuthn insists on https, except on localhost in development and in the browser tests.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG or TESTING
# Staff reach /admin/ only once they have a second factor (pivotapp/middleware.py).
ADMIN_REQUIRES_MFA = env_bool("ADMIN_REQUIRES_MFA", not (DEBUG or TESTING))
# allauth.usersessions records each sign-in (one row per session, indexed by user) so
# deleting an account can end its sessions on every device. No activity tracking: it
# would write to the database on every signed-in request.
USERSESSIONS_TRACK_ACTIVITY = False
# allauth's limits, counted in the shared cache above. login_failed: per IP and per
# email; when used up the next attempt gets the 429 page (see accounts/adapter.py).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
    "confirm_email": "1/3m/key",
    # Sign-in codes by email: at most 3 requests a minute per address, and a code allows
    # 3 tries (ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS) within its 3 minutes.
    "request_login_code": "20/m/ip,3/m/key",
}
# The owner's way in while a stranger's failed guesses hold the password login locked
# (the 429 page offers it). The trade-off is in docs/security.md.
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 180
