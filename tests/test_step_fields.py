"""The step fields, drawn by the one field template (templates/jinja2/forms/field.html),
keep what the browser tests rely on: each input tied to its label, the checked choices and
typed values kept, each error next to its field and named by aria-describedby. For a
filled profile, an empty one and a bad POST; and the step list beside them."""

import pytest
from django.test.html import parse_html

from profiles.models import Profile
from roles.models import Gap

from .step_data import ALL_SLUGS, fill_all, make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def empty(alice):
    return make_profile(alice, name="Empty")


@pytest.fixture
def filled(alice, alice_client):
    return fill_all(alice_client, make_profile(alice, name="Filled"))


def bad_background(revision) -> dict:
    data = valid_data("background", revision)
    data.update(
        {
            "level": "",
            "years": "abc",
            "domains": ["data"],
            "edge": "",
            "strengths": 'quotes " and <tags>',
            "artifact-0-name": "Agent <b>",
            "artifact-0-url": "javascript:alert(1)",
        }
    )
    return data


def bad_gaps(revision) -> tuple[dict, list[str]]:
    data = valid_data("gaps", revision)
    slugs = list(Gap.objects.values_list("slug", flat=True)[:3])
    data[f"gap__{slugs[0]}__status"] = "shipped"  # with no link
    data[f"gap__{slugs[1]}__link"] = "ftp://example.com/x"
    data[f"gap__{slugs[2]}__status"] = "bogus"
    return data, slugs


def bad_credibility(revision) -> dict:
    data = valid_data("credibility", revision)
    first, second = [k for k in data if k.startswith("point__")][:2]
    data[first] = "a NUL \x00 inside"
    data[second] = "far too long " * 200
    return data


# The pages -------------------------------------------------------------------------------


def elements(node, parents=()):
    """(element, its ancestors) for every element under `node`."""
    for child in node.children:
        if not isinstance(child, str):
            yield child, parents
            yield from elements(child, (*parents, child))


def attrs(element) -> dict:
    return dict(element.attributes)


def panel(client, profile, slug, data=None):
    url = step_url(profile, slug)
    response = client.post(url, data, **HX) if data else client.get(url, **HX)
    assert response.status_code == 200
    return parse_html(response.content.decode())


def controls(root) -> dict:
    """Every visible input or textarea of the step form, by id."""
    return {
        attrs(el)["id"]: el
        for el, _parents in elements(root)
        if el.name in ("input", "textarea") and attrs(el).get("type") != "hidden"
    }


def assert_labelled(root):
    labels = [attrs(el).get("for") for el, _parents in elements(root) if el.name == "label"]
    for id_ in controls(root):
        assert labels.count(id_) == 1, id_


def checked(root) -> set[str]:
    return {id_ for id_, el in controls(root).items() if "checked" in attrs(el)}


def errors_next_to_fields(root) -> dict[str, str]:
    """{error id: its text} after checking that each error sits in its field's div, and
    that the field's control (or its fieldset, for a group of choices) names it in
    aria-describedby and is marked invalid."""
    found = {}
    for el, parents in elements(root):
        if el.name != "p" or not attrs(el).get("id", "").endswith("_error"):
            continue
        error_id = attrs(el)["id"]
        field = next(p for p in reversed(parents) if "field" in attrs(p).get("class", "").split())
        assert "field--error" in attrs(field)["class"].split()
        described = [
            (inner, inner_parents)
            for inner, inner_parents in elements(field)
            if error_id in attrs(inner).get("aria-describedby", "").split()
        ]
        assert len(described) == 1, error_id
        control, _ = described[0]
        inputs = [control] if control.name != "fieldset" else controls(control).values()
        assert inputs and all(attrs(i).get("aria-invalid") == "true" for i in inputs), error_id
        found[error_id] = " ".join(str(c) for c in el.children if isinstance(c, str))
    return found


def test_background_filled(alice_client, filled):
    root = panel(alice_client, filled, "background")
    assert_labelled(root)
    assert checked(root) == {"id_level_0", "id_domains_0", "id_domains_2"}  # Senior; backend, cloud
    fields = controls(root)
    assert attrs(fields["id_years"])["value"] == "9"
    assert attrs(fields["id_artifact-0-name"])["value"] == "Support agent"
    assert errors_next_to_fields(root) == {}
    assert "aria-describedby" in attrs(fields["id_years"])  # its hint


def test_background_empty(alice_client, empty):
    root = panel(alice_client, empty, "background")
    assert_labelled(root)
    assert checked(root) == set()
    assert "value" not in attrs(controls(root)["id_edge"])
    assert errors_next_to_fields(root) == {}


