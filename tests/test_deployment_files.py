"""The deployment files keep the production defaults: docker compose verifies email like
production does, and gunicorn does not name itself in a Server header."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_docker_compose_makes_email_verification_mandatory():
    compose = (ROOT / "docker-compose.yml").read_text()
    match = re.search(
        r"ACCOUNT_EMAIL_VERIFICATION: \$\{ACCOUNT_EMAIL_VERIFICATION:-(\w+)\}", compose
    )
    assert match, "docker-compose.yml must set ACCOUNT_EMAIL_VERIFICATION"
    assert match.group(1) == "mandatory"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_gunicorn_sends_no_server_header_and_keeps_the_sites_headers(tmp_path):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"PIVOT_TESTING", "DEBUG"}}
    env |= {
        "DEBUG": "0",
        "SECRET_KEY": "s" * 20 + "e" * 20 + "c" * 20 + "r3t-for-this-test-only",
        "DATABASE_URL": f"sqlite:///{tmp_path}/unused.sqlite3",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(  # noqa: S603 - our own app, fixed arguments
        [str(gunicorn), "pivotapp.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        headers = None
        for _ in range(100):
            try:
                # A host the site does not serve: Django's plain 400, no database, no
                # static files (the manifest exists only in the image).
                request = urllib.request.Request(  # noqa: S310
                    f"http://127.0.0.1:{port}/", headers={"Host": "evil.example"}
                )
                with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
                    headers = response.headers
                break
            except urllib.error.HTTPError as exc:
                headers = exc.headers
                break
            except OSError:
                time.sleep(0.1)
        assert headers is not None, "gunicorn did not start"
        assert "Server" not in headers
        assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
        assert "camera=()" in headers["Permissions-Policy"]
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    "name",
    [
        "TRUSTED_PROXY_COUNT",
        "PIVOT_MAX_PROFILES",
        "PIVOT_MAX_VERSIONS",
        "PIVOT_MAX_ANSWERS_BYTES",
        "ADMIN_REQUIRES_MFA",
        "STATIC_ROOT",
        "PIVOT_MAX_SHARE_LINKS",
        "SITE_NAME",
        "SITE_DOMAIN",
    ],
)
def test_env_example_lists_the_new_settings(name):
    assert f"\n{name}=" in (ROOT / ".env.example").read_text()


@pytest.mark.parametrize("path", ["Dockerfile", ".ci/run"])
def test_the_pdf_briefs_system_libraries_are_installed(path):
    # WeasyPrint needs Pango; DejaVu Sans draws accents, right-to-left words and emoji.
    text = (ROOT / path).read_text()
    for package in ("libpango-1.0-0", "libpangoft2-1.0-0", "fonts-dejavu-core"):
        assert package in text, (path, package)
