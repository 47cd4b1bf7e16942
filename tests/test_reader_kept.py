"""The reader's catalog and readings kept per process under the guide's content stamp:
read once, seen again without a query, and read afresh after any edit of the guide."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from roles import guide
from roles.models import ReadingSignal
from roles.reading import current_catalog, read_posting
from roles.reading.evaluation import POSTINGS_DIR, parse_posting
from roles.reading.kept import READINGS_KEPT, current_reading

pytestmark = pytest.mark.django_db

TEXT = parse_posting(POSTINGS_DIR / "d01_llm_eval_engineer.txt").text


def queries_for(call) -> int:
    with CaptureQueriesContext(connection) as ctx:
        call()
    return len(ctx.captured_queries)


def test_the_catalog_is_loaded_once_for_many_requests():
    first = current_catalog()
    for _ in range(3):
        guide.new_request()
        assert queries_for(current_catalog) <= 1  # the content stamp, if the cache is the DB
        assert current_catalog() is first


def test_an_edited_signal_is_read_by_the_next_reading():
    before, _ = current_reading(TEXT)
    signal = ReadingSignal.objects.get(pk=_signal_id(before))
    signal.is_active = False
    signal.save()
    after, catalog = current_reading(TEXT)
    assert after is not before
    assert signal.pk not in {s.id for s in catalog.signals}
    assert after == read_posting(TEXT, catalog)


def _signal_id(reading) -> int:
    phrase = reading.group.evidence[0].phrase
    return ReadingSignal.objects.filter(phrase=phrase, is_active=True).values_list("pk")[0][0]


def test_the_same_text_is_read_once_and_equals_a_fresh_reading():
    first, catalog = current_reading(TEXT)
    guide.new_request()
    again, _ = current_reading(TEXT)
    assert again is first
    assert first == read_posting(TEXT, catalog)
    assert current_reading(TEXT + " ")[0] is not first


def test_at_most_so_many_readings_are_kept_least_recently_read_out():
    first, _ = current_reading(TEXT)
    for n in range(READINGS_KEPT - 1):
        current_reading(f"Posting {n}: Python and RAG")
    assert current_reading(TEXT)[0] is first  # read again: now the most recent
    for n in range(READINGS_KEPT):
        current_reading(f"Another posting {n}: evals")
    assert current_reading(TEXT)[0] is not first


def test_nothing_is_kept_when_the_page_cache_is_off():
    with override_settings(PIVOT_PAGE_CACHE_BYTES=0):
        first, _ = current_reading(TEXT)
        assert current_reading(TEXT)[0] is not first
