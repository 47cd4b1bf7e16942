"""AI artifacts: 1-5 rows, added and removed with and without JavaScript, links http(s) only."""

import pytest

from profiles.models import Profile

from .step_data import make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(alice):
    return make_profile(alice)


HX = {"HTTP_HX_REQUEST": "true"}


def rows(n):
    data = valid_data("background")
    data["artifact-TOTAL_FORMS"] = str(n)
    for i in range(n):
        data[f"artifact-{i}-name"] = f"Artifact {i}"
        data[f"artifact-{i}-url"] = f"https://example.com/{i}"
        data[f"artifact-{i}-what"] = f"a tool for thing {i}"
    return data


@pytest.mark.parametrize("extra", [{}, HX])
def test_add_another_renders_one_more_empty_row_and_saves_nothing(alice_client, profile, extra):
    data = rows(2)
    data["add_artifact"] = "1"
    data["edge"] = "typed edge kept"
    response = alice_client.post(step_url(profile, "background"), data, **extra)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'name="artifact-TOTAL_FORMS" value="3"' in body
    assert 'id="id_artifact-2-name"' in body
    assert 'value="Artifact 1"' in body and 'value="typed edge kept"' in body
    assert 'data-focus="id_artifact-2-name"' in body
    assert "error-summary" not in body
    assert Profile.objects.get(pk=profile.pk).revision == 0


@pytest.mark.parametrize("extra", [{}, HX])
def test_remove_drops_that_row_and_keeps_the_others(alice_client, profile, extra):
    data = rows(3)
    data["remove_artifact"] = "1"
    body = alice_client.post(step_url(profile, "background"), data, **extra).content.decode()
    assert 'name="artifact-TOTAL_FORMS" value="2"' in body
    assert 'value="Artifact 0"' in body and 'value="Artifact 2"' in body
    assert 'value="Artifact 1"' not in body
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_removing_the_last_row_leaves_one_empty_row(alice_client, profile):
    data = rows(1)
    data["remove_artifact"] = "0"
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert 'name="artifact-TOTAL_FORMS" value="1"' in body
    assert 'value="Artifact 0"' not in body


def test_no_more_than_five(alice_client, profile):
    data = rows(5)
    data["add_artifact"] = "1"
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert 'name="artifact-TOTAL_FORMS" value="5"' in body
    assert "Add another artifact" not in body


def test_five_rows_save_in_order(alice_client, profile):
    assert alice_client.post(step_url(profile, "background"), rows(5)).status_code == 302
    saved = Profile.objects.get(pk=profile.pk).answers["background"]["artifacts"]
    assert [a["name"] for a in saved] == [f"Artifact {i}" for i in range(5)]


def test_empty_rows_are_ignored_but_one_artifact_is_needed(alice_client, profile):
    data = rows(2)
    for key in ("name", "what", "result", "scale", "url"):
        data[f"artifact-0-{key}"] = ""
    assert alice_client.post(step_url(profile, "background"), data).status_code == 302
    saved = Profile.objects.get(pk=profile.pk).answers["background"]["artifacts"]
    assert [a["name"] for a in saved] == ["Artifact 1"]

    data = rows(1)
    for key in ("name", "what", "result", "scale", "url"):
        data[f"artifact-0-{key}"] = ""
    data["revision"] = "1"
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert "Add at least one AI artifact" in body


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.com/file", "file:///etc/passwd", "data:,x"]
)
def test_only_http_links(alice_client, profile, url):
    data = rows(1)
    data["artifact-0-url"] = url
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert "Enter a link that starts with http:// or https://" in body
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_a_row_needs_a_name_and_what_it_is(alice_client, profile):
    data = rows(1)
    data["artifact-0-name"] = ""
    data["artifact-0-what"] = ""
    body = alice_client.post(step_url(profile, "background"), data).content.decode()
    assert "Enter the artifact’s name" in body
    assert "Say what the artifact is" in body
    assert 'href="#id_artifact-0-name"' in body


def test_enter_key_default_button_is_save_not_remove(alice_client, profile):
    body = alice_client.get(step_url(profile, "background")).content.decode()
    form = body[body.index('id="step-form"') :]
    assert form.index('name="action" value="save"') < form.index('name="remove_artifact"')
