"""The role's name alone (roles/reading/role_line.py): company, place, remote terms and
team come apart from the posting's first lines, on every posting labelled with a title.

Tuning batches are held to exact titles; each held-out batch is measured alone against a
floor, since it is read, not tuned on (roles/reading/evaluation.py says which is which)."""

import pathlib

import pytest
import re2

from roles.reading import role_line, role_words
from roles.reading.evaluation import BATCHES, TUNING, load_postings
from roles.reading.posting_facts import COMPANY_WORDS, suggested, suggested_company
from roles.reading.role_line import read_head, read_line
from roles.reading.sections import regions

from .patterns_support import WORST_INPUTS, patterns_in

TUNED = [p for b in BATCHES if b.status == TUNING for p in load_postings(b) if p.title]
HELD_OUT = [b for b in BATCHES if b.held_out]


def _read(posting) -> tuple[str, str]:
    """(title, company) as tailoring suggests them for the posting."""
    hint = suggested_company(posting.text)
    found = read_head(posting.text, company_hint=hint)
    return found.title, found.company or hint


@pytest.mark.parametrize("module", [role_line, role_words], ids=lambda m: m.__name__)
def test_every_pattern_in_the_module_runs_on_re2(module):
    found = patterns_in(module)
    assert len(found) >= 6
    assert [name for name, p in found if not isinstance(p, re2._Regexp)] == []
    assert "import re\n" not in pathlib.Path(module.__file__).read_text()


@pytest.mark.parametrize("text", WORST_INPUTS.values(), ids=WORST_INPUTS.keys())
def test_the_audits_worst_inputs_are_read(text):
    # RE2 is linear by construction; this shows each input is read whole without error.
    assert isinstance(read_head(text), role_line.RoleLine)
    assert isinstance(read_line(text[:5000]), role_line.RoleLine)


@pytest.mark.parametrize("posting", TUNED, ids=lambda p: p.name)
def test_the_title_is_the_roles_name_alone(posting):
    assert _read(posting)[0] == posting.title


def test_the_company_is_found_for_all_but_one_in_20_tuning_postings():
    misses = [(p.name, found) for p in TUNED if (found := _read(p)[1]) != p.company]
    assert len(TUNED) >= 18
    assert len(misses) <= len(TUNED) // 20, misses


# Each held-out batch's floor is its figure as measured once, when it was fresh; the goal
# is 90% of titles and 85% of companies. ho149-ho168 (15/20 titles and 11/20 companies
# before the seventh round, 17/20 and 17/20 after it) is tuning data since the eighth,
# ho169-ho188 (18/20 titles before the eighth round, 20/20 after it; companies 18/20)
# since the ninth, ho189-ho208 (13/20 titles and 10/20 companies before and after the
# ninth round: gender suffixes, a company named only in prose, French headings) since the
# tenth; all are held to exact titles above. ho209-ho228, held out, read 16/20 titles and
# 16/20 companies before the tenth round, 18/20 and 16/20 after it.
FLOORS: dict[str, dict[str, float]] = {"ho209-ho228": {"titles": 0.90, "companies": 0.80}}
GOAL = {"titles": 0.90, "companies": 0.85}


@pytest.mark.parametrize("batch", HELD_OUT, ids=lambda b: b.name)
def test_each_held_out_batch_alone_meets_the_floor(batch):
    # Counts only: a held-out batch's misses are not printed, so they cannot drive a change.
    titled = [p for p in load_postings(batch) if p.title]
    read = [_read(p) for p in titled]
    titles = sum(title == p.title for p, (title, _) in zip(titled, read, strict=True))
    companies = sum(company == p.company for p, (_, company) in zip(titled, read, strict=True))
    assert len(titled) >= 15
    floor = FLOORS.get(batch.name, GOAL)
    assert titles >= floor["titles"] * len(titled), f"{titles} of {len(titled)} titles"
    assert companies >= floor["companies"] * len(titled), f"{companies} of {len(titled)}"


@pytest.mark.parametrize(
    ("line", "title", "company", "location", "team"),
    [
        (
            "AI Engineer, LLM Applications — Lanebridge Logistics (Chicago or remote, US)",
            "AI Engineer, LLM Applications",
            "Lanebridge Logistics",
            "Chicago or remote, US",
            "",
        ),
        (
            "Applied AI Engineer | Disputes & Chargebacks | Coinflux | Remote (EU)",
            "Applied AI Engineer",
            "Coinflux",
            "Remote, EU",
            "Disputes & Chargebacks",
        ),
        ("LLM Evaluation Engineer at Brightwell", "LLM Evaluation Engineer", "Brightwell", "", ""),
        ("MLOps Engineer @ Kestrel Robotics", "MLOps Engineer", "Kestrel Robotics", "", ""),
        (
            "Founding AI Engineer · Shelfwise · Remote",
            "Founding AI Engineer",
            "Shelfwise",
            "Remote",
            "",
        ),
        (
            "Lead AI Engineer (Trip Planning) – Wayfarer",
            "Lead AI Engineer",
            "Wayfarer",
            "",
            "Trip Planning",
        ),
        ("Staff Engineer, AI Gateway - Paylode", "Staff Engineer, AI Gateway", "Paylode", "", ""),
        (
            "Principal AI Engineer (Search) at Northbank",
            "Principal AI Engineer",
            "Northbank",
            "",
            "Search",
        ),
    ],
)
def test_separators_take_a_line_apart(line, title, company, location, team):
    found = read_line(line, body=f"{company} is hiring.")
    assert (found.title, found.company, found.location, found.team) == (
        title,
        company,
        location,
        team,
    )


