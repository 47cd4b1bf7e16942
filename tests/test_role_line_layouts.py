"""Layouts of a posting's head met in ho109-ho148 (round 7), each read by a general rule
of roles/reading/role_line.py, never by one posting's words: every case here was written
for the layout, with invented names, and failed before the rule was added."""

import pytest

from roles.reading.posting_facts import suggested_company
from roles.reading.role_line import read_head, read_line


@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (  # a name over a labelled "Post title:", the bracket its unit
            "Marlow District Council\n\nPost title: AI Quality Engineer (Customer Services)\n"
            "Grade: PO4\n\nAbout the role\nMarlow answers residents. Marlow is accountable.",
            "AI Quality Engineer",
            "Marlow District Council",
        ),
        (  # "The role:" after a company blurb
            "About us\n\nTruckwise moves loads for small carriers.\n\nThe role: AI Agent "
            "Engineer\n\nYou'll build agents.",
            "AI Agent Engineer",
            "Truckwise",
        ),
        (  # "Req ID | Title (Team)" over a labelled location and salary line
            "Req ID: 4411 | Senior Software Engineer, Generative AI (Store Support)\n"
            "Location: Derby Head Office (hybrid) | Salary: £70,000 – £80,000 + bonus\n\n"
            "Pennant & Rowe is one of the oldest grocers in the Midlands.",
            "Senior Software Engineer, Generative AI",
            "Pennant & Rowe",
        ),
        (  # "Company (stage, aside) is hiring a Title." as a sentence
            "Shiftly (pre-seed, $1M from two angels) is hiring a Founding Engineer.\n\n"
            "Shiftly fills empty shifts.",
            "Founding Engineer",
            "Shiftly",
        ),
        (  # the role said only in a sentence under a heading
            "About Us\nGreenfield Pantry Alliance feeds families in four counties.\n\n"
            "The Position\nWe are hiring our first AI Engineer to build a text assistant that "
            "answers questions about pantries, benefits and opening times in three languages.",
            "AI Engineer",
            "Greenfield Pantry Alliance",
        ),
        (  # "Title, Team, Company, City" written with commas only
            "Senior AI Engineer, Catalogue Tools, Birch & Vane, Leeds\n\nBirch & Vane is an "
            "independent publisher.",
            "Senior AI Engineer, Catalogue Tools",
            "Birch & Vane",
        ),
        (  # a German title with its gender suffix, the company line under it
            "Daten-Ingenieur für Prognosen (m/w/d)\nSüdnetz Energie · Standort: Kassel · "
            "Vollzeit, unbefristet\n\nDie Südnetz Energie betreibt Netze.",
            "Daten-Ingenieur für Prognosen",
            "Südnetz Energie",
        ),
        (  # French inclusive writing and "(H/F)"
            "Ingénieur·e MLOps (H/F)\nClinique Beaumont — Direction du Numérique\n\n"
            "La Clinique Beaumont soigne 40 000 patients.",
            "Ingénieur·e MLOps",
            "Clinique Beaumont",
        ),
        (  # "en Company" is Spanish for "at Company"
            "Ingeniero/a de datos en Contrata (Valencia, híbrido)\n\nContrata revisa facturas.",
            "Ingeniero/a de datos",
            "Contrata",
        ),
        (  # LinkedIn: title, company, then place and counts
            "Senior Data Scientist, Drug Safety\nVellora Therapeutics\nBoston, MA · Hybrid · "
            "3 days ago · Over 200 applicants\n\nAbout the job\nAt Vellora, we make medicines.",
            "Senior Data Scientist, Drug Safety",
            "Vellora Therapeutics",
        ),
        (  # LinkedIn: company over the title, a country and terms under it
            "Parkline\nAI Platform Engineer\nYork, England, United Kingdom · Hybrid · Full-time\n"
            "About the job\nParkline runs car parks across York: our York sites read plates, "
            "York drivers pay by app.",
            "AI Platform Engineer",
            "Parkline",
        ),
        (  # a long company line of short facts
            "AI Safety Engineer, Voice Assistant\nBrenner Automotive · Munich, Germany · Job ID "
            "2026-1182 · Full-time · English-speaking team\n\nEvery Brenner car talks.",
            "AI Safety Engineer, Voice Assistant",
            "Brenner Automotive",
        ),
        (  # a letter from the hiring manager; the facts line comes last
            "Hi, I'm Sam, CTO at Stridely.\n\nStridely is a cycling app.\n\nWhat the job is\n"
            "You'll lead a team of three.\n\nRole: Machine Learning Lead · Team: Coach · "
            "Location: Remote (UK)",
            "Machine Learning Lead",
            "Stridely",
        ),
        (  # the company named only in the first paragraph, the title after a blurb
            "Pitchgrid turns match video into data for clubs and scouts across Europe, "
            "every frame of every game.\n\nComputer Vision Engineer, Ball Tracking\n"
            "Porto or remote\n\nThe job\nYou'll train models.",
            "Computer Vision Engineer, Ball Tracking",
            "Pitchgrid",
        ),
        (  # "We're hiring!", a bold title, then place and terms: no name there
            "We're hiring!\n\n**Frontend Engineer, Checkout**\nMilan or London · Hybrid · "
            "Permanent\n\nCasa Verano is a family fashion house.",
            "Frontend Engineer, Checkout",
            "Casa Verano",
        ),
        (  # "Company — Title (Field)": a field of machine learning stays in the title
            "Parolo — Machine Learning Engineer (Speech)\nRemote (Europe)\n\nAt Parolo, "
            "learners speak.",
            "Machine Learning Engineer (Speech)",
            "Parolo",
        ),
    ],
)
def test_round_seven_layouts(text, title, company):
    hint = suggested_company(text)
    found = read_head(text, company_hint=hint)
    assert (found.title, found.company or hint) == (title, company)


