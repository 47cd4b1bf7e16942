"""Light first loads: pages are gzipped for browsers that ask, and collected static files
get brotli and gzip twins served with far-future caching under their hashed names."""

import gzip
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from whitenoise.middleware import WhiteNoiseMiddleware

from .conftest import static_as_deployed
from .step_data import make_profile, step_url

pytestmark = pytest.mark.django_db


def test_it_gzips_a_page_for_a_browser_that_asks(client):
    plain = client.get("/roles/")
    packed = client.get("/roles/", headers={"accept-encoding": "gzip, deflate, br"})
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    # The same page (nonces and tokens differ per response, so compare its shape).
    page = gzip.decompress(packed.content)
    assert len(page) == len(plain.content)
    assert page.split(b"<main", 1)[1][:2000] == plain.content.split(b"<main", 1)[1][:2000]
    assert len(packed.content) < len(plain.content) / 3


def test_it_gzips_a_step_partial_too(alice_client, alice):
    profile = make_profile(alice)
    response = alice_client.get(
        step_url(profile, "skills"),
        headers={"accept-encoding": "gzip", "hx-request": "true"},
    )
    assert response["Content-Encoding"] == "gzip"
    assert "HX-Request" in response["Vary"]
    assert b"<html" not in gzip.decompress(response.content)


def test_it_sends_plain_html_to_a_client_that_does_not_ask(client):
    response = client.get("/roles/")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert b"<html" in response.content  # readable as it is


@pytest.fixture
def collected(collected_static):
    with static_as_deployed(collected_static):
        yield collected_static


def test_collectstatic_writes_brotli_and_gzip_twins(collected):
    hashed_css = [p for p in Path(collected).rglob("*.css") if p.stem.count(".") == 1]
    assert hashed_css, "no hashed stylesheet collected"
    for css in hashed_css:
        assert css.with_name(css.name + ".br").exists()
        assert css.with_name(css.name + ".gz").exists()


def test_whitenoise_serves_brotli_with_far_future_caching(collected):
    manifest = (Path(collected) / "staticfiles.json").read_text()
    css = next(p for p in Path(collected).rglob("*.css") if p.stem.count(".") == 1)
    assert css.name in manifest
    url = settings.STATIC_URL + css.relative_to(collected).as_posix()
    middleware = WhiteNoiseMiddleware(lambda request: pytest.fail("not served as static"))
    response = middleware(RequestFactory().get(url, headers={"accept-encoding": "br, gzip"}))
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
