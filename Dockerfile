# syntax=docker/dockerfile:1
# Pivot: gunicorn behind whitenoise, as a non-root user. Build: docker build -t pivot .

FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements/base.txt /tmp/requirements.txt
# Every wheel is checked against the hashes in the lock file.
RUN pip install --no-cache-dir --require-hashes --no-deps -r /tmp/requirements.txt


FROM python:3.11-slim
# The PDF brief is drawn by WeasyPrint: Pango shapes the text, and DejaVu Sans has the
# accents, right-to-left scripts and emoji people type. Unpinned: the base image's Debian
# release decides the versions, and its security updates should reach the image.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PORT=8000
RUN groupadd --system --gid 10001 pivot \
    && useradd --system --uid 10001 --gid pivot --home-dir /app --shell /usr/sbin/nologin pivot
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --chown=pivot:pivot . .

# Static files are hashed and compressed once, here. Settings refuse to load without a
# strong SECRET_KEY, so this step gets a random one that lives only in this RUN.
RUN SECRET_KEY="$(python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
    DEBUG=0 \
    python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/var \
    && chown pivot:pivot /app/var

USER 10001:10001
EXPOSE 8000

# No curl in the slim image: ask /healthz with Python's standard library.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; r = urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz\", timeout=4); sys.exit(0 if r.status == 200 else 1)"]

CMD ["sh", "-c", "exec gunicorn pivotapp.wsgi --bind 0.0.0.0:${PORT} --workers ${WEB_CONCURRENCY:-3} --access-logfile - --forwarded-allow-ips ${FORWARDED_ALLOW_IPS:-127.0.0.1}"]
