"""The version pages' repeated HTML written in Python (profiles/versions/html.py) is what
the template loops it replaced drew: the loops are kept here, word for word, and both are
drawn for a filled profile, an empty one, and texts with blanks, overrides and limits."""

import copy
import re
from datetime import UTC, datetime

import pytest
from django.template import engines
from django.test import override_settings
from django.utils import timezone

from profiles.models import Version
from profiles.versions.diff import diff_html, diff_snapshots, render_ops, word_ops
from profiles.versions.html import diff_sections_html, history_rows, sections_html
from profiles.versions.sections import snapshot_sections
from profiles.versions.snapshot import build_snapshot
from tests.version_data import answers, make_profile

pytestmark = pytest.mark.django_db

VERSION_SECTIONS = """{% for section in sections %}
<section class="snapshot-section" aria-labelledby="section-{{ section.key }}">
  <h2 id="section-{{ section.key }}">{{ section.title }}</h2>
  {% if section.key == "messaging" %}
    {% for field in section.fields %}
    <article class="snapshot-text card">
      <h3>{{ field.label }}</h3>
      <p class="snapshot-text__body">{% for segment in field.segments %}{% if segment.blank %}<mark class="blank"><span class="visually-hidden">Blank: </span>{{ segment.text }}</mark>{% else %}{{ segment.text }}{% endif %}{% empty %}{{ field.value }}{% endfor %}</p>
      <p class="snapshot-text__meta">
        {% if field.overridden %}<span class="tag">Written by hand</span>{% else %}<span class="tag tag--quiet">From the template</span>{% endif %}
        {% if field.max_length %}<span{% if field.over_limit %} class="over-limit"{% endif %}>{{ field.value|length }} of {{ field.max_length }} characters{% if field.over_limit %} (too long){% endif %}</span>{% endif %}
        {% if field.blanks %}<span>{{ field.blanks|length }} blank{{ field.blanks|length|pluralize }} to fill</span>{% endif %}
      </p>
    </article>
    {% empty %}<p class="muted">No texts in this version.</p>
    {% endfor %}
  {% else %}
    {% if section.fields %}
    <dl class="snapshot-fields">
      {% for field in section.fields %}
      <div><dt>{{ field.label }}</dt><dd>{% if field.value %}{{ field.value|linebreaksbr }}{% else %}<span class="muted">Not answered</span>{% endif %}</dd></div>
      {% endfor %}
    </dl>
    {% else %}
    <p class="muted">{% if section.key == "coach" %}No coach finding was dismissed.{% else %}Nothing answered here.{% endif %}</p>
    {% endif %}
  {% endif %}
</section>
{% endfor %}"""  # noqa: E501

DIFF_SECTIONS = """{% for section in sections %}
<section class="diff-section" aria-labelledby="diff-{{ section.key }}">
  <h3 id="diff-{{ section.key }}">{{ section.title }}{% if section.changed_fields %} <span class="diff-count">{{ section.changed_fields|length }} changed</span>{% endif %}</h3>
  {% for field in section.changed_fields %}
  <div class="diff-field diff-field--{{ field.status }}">
    <p class="diff-field__label">{{ field.label }} <span class="diff-field__status">{{ field.status }}</span></p>
    <p class="diff-field__text">{{ field.html }}</p>
  </div>
  {% endfor %}
  {% with unchanged=section.unchanged_fields %}
  {% if unchanged %}
  <details class="diff-unchanged">
    <summary>{{ unchanged|length }} unchanged field{{ unchanged|length|pluralize }}<span class="visually-hidden"> in {{ section.title }}</span></summary>
    <dl class="snapshot-fields">
      {% for field in unchanged %}<div><dt>{{ field.label }}</dt><dd>{% if field.new %}{{ field.new|linebreaksbr }}{% else %}<span class="muted">Not answered</span>{% endif %}</dd></div>{% endfor %}
    </dl>
  </details>
  {% elif not section.fields %}
  <p class="muted">Nothing in either version.</p>
  {% endif %}
  {% endwith %}
</section>
{% endfor %}"""  # noqa: E501

HISTORY_ROWS = """{% for version in versions %}
<tr>
  <th scope="row"><a href="{% url 'profiles:version' profile.pk version.number %}">Version {{ version.number }}</a></th>
  <td data-label="Saved"><time datetime="{{ version.created_at|date:'c' }}">{{ version.created_at|date:"j M Y, H:i" }}</time></td>
  <td data-label="Note">{% if version.note %}{{ version.note }}{% else %}<span class="muted">No note</span>{% endif %}</td>
  <td data-label="Headline" class="history-table__headline">{{ version.headline|default:"—" }}</td>
  <td>{% if version.number > 1 %}<a href="{% url 'profiles:diff' profile.pk %}?a={{ version.number|add:'-1' }}&amp;b={{ version.number }}">Changes<span class="visually-hidden"> in version {{ version.number }}</span> since v{{ version.number|add:'-1' }}</a>{% endif %}</td>
</tr>
{% endfor %}"""  # noqa: E501