def test_background_bad_post_keeps_input_and_shows_each_error_at_its_field(alice_client, filled):
    root = panel(alice_client, filled, "background", bad_background(filled.revision))
    assert_labelled(root)
    assert checked(root) == {"id_domains_3"}  # "data", as posted; no level
    fields = controls(root)
    assert attrs(fields["id_years"])["value"] == "abc"
    assert attrs(fields["id_strengths"])["value"] == 'quotes " and <tags>'
    assert attrs(fields["id_artifact-0-name"])["value"] == "Agent <b>"
    errors = errors_next_to_fields(root)
    assert set(errors) == {
        "id_level_error",
        "id_years_error",
        "id_edge_error",
        "id_artifact-0-url_error",
    }
    assert "Choose your level" in errors["id_level_error"]
    assert "whole number" in errors["id_years_error"]
    assert Profile.objects.get(pk=filled.pk).revision == filled.revision


def test_gaps_filled(alice_client, filled):
    root = panel(alice_client, filled, "gaps")
    assert_labelled(root)
    in_progress = {f"id_gap__{g.slug}__status_1" for g in Gap.objects.all()}
    assert checked(root) == in_progress
    assert errors_next_to_fields(root) == {}


def test_gaps_empty(alice_client, empty):
    root = panel(alice_client, empty, "gaps")
    assert_labelled(root)
    assert checked(root) == {f"id_gap__{g.slug}__status_0" for g in Gap.objects.all()}
    assert errors_next_to_fields(root) == {}


def test_gaps_bad_post_keeps_input_and_shows_each_error_at_its_field(alice_client, filled):
    data, (shipped, bad_link, bogus) = bad_gaps(filled.revision)
    root = panel(alice_client, filled, "gaps", data)
    assert_labelled(root)
    on = checked(root)
    assert f"id_gap__{shipped}__status_2" in on  # shipped, as posted
    assert not any(id_.startswith(f"id_gap__{bogus}__") for id_ in on)
    assert attrs(controls(root)[f"id_gap__{bad_link}__link"])["value"] == "ftp://example.com/x"
    errors = errors_next_to_fields(root)
    assert set(errors) == {
        f"id_gap__{shipped}__link_error",
        f"id_gap__{bad_link}__link_error",
        f"id_gap__{bogus}__status_error",
    }
    assert "Add a link to what you shipped" in errors[f"id_gap__{shipped}__link_error"]


def step_items(root) -> list:
    nav = next(el for el, _ in elements(root) if attrs(el).get("class") == "step-list")
    return [el for el, _ in elements(nav) if el.name == "li"]


def text(element) -> str:
    return " ".join(
        child if isinstance(child, str) else text(child) for child in element.children
    ).strip()


@pytest.mark.parametrize("which", ["filled", "empty"])
def test_step_list(request, alice_client, which):
    """The step list (templates/jinja2/profiles/_step_list.html): each step linked, the
    current one marked, a done step ticked and said complete, the review step without a
    status."""
    profile = request.getfixturevalue(which)
    items = step_items(panel(alice_client, profile, "gaps"))
    assert len(items) == 7
    for number, (item, slug) in enumerate(zip(items, ALL_SLUGS, strict=True), start=1):
        link = item.children[0]
        assert attrs(link)["href"] == step_url(profile, slug)
        current = slug == "gaps"
        assert ("is-current" in attrs(item)["class"].split()) is current
        assert (attrs(link).get("aria-current") == "step") is current
        done = which == "filled" and slug != "review"
        assert ("is-complete" in attrs(item)["class"].split()) is done
        mark, words = link.children
        assert text(mark) == ("✓" if done else str(number))
        said = text(words)
        if slug == "review":
            assert said == "Review"
        else:
            assert said.endswith("Complete" if done else "Not complete")


def test_credibility_bad_post_keeps_input_and_shows_each_error_at_its_field(alice_client, filled):
    data = bad_credibility(filled.revision)
    root = panel(alice_client, filled, "credibility", data)
    assert_labelled(root)
    errors = errors_next_to_fields(root)
    assert len(errors) == 2
    assert any("NUL" in message for message in errors.values())
    long_box = next(k for k, v in data.items() if k.startswith("point__") and len(v) > 1000)
    assert ("far too long " * 3) in text(controls(root)[f"id_{long_box}"])
    assert Profile.objects.get(pk=filled.pk).revision == filled.revision
