"""The skills step, one domain at a time: the walk, the merge into the answers, errors,
conflicts and autosave of one domain, the domain list's progress, and the fieldset HTML."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from profiles.answers import skill_ratings, skills_list
from profiles.models import Profile
from roles.models import RoleArchetype, Skill, SkillDomain

from .step_data import fill_all, make_profile, step_url, valid_data

pytestmark = pytest.mark.django_db
HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def profile(alice):
    return make_profile(alice)


def domains() -> list[SkillDomain]:
    return [d for d in SkillDomain.objects.order_by("order", "pk") if d.skills.exists()]


def domain_url(profile, domain) -> str:
    return f"{step_url(profile, 'skills')}?domain={domain.slug}"


def domain_data(domain, revision: int, rating: str = "strong") -> dict:
    data = {"revision": str(revision), "action": "save", "domain": domain.slug}
    data |= {f"skill__{s.slug}": rating for s in domain.skills.all()}
    return data


def checklist() -> list[str]:
    return list(Skill.objects.with_emphasis(None).values_list("slug", flat=True))


def test_the_step_starts_at_the_first_domain(alice_client, profile):
    first, second = domains()[:2]
    body = alice_client.get(step_url(profile, "skills")).content.decode()
    assert body.count('<fieldset class="rating') == first.skills.count()
    assert f'name="domain" value="{first.slug}"' in body
    assert f'action="{domain_url(profile, first)}"' in body
    assert f"Domain 1 of {len(domains())}" in body
    assert not any(f'name="skill__{s.slug}"' in body for s in second.skills.all())


def test_the_domain_list_links_every_domain_and_counts_what_is_rated(alice_client, profile):
    fill_all(alice_client, profile)
    weak = domains()[1].skills.first()
    ratings = skill_ratings(profile.answers) | {weak.slug: "none"}
    profile.answers["skills"] = skills_list(ratings.items())
    profile.save()
    body = alice_client.get(domain_url(profile, domains()[1])).content.decode()
    nav = body[body.index('id="skill-domains"') :]
    for domain in domains():
        assert f'href="{domain_url(profile, domain)}"'.replace("&", "&amp;") in nav
    total = domains()[1].skills.count()
    assert f"{total - 1} of {total} rated" in nav
    assert re.search(r'aria-current="step">' + re.escape(domains()[1].name), nav)


def test_the_lanes_emphasized_skills_come_first_in_each_domain(alice_client, profile):
    lane = RoleArchetype.objects.get(slug="applied-ai")
    profile.lane = lane
    profile.save()
    seen = 0
    for domain in domains():
        body = alice_client.get(domain_url(profile, domain)).content.decode()
        marks = re.findall(r'<fieldset class="rating( rating--emphasized)?', body)
        flags = [bool(m) for m in marks]
        assert flags == sorted(flags, reverse=True), domain.slug
        seen += sum(flags)
    assert seen == Skill.objects.with_emphasis(lane).filter(emphasized=True).count() > 0


def test_saving_a_domain_keeps_the_others_and_goes_to_the_next(alice_client, profile):
    fill_all(alice_client, profile)  # every skill "working"
    second, third = domains()[1:3]
    response = alice_client.post(domain_url(profile, second), domain_data(second, profile.revision))
    assert response.status_code == 302 and response["Location"] == domain_url(profile, third)
    profile.refresh_from_db()
    ratings = skill_ratings(profile.answers)
    assert list(ratings) == checklist()  # every skill, in checklist order
    mine = {s.slug for s in second.skills.all()}
    assert all(ratings[slug] == ("strong" if slug in mine else "working") for slug in ratings)


def test_the_last_domain_goes_on_to_gaps(alice_client, profile):
    last = domains()[-1]
    response = alice_client.post(domain_url(profile, last), domain_data(last, 0))
    assert response.status_code == 302 and response["Location"] == step_url(profile, "gaps")
    profile.refresh_from_db()
    ratings = skill_ratings(profile.answers)
    assert ratings[last.skills.first().slug] == "strong"
    assert ratings[domains()[0].skills.first().slug] == "none"


def test_htmx_save_swaps_in_the_next_domain(alice_client, profile):
    first, second = domains()[:2]
    response = alice_client.post(domain_url(profile, first), domain_data(first, 0), **HX)
    assert response.status_code == 200
    assert response["HX-Push-Url"] == domain_url(profile, second)
    body = response.content.decode()
    assert "<html" not in body and f"Saved your {first.name} ratings." in body
    assert f'name="domain" value="{second.slug}"' in body
    assert 'name="revision" value="1"' in body


def test_a_post_without_a_domain_rates_the_whole_checklist(alice_client, profile):
    # A tab opened before the step was split into domains still saves what it shows.
    response = alice_client.post(step_url(profile, "skills"), valid_data("skills"))
    assert response.status_code == 302 and response["Location"] == step_url(profile, "gaps")
    profile.refresh_from_db()
    assert set(skill_ratings(profile.answers).values()) == {"working"}


@pytest.mark.parametrize("htmx", [False, True])
def test_a_bad_rating_is_shown_at_its_skill_and_nothing_is_saved(alice_client, profile, htmx):
    domain = domains()[2]
    bad, kept = list(domain.skills.all())[:2]
    data = domain_data(domain, 0) | {f"skill__{bad.slug}": "expert"}
    response = alice_client.post(domain_url(profile, domain), data, **(HX if htmx else {}))
    assert response.status_code == 200
    body = response.content.decode()
    message = f"Rate {bad.name} as none, basic, working or strong"
    assert f'<a href="#id_skill__{bad.slug}_0">{message}</a>' in body
    assert f'aria-describedby="id_skill__{bad.slug}_error"' in body
    assert f'id="id_skill__{bad.slug}_error"><span class="visually-hidden">Error:</span>' in body
    assert f'value="strong" id="id_skill__{kept.slug}_3" checked' in body
    profile.refresh_from_db()
    assert profile.revision == 0 and "skills" not in profile.answers


def test_a_stale_domain_save_shows_only_what_differs(alice_client, profile):
    fill_all(alice_client, profile)
    domain = domains()[0]
    changed = domain.skills.first()
    data = domain_data(domain, profile.revision - 1, "working") | {
        f"skill__{changed.slug}": "basic"
    }
    response = alice_client.post(domain_url(profile, domain), data)
    assert response.status_code == 409
    conflict = response.content.decode().split('id="conflict"', 1)[1].split("</table>", 1)[0]
    assert changed.name in conflict and conflict.count("<tr") == 2  # header and the one change
    profile.refresh_from_db()
    assert skill_ratings(profile.answers)[changed.slug] == "working"


def test_autosave_keeps_one_domain_and_the_rest(alice_client, profile):
    fill_all(alice_client, profile)
    domain = domains()[3]
    url = step_url(profile, "skills") + "autosave/"
    response = alice_client.post(url, domain_data(domain, profile.revision, "basic"), **HX)
    assert "Saved at" in response.content.decode()
    profile.refresh_from_db()
    ratings = skill_ratings(profile.answers)
    basic = {slug for slug, rating in ratings.items() if rating == "basic"}
    assert basic == {s.slug for s in domain.skills.all()}
    assert len(ratings) == Skill.objects.count()


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_unknown_domain_is_404(alice_client, profile, method):
    url = f"{step_url(profile, 'skills')}?domain=astrology"
    data = {"revision": "0", "domain": "astrology"} if method == "post" else None
    assert getattr(alice_client, method)(url, data).status_code == 404
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_it_rejects_other_owner(bob_client, profile):
    domain = domains()[1]
    assert bob_client.get(domain_url(profile, domain)).status_code == 404
    assert bob_client.post(domain_url(profile, domain), domain_data(domain, 0)).status_code == 404
    assert Profile.objects.get(pk=profile.pk).revision == 0


def test_wrong_method_is_405(alice_client, profile):
    assert alice_client.put(domain_url(profile, domains()[1])).status_code == 405


def test_skill_names_are_escaped_in_the_fieldsets(alice_client, profile):
    skill = domains()[0].skills.first()
    skill.name = 'Evals <script>alert("x")</script> & more'
    skill.save()
    body = alice_client.get(step_url(profile, "skills")).content.decode()
    assert "<script>alert" not in body
    assert "Evals &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in body


@pytest.mark.parametrize("htmx", [False, True])
def test_a_domain_page_stays_within_the_query_budget(alice_client, profile, htmx):
    fill_all(alice_client, profile)
    url = domain_url(profile, domains()[-1])
    extra = HX if htmx else {}
    alice_client.get(url, **extra)  # warm: the guide's rows load once per process
    with CaptureQueriesContext(connection) as ctx:
        assert alice_client.get(url, **extra).status_code == 200
    assert len(ctx.captured_queries) <= 6


def test_the_lane_steps_htmx_save_swaps_in_the_first_domain(alice_client, profile):
    response = alice_client.post(step_url(profile, "lane"), valid_data("lane"), **HX)
    first = domains()[0]
    assert response["HX-Push-Url"] == step_url(profile, "skills")
    body = response.content.decode()
    assert f'name="domain" value="{first.slug}"' in body
    assert body.count('<fieldset class="rating') == first.skills.count()
