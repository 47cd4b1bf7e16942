"""Each record is written once, and a 4xx is one line: the server's access line, not also
a "Not Found" warning (twice, before: Django's default console handler and ours)."""

import logging

import pytest


def _pytests(handler: logging.Handler) -> bool:
    # pytest's capture handlers, added while tests run; not part of the configuration.
    return type(handler).__module__.startswith("_pytest")


def _writers(name: str, level: int) -> list[logging.Handler]:
    """The handlers a record of `level` on logger `name` reaches, as logging walks them."""
    logger = logging.getLogger(name)
    if not logger.isEnabledFor(level):
        return []
    found = []
    while logger is not None:
        found += [h for h in logger.handlers if level >= h.level and not _pytests(h)]
        logger = logger.parent if logger.propagate else None
    return found


def test_a_4xx_is_not_logged_again_by_django_request():
    assert _writers("django.request", logging.WARNING) == []


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("django.request", logging.ERROR),  # a 500, with its traceback
        ("django.security.DisallowedHost", logging.ERROR),
        ("django.db.backends.schema", logging.INFO),
        ("profiles.services", logging.WARNING),
    ],
)
def test_every_other_record_is_written_exactly_once(name, level):
    assert len(_writers(name, level)) == 1


def test_the_servers_access_line_is_still_written():
    # runserver's request lines ("GET /nope/ HTTP/1.1" 404): Django's own handler, once.
    assert len(_writers("django.server", logging.WARNING)) == 1


@pytest.mark.django_db
def test_a_404_leaves_no_warning(client, caplog):
    with caplog.at_level(logging.INFO):
        assert client.get("/no-such-page/").status_code == 404
    assert [r for r in caplog.records if r.name == "django.request"] == []
