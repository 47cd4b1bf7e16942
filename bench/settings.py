"""The app's own settings, run the way a deployment runs them (DEBUG off), for `make bench`.

Only what a benchmark outside a deployment cannot have is changed: the host names the
test client and a loopback gunicorn send, and static files looked up from the source
folders, so no `collectstatic` (and no hashed manifest) is needed first.
"""

import os
import warnings

os.environ["DEBUG"] = "0"
if not os.environ.get("SECRET_KEY"):
    # bench.run sets one random key for itself and its gunicorn workers; this is only for
    # a process started on its own (e.g. `manage.py shell --settings=bench.settings`).
    import secrets

    os.environ["SECRET_KEY"] = secrets.token_urlsafe(48)

from pivotapp.settings import *  # noqa: E402,F403
from pivotapp.settings import STORAGES  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
WHITENOISE_USE_FINDERS = True
# Without collectstatic there is no STATIC_ROOT; the finders above serve the files.
warnings.filterwarnings("ignore", message="No directory at")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Only warnings: 4xx/5xx lines would otherwise flood the table on stdout.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
ROOT_URLCONF = "bench.urls"
# Pages as a first view after an edit: no computed result answers a request (bench/cache.py).
CACHES = {
    **CACHES,  # noqa: F405
    "computed": {
        "BACKEND": "bench.cache.ContentOnlyCache",
        "LOCATION": "bench-computed",
        "OPTIONS": {"MAX_ENTRIES": 500, "MAX_VALUE_BYTES": 64 * 1024},
    },
}
# The bench profile holds VERSION_COUNT (1,000) versions, the cap a person can reach,
# and every timed save_version() call adds one more: the cap must not stop it.
PIVOT_MAX_VERSIONS = 1_000_000
# One client (the bench) reads postings and makes links far faster than any person:
# the per-client limits (pivotapp/limits.py) would answer 429 and time the 429 page.
PIVOT_RATE_LIMITS = {}
