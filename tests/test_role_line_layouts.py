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