HOSTILE = '<b>"Tom & Jerry\'s"</b>\nsecond line'


def drawn_by_template(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


def same_html(a: str, b: str) -> bool:
    """Equal but for whitespace between and around tags."""

    def norm(html: str) -> str:
        html = re.sub(r"\s+", " ", html)
        return re.sub(r"\s*(<[^>]+>)\s*", r"\1", html).strip()

    return norm(a) == norm(b)


def filled_snapshot(alice) -> dict:
    data = answers()
    data["background"]["edge"] = HOSTILE
    data["messaging"]["overrides"] = {"pitch": HOSTILE, "linkedin_headline": "x" * 900}
    data["messaging"]["dismissed"] = {"pitch": ["use-numbers"], "cold_intro": ["<nope>"]}
    return build_snapshot(make_profile(alice, data=data))


def empty_snapshot(alice) -> dict:
    return build_snapshot(make_profile(alice, name="Empty", data={}))


def test_a_filled_versions_sections_are_drawn_as_the_template_drew_them(alice):
    snapshot = filled_snapshot(alice)
    sections = snapshot_sections(snapshot)
    texts = {f.key: f for f in sections[5].fields}
    headline = texts["text.linkedin_headline"]
    assert headline.over_limit and headline.overridden
    assert any(f.blanks for f in texts.values()) or any(f.segments for f in texts.values())

    python = sections_html(sections)
    assert same_html(python, drawn_by_template(VERSION_SECTIONS, sections=sections))
    assert "&lt;b&gt;&quot;Tom &amp; Jerry&#x27;s&quot;&lt;/b&gt;<br>second line" in python
    assert '<span class="over-limit">900 of' in python


def test_an_empty_versions_sections_are_drawn_as_the_template_drew_them(alice):
    snapshot = empty_snapshot(alice)
    sections = snapshot_sections(snapshot)
    python = sections_html(sections)
    assert same_html(python, drawn_by_template(VERSION_SECTIONS, sections=sections))
    assert "Nothing answered here." in python and "No coach finding was dismissed." in python
    assert '<mark class="blank">' in python  # the texts' blanks, highlighted

    no_texts = snapshot_sections({})
    assert same_html(
        sections_html(no_texts), drawn_by_template(VERSION_SECTIONS, sections=no_texts)
    )
    assert "No texts in this version." in sections_html(no_texts)


@pytest.mark.parametrize("direction", ["forwards", "backwards", "same"])
def test_a_diff_is_drawn_as_the_template_drew_it(alice, direction):
    filled, empty = filled_snapshot(alice), empty_snapshot(alice)
    a, b = {"forwards": (empty, filled), "backwards": (filled, empty), "same": (filled, filled)}[
        direction
    ]
    sections = diff_snapshots(a, b)
    python = diff_sections_html(sections)
    assert same_html(python, drawn_by_template(DIFF_SECTIONS, sections=sections))
    assert ("diff-field--added" in python) == (direction == "forwards")
    assert ("diff-field--removed" in python) == (direction == "backwards")
    assert ("<ins>" in python) == (direction != "same")


def test_a_diff_of_two_empty_snapshots_says_so(alice):
    sections = diff_snapshots({}, {})
    python = diff_sections_html(sections)
    assert same_html(python, drawn_by_template(DIFF_SECTIONS, sections=sections))
    assert "Nothing in either version." in python


@pytest.mark.parametrize(
    "text", ["", " ", "plain words", HOSTILE, "a  b\n\nc", "<script>x</script> & ’quotes’"]
)
def test_an_unchanged_field_is_what_the_word_diff_would_give(text):
    assert diff_html(text, text) == render_ops(word_ops(text, text))


@pytest.mark.parametrize("zone", ["UTC", "Europe/Paris", "America/New_York"])
def test_history_rows_are_drawn_as_the_template_drew_them(alice, zone):
    profile = make_profile(alice)
    saved = [
        datetime(2026, 1, 5, 9, 7, tzinfo=UTC),
        datetime(2026, 11, 30, 23, 59, 1, 123456, tzinfo=UTC),
        datetime(2025, 5, 1, 0, 0, tzinfo=UTC),
    ]
    rows = [
        Version(profile=profile, number=1, note="", headline="", created_at=saved[0]),
        Version(profile=profile, number=2, note=HOSTILE, headline=HOSTILE, created_at=saved[1]),
        Version(profile=profile, number=1234, note="n", headline="h", created_at=saved[2]),
    ]
    with override_settings(TIME_ZONE=zone), timezone.override(zone):
        python = history_rows(profile.pk, rows)
        template = drawn_by_template(HISTORY_ROWS, versions=rows, profile=profile)
    assert same_html(python, template)
    assert "No note" in python and "—" in python and "since v1233" in python


def test_a_kept_snapshot_is_the_callers_own(alice):
    first = build_snapshot(make_profile(alice))
    first["names"]["skills"][0]["name"] = "changed by the caller"
    second = build_snapshot(make_profile(alice, name="Again"))
    assert second["names"]["skills"][0]["name"] != "changed by the caller"
    assert copy.deepcopy(second) == second
