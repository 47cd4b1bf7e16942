"""What the reader's rule tests share."""

from roles.reading import load_catalog, read_posting


def group_letter(text: str) -> str:
    """The group the reader gives a posting: "A"–"E", or "-" for no AI role."""
    reading = read_posting(text, load_catalog())
    return reading.group.group.letter if reading.group else "-"


def skill_flags(text: str):
    """The checklist skills the reader finds a posting asks for (their slugs)."""
    return read_posting(text, load_catalog()).skill_flags