@pytest.mark.parametrize(
    "line", ["Data Engineer (m/w/d)", "Data Engineer (H/F)", "Data Engineer (all genders)"]
)
def test_a_gender_suffix_is_neither_title_nor_team(line):
    found = read_line(line)
    assert (found.title, found.team) == ("Data Engineer", "")


# Round 10 (ho189-ho208): each case written for the layout with invented names; each
# failed before its rule (docs/posting-reader-accuracy.md, Round 10).
@pytest.mark.parametrize(
    ("text", "title", "company"),
    [
        (  # a legal form after the company's name is the register's, not its name
            "MLOps Engineer\nBrennholt Acoustics A/S — Job ID 77-12 — Aalborg, Denmark — "
            "Hybrid\n\nBrennholt makes speakers for concert halls.",
            "MLOps Engineer",
            "Brennholt Acoustics",
        ),
        (  # a labelled title whose words name no role is still the title
            "Job title: Fleet Procurement Partner\nDepartment: Operations\nLocation: Dover\n\n"
            "About us\nKestrel Ferries sails to Calais six times a day.",
            "Fleet Procurement Partner",
            "Kestrel Ferries",
        ),
        (  # a reference, a labelled title, the company line under it
            "Vacancy reference: AB-0912\nJob title: Category Buyer – Packaging & Spares\n"
            "Millbrook Print Services | Leeds | Full-time\n\nMillbrook prints labels for "
            "400 brands.",
            "Category Buyer",
            "Millbrook Print Services",
        ),
        (  # "Position:" with a bracketed unit, the organisation a limited company
            "Position: Senior Statistician (Trials)\nOrganisation: Harbourne Research Ltd\n"
            "Location: Leeds\n\nAbout us\nHarbourne runs clinical studies.",
            "Senior Statistician",
            "Harbourne Research",
        ),
        (  # a head line in capitals, the company's name before the dash
            "MOSSGATE TRUST – AI QUALITY ENGINEER\n\nWHO WE ARE\nMossgate Trust is a charity "
            "for carers. Mossgate answers 5,000 calls a month.",
            "AI Quality Engineer",
            "Mossgate Trust",
        ),
        (  # the role in French and in English; the place under it named as one in prose,
            # the employer only as the subject renamed between commas
            "Ingénieur·e qualité IA / AI Quality Engineer (H/F)\nArlon · CDI / permanent · "
            "Hybrid\n\nThe helpline for the city of Arlon and its villages, Liaison 24 "
            "Ardenne, answers 300,000 calls a year.",
            "AI Quality Engineer",
            "Liaison 24 Ardenne",
        ),
        (  # German and English titles, each with its gender suffix; a GmbH line under
            "CAD-Konstrukteur Schuheinlagen (m/w/d) / CAD Designer Insoles (m/f/d)\n\n"
            "Weber Fußtechnik GmbH · Ulm · Vollzeit / full-time\n\nWeber is a workshop.",
            "CAD Designer Insoles",
            "Weber Fußtechnik",
        ),
        (  # a startup board: name and batch, tagline, title, a line of facts and equity
            "Candlewick (S27)\nHelping landlords keep their paperwork straight.\n\n"
            "Founding Engineer\nLeeds, GB / Remote (UK) · Full-time · £70K – £90K · "
            "0.5% – 1.0% equity · 2+ years experience\n\nAbout Candlewick\nCandlewick "
            "keeps landlords compliant.",
            "Founding Engineer",
            "Candlewick",
        ),
        (  # after a dash, the field of AI the role works in stays in the title
            "Research Engineer — Herbarium Vision | Pressleaf | Kew | Permanent\n\n"
            "Pressleaf digitises herbaria.",
            "Research Engineer, Herbarium Vision",
            "Pressleaf",
        ),
    ],
)
def test_round_ten_layouts(text, title, company):
    hint = suggested_company(text)
    found = read_head(text, company_hint=hint)
    assert (found.title, found.company or hint) == (title, company)


def test_a_paragraph_opening_on_a_gerund_names_no_company():
    text = (
        "Senior Engineer\n\nHollyfield Advice is a charity.\n\nGetting this wrong hurts "
        "people.\n\nGetting this right matters."
    )
    assert suggested_company(text) == "Hollyfield Advice"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Ingeniero de datos / Data Engineer", "Data Engineer"),
        ("DEVOPS ENGINEER", "DevOps Engineer"),
    ],
)
def test_a_second_language_and_capitals_give_the_title_as_written_in_english(line, title):
    assert read_line(line).title == title
