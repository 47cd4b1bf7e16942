"""One validator for every way answers come in (issue 23, finding 4): an import and a
restore are held to the step forms' own fields and limits, as a step save and an
autosave are; what fails names the step and the field and writes nothing."""

import json

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.urls import reverse

from profiles import forms as step_forms
from profiles.choices import GapStatus, Rating
from profiles.models import Profile, Version
from profiles.steps.validation import InvalidAnswers, check_answers, schema
from profiles.versions.snapshot import save_version
from tests.importing_support import edited, filled, saved_export, upload
from tests.step_data import step_url, valid_data

pytestmark = pytest.mark.django_db

URL = "/profiles/import/"
ARTIFACT = {"name": "Eval harness", "url": "https://example.com/evals", "proves": "I ship evals"}


@pytest.fixture
def exported(alice_client, alice) -> bytes:
    return saved_export(alice_client, filled(alice_client, alice))


def refused(client, content: bytes, *messages: str) -> str:
    before = Profile.objects.count(), Version.objects.count()
    response = client.post(URL, {"file": upload(content)})
    body = response.content.decode()
    assert response.status_code == 400, body[:2000]
    for message in messages:
        assert message in body, body[body.find("error-summary") :][:1500]
    assert (Profile.objects.count(), Version.objects.count()) == before
    return body


def with_answers(**sections):
    return lambda document: document["answers"].update(sections)


def background(exported: bytes, **changes):
    def change(document):
        document["answers"]["background"].update(changes)

    return edited(exported, change)


# The audit's reproductions, each refused with the step and the field named.


def test_a_gap_that_is_not_an_object(alice_client, exported):
    content = edited(exported, with_answers(gaps={"mcp": "x"}))
    refused(
        alice_client, content, "Gaps step → mcp: &#x27;x&#x27; is not of type &#x27;object&#x27;"
    )


def test_a_dismissed_finding_list_that_is_a_number(alice_client, exported):
    content = edited(exported, with_answers(messaging={"dismissed": {"pitch": 5}}))
    refused(alice_client, content, "Messaging step → dismissed → pitch: 5 is not of type")


def test_artifacts_that_are_a_string(alice_client, exported):
    refused(alice_client, background(exported, artifacts="str"), "Background step → artifacts")


def test_more_artifacts_than_the_step_allows(alice_client, exported):
    content = background(exported, artifacts=[ARTIFACT] * (step_forms.MAX_ARTIFACTS + 1))
    refused(alice_client, content, "Background step → artifact rows: Add at most 5 artifacts")


def test_a_text_over_the_fields_limit(alice_client, exported):
    refused(
        alice_client,
        background(exported, edge="x" * 301),
        "Background step → Your strongest existing edge: Ensure this value has at most 300",
    )


def test_an_artifact_field_over_its_limit_names_the_row(alice_client, exported):
    rows = [ARTIFACT, {**ARTIFACT, "proves": "p" * 201}]
    refused(alice_client, background(exported, artifacts=rows), "artifact 2 → What it is")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"years": 51}, "Years of experience must be 50 or less"),
        ({"level": "Wizard"}, "Your level: Select a valid choice"),
        (
            {"artifacts": [{**ARTIFACT, "url": "javascript:alert(1)"}]},
            "Link (optional): Enter a link",
        ),
        ({"motto": "x"}, "Background step → motto: not a field of this step"),
        ({"artifacts": [{**ARTIFACT, "secret": "x"}]}, "artifacts → item 1 → secret: not a"),
    ],
)
def test_the_background_forms_rules_apply(alice_client, exported, change, message):
    refused(alice_client, background(exported, **change), message)


def test_a_gap_link_names_the_gap(alice_client, exported):
    document = json.loads(exported)
    slug = next(iter(document["answers"]["gaps"]))
    gaps = {slug: {"status": "shipped", "link": "file:///etc/passwd"}}
    body = refused(alice_client, edited(exported, with_answers(gaps=gaps)), "Gaps step → ")
    assert "Link to the deliverable: Enter a link that starts with http" in body


def test_credibility_for_a_point_the_guide_does_not_have(alice_client, exported):
    def change(document):
        document["answers"]["credibility"].append({"slug": "telepathy", "text": "x" * 5000})

    refused(alice_client, edited(exported, change), "Credibility step → telepathy: not a part")


def test_an_override_over_the_texts_limit(alice_client, exported):
    overrides = {"linkedin_headline": "x" * (step_forms.OVERRIDE_MAX_LENGTH + 1)}
    content = edited(exported, with_answers(messaging={"overrides": overrides}))
    refused(alice_client, content, "Messaging step → Your own LinkedIn headline: Ensure")


