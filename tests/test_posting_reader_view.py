"""/roles/read/: a form post without JavaScript, a partial with htmx, and bad input."""

import pytest
from django.urls import reverse

from roles.forms import POSTING_BINARY, POSTING_EMPTY
from roles.reading.engine import NOT_ENGLISH
from roles.reading.evaluation import POSTINGS_DIR, parse_posting

pytestmark = pytest.mark.django_db

URL = "/roles/read/"
HTMX = {"HTTP_HX_REQUEST": "true"}


def posting(name: str) -> str:
    return parse_posting(POSTINGS_DIR / f"{name}.txt").text


def test_the_url_is_named_read():
    assert reverse("roles:read") == URL


def test_get_shows_the_form_and_no_result(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="{URL}"' in html
    assert f'hx-post="{URL}"' in html
    assert 'id="reading-result"' in html
    assert "How the guide reads" not in html
    assert "maxlength" not in html  # a browser would cut a long posting silently


def test_the_reader_is_linked_from_the_navigation(client):
    assert f'href="{URL}"' in client.get("/").content.decode()


def test_post_shows_the_result_below_the_form_with_marks(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.post(URL, {"text": posting("d01_llm_eval_engineer")})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert "Group D: Build around models" in html
    assert "Best moat / specialization" in html
    assert html.index("Reliability / Evals / Oversight</a>") < html.index("Applied AI / Agent")
    assert '<mark title="Signal: ' in html
    assert "Senior Engineer, LLM Evaluation" in html  # the text stays in the field


def test_the_pretraining_role_shows_the_usually_skip_verdict(client):
    html = client.post(URL, {"text": posting("a01_pretraining_research")}).content.decode()
    assert "Group A: Build models" in html
    assert "Usually skip as main lane" in html


def test_htmx_gets_only_the_result_and_the_field_out_of_band(client):
    response = client.post(URL, {"text": posting("c01_ai_platform_engineer")}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert "Group C: Build for models" in html
    assert 'id="posting-field"' in html and 'hx-swap-oob="true"' in html
    assert "HX-Request" in response["Vary"]


def test_the_pasted_text_is_escaped(client):
    text = "AI Engineer <script>alert(1)</script>\n\nBuild RAG agents with tool calling in Python."
    html = client.post(URL, {"text": text}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", POSTING_EMPTY),
        ("   \n\t  \n", POSTING_EMPTY),
        ("Senior AI Engineer\x00\x00\x00 binary", POSTING_BINARY),
        ("\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + "text", POSTING_BINARY),
        ("Applied AI engineer. " * 1000, "the reader takes up to 20,000"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "control-characters", "too-long"],
)
@pytest.mark.parametrize("htmx", [False, True], ids=["form-post", "htmx"])
def test_bad_input_gets_a_message_by_the_field_and_keeps_the_text(client, text, message, htmx):
    response = client.post(URL, {"text": text}, **(HTMX if htmx else {}))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "field--error" in html
    assert "How the guide reads" not in html
    kept = text.replace("\x00", "\ufffd")[:40].strip()
    if kept and "\x01" not in kept:
        assert kept in html


def test_over_the_limit_by_one_is_refused_and_at_the_limit_is_read(client):
    base = posting("b01_applied_ai_engineer") + "\n\n"
    at_limit = (base * 30)[:20_000]
    assert "How the guide reads" in client.post(URL, {"text": at_limit}).content.decode()
    over = client.post(URL, {"text": at_limit + "x"}).content.decode()
    assert "20,001 characters" in over


def test_windows_line_endings_count_once(client):
    text = ("Applied AI engineer building RAG.\r\n" * 600)[:20_500]
    assert len(text.replace("\r\n", "\n")) <= 20_000
    assert "How the guide reads" in client.post(URL, {"text": text}).content.decode()


def test_another_language_still_reads_with_a_warning_by_the_field(client):
    html = client.post(URL, {"text": posting("x02_german_platform")}).content.decode()
    assert NOT_ENGLISH.replace("'", "&#x27;") in html
    assert "How the guide reads" in html


@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_other_methods_are_not_allowed(client, method):
    assert getattr(client, method)(URL).status_code == 405


def test_signed_in_people_read_too(alice_client):
    response = alice_client.post(URL, {"text": posting("e01_founding_engineer")})
    assert "Group E: Build everything" in response.content.decode()


def test_nothing_is_stored(client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, {"text": posting("b09_lead_ai_engineer")})
    assert response.status_code == 200
    assert "Group " in response.content.decode()  # it was read
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
