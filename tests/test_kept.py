"""The one bounded memo a process keeps (pivotapp/kept.py)."""

from django.test import override_settings

from pivotapp.kept import Kept


def test_it_lets_go_of_the_least_recently_used_by_weight():
    kept = Kept(max_weight=80, weight=len)
    for name in "abcd":
        kept.put(name, b"x" * 10)
    kept.get("a")
    for name in "efghi":
        kept.put(name, b"x" * 10)
    assert kept.total <= 80
    assert kept.get("a") is not None  # read recently
    assert kept.get("b") is None
    kept.put("huge", b"x" * 11)  # over an eighth of the whole: never kept
    assert kept.get("huge") is None


def test_it_lets_go_of_the_least_recently_used_by_count():
    kept = Kept(max_entries=2)
    kept.put("a", 1)
    kept.put("b", 2)
    kept.get("a")
    kept.put("c", 3)
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == (1, None, 3)
    kept.put("a", 4)  # replacing keeps the count
    assert len(kept) == 2 and kept.get("a") == 4


def test_it_makes_a_value_once_and_every_time_when_switched_off():
    kept = Kept(max_entries=4)
    made = []

    def make():
        made.append(1)
        return len(made)

    assert kept.get_or_make("k", make) == 1
    assert kept.get_or_make("k", make) == 1
    with override_settings(PIVOT_PAGE_CACHE_BYTES=0):
        assert kept.get_or_make("k", make) == 2
        assert kept.get_or_make("k", make) == 3