def test_the_replace_import_is_checked_the_same_way(alice_client, alice, exported):
    profile = filled(alice_client, alice, name="Other")
    before = profile.answers
    content = edited(exported, with_answers(gaps={"mcp": "x"}))
    url = reverse("profiles:import_replace", args=[profile.pk])
    response = alice_client.post(url, {"file": upload(content)})
    assert response.status_code == 400
    assert "Gaps step → mcp" in response.content.decode()
    profile.refresh_from_db()
    assert profile.answers == before


def test_a_valid_export_still_imports_and_every_page_shows_it(alice_client, exported):
    response = alice_client.post(URL, {"file": upload(exported)})
    assert response.status_code == 302
    profile = Profile.objects.order_by("-created_at").first()
    for slug in ("background", "credibility", "lane", "skills", "gaps", "messaging", "review"):
        assert alice_client.get(step_url(profile, slug)).status_code == 200, slug
    assert alice_client.get(reverse("profiles:linkedin", args=[profile.pk])).status_code == 200


# Restore: a version saved from an import before these checks.


def test_restoring_a_version_that_holds_what_no_page_can_show_restores_nothing(alice_client, alice):
    profile = filled(alice_client, alice)
    version = save_version(profile=profile)
    snapshot = version.snapshot
    snapshot["answers"]["gaps"] = {"mcp": "x"}
    Version.objects.filter(pk=version.pk).update(snapshot=snapshot)
    before = Profile.objects.get(pk=profile.pk)
    response = alice_client.post(reverse("profiles:restore", args=[profile.pk, version.number]))
    assert response.status_code == 302
    assert response["Location"] == version.get_absolute_url()
    [message] = [str(m) for m in get_messages(response.wsgi_request)]
    assert f"Version {version.number} holds answers Pivot cannot show" in message
    assert "Gaps step → mcp" in message
    after = Profile.objects.get(pk=profile.pk)
    assert (after.answers, after.revision) == (before.answers, before.revision)


# The validator is the step forms: what they store passes, and it follows their fields.


def test_what_every_step_form_stores_passes_the_validator(alice_client, alice):
    profile = filled(alice_client, alice)
    check_answers(profile.answers, lane_id=profile.lane_id)


def test_a_shipped_gap_with_its_date_passes_and_a_bad_date_does_not(alice_client, alice):
    profile = filled(alice_client, alice)
    answers = profile.answers
    slug = next(iter(answers["gaps"]))
    answers["gaps"][slug] = {
        "status": "shipped",
        "link": "https://x.example/d",
        "shipped_on": "2026-12-01",
    }
    check_answers(answers, lane_id=profile.lane_id)
    answers["gaps"][slug]["shipped_on"] = "yesterday"
    with pytest.raises(InvalidAnswers, match=f"Gaps step → {slug} → shipped_on"):
        check_answers(answers, lane_id=profile.lane_id)


def test_what_an_autosave_stores_passes_the_validator(alice_client, alice):
    from tests.step_data import make_profile

    profile = make_profile(alice)
    data = valid_data("background") | {"edge": "", "level": "", "years": ""}
    url = reverse("profiles:autosave", args=[profile.pk, "background"])
    assert alice_client.post(url, data, HTTP_HX_REQUEST="true").status_code == 200
    profile.refresh_from_db()
    assert profile.answers["background"]["edge"] == ""
    check_answers(profile.answers)


def test_a_new_artifact_field_and_its_limit_apply_without_touching_the_validator(monkeypatch):
    class WithResult(step_forms.ArtifactForm):
        result = forms.CharField(max_length=10, required=False)

    formset = forms.formset_factory(
        WithResult,
        formset=step_forms.BaseArtifactFormSet,
        extra=0,
        max_num=step_forms.MAX_ARTIFACTS,
        absolute_max=step_forms.MAX_ARTIFACTS,
        validate_max=True,
    )
    monkeypatch.setattr(step_forms, "ArtifactFormSet", formset)
    row = {"name": "Harness", "url": "", "proves": "evals", "result": "x" * 11}
    with pytest.raises(InvalidAnswers, match="artifact 1 → Result: Ensure this value has at"):
        check_answers({"background": {"artifacts": [row]}})
    check_answers({"background": {"artifacts": [{**row, "result": "cut p95"}]}})


def test_the_schema_names_the_choices_the_forms_offer():
    answers = schema()["properties"]["answers"]["properties"]
    rating = answers["skills"]["items"]["properties"]["rating"]["enum"]
    assert rating == [value for value, _label in Rating.choices]
    status = schema()["$defs"]["gap"]["properties"]["status"]["enum"]
    assert status == [value for value, _label in GapStatus.choices]
    assert set(answers["background"]["properties"]) - {"artifacts"} <= set(
        step_forms.BackgroundForm.base_fields
    )
