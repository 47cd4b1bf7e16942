"""The .md downloads read as typed: rendered by a real Markdown parser, the visible text is
exactly what the person typed, and nothing they typed becomes markup or HTML."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse
from markdown_it import MarkdownIt

from profiles.exports.files import md_escape
from tests.version_data import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

TYPED = [
    "Cut median time-to-mitigation 38 -> 22 min",
    "<script>alert(1)</script> and <b>bold</b>",
    "**not bold** _not stressed_ `not code` [not](a link) \\ backslash",
    "snake_case_name stays, 5*3 = 15, a < b > c",
    "# not a heading",
    "> not a quote",
    "2019. A good year",
    "---",
    "Above a line\n===",
    "AT&T &amp; &#169; typed as text",
    "x ~~not struck~~ y",
    "    four spaces are not code",
    "- my own bullet\n- and another",
]


class VisibleText(HTMLParser):
    """The text a reader sees; list items keep their "- " so bullets compare as typed."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "pre", "blockquote", "ul", "ol", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "li":
            self.parts.append("\n- ")
        elif tag == "br" or tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def render(markdown: str) -> VisibleText:
    parser = VisibleText()
    parser.feed(MarkdownIt("commonmark").render(markdown))
    return parser


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("typed", TYPED)
def test_escaped_text_renders_as_exactly_what_was_typed(typed):
    seen = render(md_escape(typed))
    assert words("".join(seen.parts)) == words(typed)
    # Only paragraphs, line breaks and the person's own bullets: no other markup.
    assert set(seen.tags) <= {"p", "br", "ul", "li"}


def test_it_never_writes_html_entities():
    assert md_escape("38 -> 22 min & <3") == "38 -> 22 min & <3"


@pytest.mark.parametrize("what", ["linkedin", "positioning"])
def test_the_downloaded_markdown_shows_the_typed_text(alice_client, alice, what):
    proves = "cut time-to-mitigation 38 -> 22 min <for real> with *evals*"
    profile = make_profile(alice)
    answers = dict(profile.answers)
    answers["background"]["artifacts"][0]["result"] = proves
    answers["messaging"] = {"overrides": {"linkedin_about": f"About me\n\n- {proves}\n- second"}}
    profile.answers = answers
    profile.save()

    body = alice_client.get(reverse("profiles:export", args=[profile.pk, what, "md"])).content
    body = body.decode()
    assert "&gt;" not in body and "&lt;" not in body
    assert "\\-" not in body
    visible = "".join(render(body).parts)
    assert " ".join(words(proves)) in " ".join(words(visible))
    assert "<for" not in MarkdownIt("commonmark").render(body)


def test_a_gap_status_stored_before_imports_were_checked_is_escaped_too(alice_client, alice):
    """Imports now hold a gap status to the step's choices (tests/test_answers_validation.py),
    but a profile imported before may still carry any text there (issue 23, finding 10)."""
    from profiles.models import Profile

    profile = make_profile(alice)
    slug = next(iter(profile.answers["gaps"]), None) or "evals"
    raw = "<img src=x onerror=alert(1)> **shipped** [x](javascript:alert(1))"
    answers = dict(profile.answers) | {"gaps": {slug: {"status": raw, "link": ""}}}
    Profile.objects.filter(pk=profile.pk).update(answers=answers)

    url = reverse("profiles:export", args=[profile.pk, "positioning", "md"])
    body = alice_client.get(url).content.decode()
    html = MarkdownIt("commonmark").render(body)
    assert "<img" not in html and "<strong>shipped" not in html and 'href="javascript' not in html
    assert " ".join(words(raw)) in " ".join(words("".join(render(body).parts)))