def test_labelled_lines_win_over_the_first_line():
    text = (
        "Careers at Meridian\nJob title: Senior ML Platform Engineer\nCompany: Meridian Health\n"
        "Location: Nashville, TN\nTeam: Clinical Data Science\n\nAbout the role\nServe models."
    )
    found = read_head(text)
    assert found.title == "Senior ML Platform Engineer"
    assert found.company == "Meridian Health"
    assert found.location == "Nashville, TN"
    assert found.team == "Clinical Data Science"


def test_a_company_line_under_the_title_fills_the_company():
    text = "Machine Learning Engineer, Retrieval\nGenovia Bio · Cambridge, MA · Hybrid\n\nWe build."
    found = read_head(text)
    assert (found.title, found.company) == ("Machine Learning Engineer, Retrieval", "Genovia Bio")


def test_a_posting_without_a_role_line_suggests_nothing():
    assert read_head("We are a small team.\nWe build things.").title == ""
    assert read_line("Lanebridge Logistics — Chicago") == role_line.RoleLine()


def test_a_first_line_of_many_separators_still_gives_the_title():
    line = "Engineer " + "— a " * 5000 + "(" * 2000 + "x"
    assert read_line(line).title == "Engineer"


@pytest.mark.parametrize(
    ("line", "title", "company", "location"),
    [
        (
            "Northwind Labs is hiring: Research Engineer, Vision (London or Zürich)",
            "Research Engineer, Vision",
            "Northwind Labs",
            "London or Zürich",
        ),
        ("Keel & Co are hiring a Senior AI Engineer", "Senior AI Engineer", "Keel & Co", ""),
        ("We're hiring: Senior AI Engineer — Remote (EU)", "Senior AI Engineer", "", "Remote, EU"),
        (
            "AI Reliability Engineer, Voice (Kestrel Motors, Munich or Gothenburg)",
            "AI Reliability Engineer, Voice",
            "Kestrel Motors",
            "Munich or Gothenburg",
        ),
    ],
)
def test_a_company_before_is_hiring_or_bracketed_with_a_place(line, title, company, location):
    found = read_line(line)
    assert (found.title, found.company, found.location) == (title, company, location)


def test_an_organisation_heading_names_the_company():
    text = "Job title: Senior Developer\nOrganisation: Office of Land Records\n\nJob summary\nWe."
    assert read_head(text).company == "Office of Land Records"
    assert suggested_company(text) == "Office of Land Records"


def test_a_name_after_a_dash_gives_way_to_the_company_line_the_posting_repeats():
    text = (
        "Principal MLOps Engineer – Regulated AI\nNordvik Diagnostics, Oslo (hybrid)\n\n"
        "Nordvik's imaging software reads scans in 400 hospitals. Nordvik ships models."
    )
    found = read_head(text)
    assert (found.title, found.company, found.team) == (
        "Principal MLOps Engineer",
        "Nordvik Diagnostics",
        "Regulated AI",
    )


def test_a_company_is_one_short_line_never_a_paragraph():
    # "at Pace.\n\nBenefits\nAlongside": a name must not run on over a heading.
    text = (
        "Senior Developer\n\nWe'll assess Working Together and Delivering at Pace.\n\n"
        "Benefits\nAlongside your salary you get a pension."
    )
    company = suggested(text, regions(text))[1]
    assert "\n" not in company and len(company.split()) <= COMPANY_WORDS


def test_the_company_keeps_the_kind_of_company_the_posting_writes_after_it():
    text = "Senior Engineer\n\nAbout Harrowgate\nFor 90 years Harrowgate Insurance has paid claims."
    assert suggested_company(text) == "Harrowgate Insurance"


def test_a_company_never_spans_a_sentence_boundary():
    text = (
        "Senior Engineer\n\nWe serve pantries across the Southeast. Drayfield is an equal "
        "opportunity employer."
    )
    assert suggested_company(text) == "Drayfield"


def test_an_equal_opportunity_line_with_inc_names_the_company():
    text = (
        "Senior Engineer\n\nWe build tools.\n\nKestrow Data, Inc. is an Equal Opportunity Employer."
    )
    assert suggested_company(text) == "Kestrow Data"


def test_a_name_alone_over_the_title_is_the_company_and_the_dash_gives_the_team():
    text = (
        "Brightloom\nSenior AI Evaluation Engineer – Responsible AI\nRemote (US) · Full-time\n\n"
        "Brightloom's platform screens résumés. Brightloom is an equal opportunity employer."
    )
    found = read_head(text, company_hint=suggested_company(text))
    assert (found.title, found.company, found.team) == (
        "Senior AI Evaluation Engineer",
        "Brightloom",
        "Responsible AI",
    )


def test_a_heading_over_the_title_is_not_the_company():
    text = "Careers\nSenior AI Engineer – Orbitly\n\nOrbitly builds maps. Orbitly ships weekly."
    found = read_head(text, company_hint=suggested_company(text))
    assert (found.title, found.company) == ("Senior AI Engineer", "Orbitly")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Vice President, AI Engineering (Retail Banking Technology)",
            "Vice President, AI Engineering",
        ),
        ("Associate, Machine Learning Platform", "Associate, Machine Learning Platform"),
        ("Chief AI Officer", "Chief AI Officer"),
    ],
)
def test_bank_ranks_are_role_titles(line, title):
    assert read_line(line).title == title


def test_a_bank_title_over_an_ampersand_company_line():
    text = (
        "Vice President, AI Engineering (Retail Banking Technology)\n"
        "Ashby & Vale Bank — Charlotte, NC\n\nAshby & Vale Bank serves 3 million customers."
    )
    found = read_head(text, company_hint=suggested_company(text))
    assert (found.title, found.company, found.location, found.team) == (
        "Vice President, AI Engineering",
        "Ashby & Vale Bank",
        "Charlotte, NC",
        "Retail Banking Technology",
    )
