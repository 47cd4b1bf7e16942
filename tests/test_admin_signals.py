"""Reading signals in admin: their own list and pages, and inline on what they signal."""

import pytest
from django.contrib.auth.models import Group

from roles.forms import ReadingSignalForm
from roles.models import WEIGHT_MESSAGE, ReadingSignal, RoleArchetype, RoleGroup, Skill
from roles.signals import CONTENT_EDITORS

from .admin_forms import post_change_form
from .conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/roles/readingsignal/",
        "/admin/roles/readingsignal/?target=skill",
        "/admin/roles/readingsignal/?q=evaluation",
        "/admin/roles/readingsignal/add/",
    ],
)
def test_the_signal_pages_render(admin_client, url):
    assert admin_client.get(url).status_code == 200


def test_a_signal_change_page_renders(admin_client):
    signal = ReadingSignal.objects.filter(skill__slug="evals").first()
    response = admin_client.get(f"/admin/roles/readingsignal/{signal.pk}/change/")
    assert response.status_code == 200
    assert "LLM evals" in response.content.decode()


@pytest.mark.parametrize(
    ("model", "lookup"),
    [(RoleGroup, {"letter": "D"}), (RoleArchetype, {"slug": "founding"}), (Skill, {"slug": "rag"})],
)
def test_signals_show_inline_on_what_they_signal(admin_client, model, lookup):
    obj = model.objects.get(**lookup)
    url = f"/admin/roles/{model._meta.model_name}/{obj.pk}/change/"
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Reading signals" in response.content.decode()


def test_an_out_of_range_weight_is_refused_with_a_message_by_the_field(admin_client):
    signal = ReadingSignal.objects.filter(group__letter="A").first()
    url = f"/admin/roles/readingsignal/{signal.pk}/change/"
    response = post_change_form(admin_client, url, weight=11)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["weight"] == [WEIGHT_MESSAGE]
    signal.refresh_from_db()
    assert signal.weight != 11


def test_an_inline_weight_of_zero_is_refused(admin_client):
    group = RoleGroup.objects.get(letter="E")
    url = f"/admin/roles/rolegroup/{group.pk}/change/"
    response = post_change_form(admin_client, url, **{"signals-0-weight": 0})
    assert response.status_code == 200
    assert WEIGHT_MESSAGE in response.content.decode()


def test_a_signal_must_point_at_exactly_one_thing():
    form = ReadingSignalForm(
        data={
            "group": RoleGroup.objects.get(letter="A").pk,
            "skill": Skill.objects.get(slug="rag").pk,
            "phrase": "pretraining",
            "weight": 3,
        }
    )
    assert not form.is_valid()
    assert "exactly one" in str(form.non_field_errors())


def test_synonyms_go_one_per_line():
    form = ReadingSignalForm(
        data={
            "skill": Skill.objects.get(slug="rag").pk,
            "phrase": "RAG",
            "synonyms": "a, b",
            "weight": 3,
        }
    )
    assert not form.is_valid()
    assert "own line" in form.errors["synonyms"][0]


def test_an_editor_adds_a_signal_and_the_reader_uses_it(admin_client, client):
    skill = Skill.objects.get(slug="mcp")
    response = admin_client.post(
        "/admin/roles/readingsignal/add/",
        {
            "skill": skill.pk,
            "phrase": "context protocol server",
            "synonyms": "",
            "weight": 4,
            "is_active": "on",
            "_save": "Save",
        },
    )
    assert response.status_code == 302
    text = "AI Engineer\n\nYou will write a context protocol server in Python for our agents."
    result = client.post("/roles/read/", {"text": text})
    assert "MCP" in result.content.decode()


def test_content_editors_hold_the_signal_permissions(django_user_model, client):
    editor = make_user(django_user_model, "editor@example.com", is_staff=True)
    editor.groups.add(Group.objects.get(name=CONTENT_EDITORS))
    client.force_login(editor)
    assert client.get("/admin/roles/readingsignal/add/").status_code == 200
