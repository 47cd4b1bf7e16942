"""Shared helpers for the brief tests (no tests here): profiles through the real steps."""

import io
import re

from pypdf import PdfReader

from tests.step_data import fill_all, make_profile, step_url, valid_data


def filled_profile(client, owner, *, overrides: dict | None = None, name="Applied AI"):
    """Every step answered through its form; `overrides` are texts typed on the messaging
    step (key -> text), as a person overriding the generated copy would."""
    profile = fill_all(client, make_profile(owner, name=name))
    if overrides:
        data = valid_data("messaging", profile.revision)
        data |= {f"text__{key}": text for key, text in overrides.items()}
        response = client.post(step_url(profile, "messaging"), data)
        assert response.status_code == 302, response.content[:2000]
        profile.refresh_from_db()
    return profile


def pdf_pages(content: bytes) -> list[str]:
    """Each page's text with runs of whitespace made single spaces (lines wrap anywhere)."""
    reader = PdfReader(io.BytesIO(content))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
