"""Every view of something a person owns goes through the one owner decorator
(profiles.owner.owned): sign-in, owner lookup (404 to anyone else), then the method check."""

from django.urls import URLPattern, URLResolver, get_resolver


def owner_urls(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from owner_urls(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            if "<uuid:pk>" in route:
                yield route, entry.callback


def test_every_owner_scoped_view_uses_the_one_decorator():
    views = list(owner_urls(get_resolver().url_patterns))
    assert len(views) >= 15, views  # steps, versions, exports, coach, profile pages
    missing = [route for route, view in views if not getattr(view, "owner_scoped", False)]
    assert missing == []
