"""The one way views find a profile or a version: through its owner.

Anyone else gets 404, never 403, so another account cannot even learn that an id exists;
and the owner check comes before the method check, so a wrong method on someone else's
id is a 404 too, not a 405 that would confirm it exists.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_vary_headers

from pivotapp.middleware import private_no_store
from roles import guide

from .models import Profile, Version


def _check_uuid(profile_id) -> None:
    try:
        uuid.UUID(str(profile_id))
    except ValueError as exc:
        raise Http404 from exc


# What a profile is loaded with unless a view says otherwise: the lane's row and group
# (the lists, the LinkedIn copy and the snapshot read them). They are the guide's content:
# once the process holds the guide's lanes for the current content (roles.guide.archetypes,
# loaded by the first page that shows a lane), they are attached from there rather than
# joined, the join being half the lookup's work; before that, joined as ever, so no request
# runs a query more. The views that never read profile.lane ask for none
# (`owned(related=())`).
LANE = ("lane__group",)


def _lane_from_guide(related) -> bool:
    return "lane__group" in related and guide.holds(guide.ARCHETYPES)


def _with_guide_lane(profile: Profile) -> Profile:
    """`profile.lane` (with its group) as the guide's row, with no join and no query; a
    lane the guide's rows lack (none should) is left to load lazily."""
    lane = guide.archetype(profile.lane_id) if profile.lane_id else None
    if lane is not None:
        Profile.lane.field.set_cached_value(profile, lane)
    return profile


def _joins(related, from_guide: bool) -> tuple:
    """The joins still made in SQL: none for the lane when it comes from the guide."""
    return tuple(name for name in related if not (from_guide and name in LANE))


def get_owned_profile(
    request: HttpRequest, profile_id, *, for_update: bool = False, related=LANE
) -> Profile:
    if not request.user.is_authenticated:
        raise Http404
    _check_uuid(profile_id)
    from_guide = _lane_from_guide(related)
    joins = _joins(related, from_guide)
    queryset = Profile.objects.select_related(*joins) if joins else Profile.objects.all()
    if for_update:
        queryset = queryset.select_for_update()
    # owner_id, not owner: the same WHERE without resolving a relation from the user row.
    profile = get_object_or_404(queryset, pk=profile_id, owner_id=request.user.pk)
    return _with_guide_lane(profile) if from_guide else profile


def get_owned_version(request: HttpRequest, profile_id, number: int, *, related=LANE) -> Version:
    if not request.user.is_authenticated:
        raise Http404
    _check_uuid(profile_id)
    from_guide = _lane_from_guide(related)
    joins = [f"profile__{name}" for name in _joins(related, from_guide)] or ["profile"]
    version = get_object_or_404(
        Version.objects.select_related(*joins),
        profile_id=profile_id,
        profile__owner_id=request.user.pk,
        number=number,
    )
    if from_guide:
        _with_guide_lane(version.profile)
    return version


def get_owned(request: HttpRequest, model, pk):
    """An account-owned object (an application): its model's `objects.for_owner(user)`
    is the only queryset it is looked up in."""
    if not request.user.is_authenticated:
        raise Http404
    _check_uuid(pk)
    return get_object_or_404(model.objects.for_owner(request.user), pk=pk)


def owned(*methods: str, model=None, related=LANE) -> Callable:
    """For every view of a profile (URL kwarg `pk`) or of one of its versions (`pk` and
    `number`), or with `model` of an object the account owns directly (an application,
    found by `get_owned`): sign-in, the owner lookup, then the method check,
    `Vary: HX-Request` (htmx requests get a panel, others the whole page, from the same URL), and
    `Cache-Control: private, no-store` (owner data, downloads included, is never kept by
    a shared cache nor written to the browser's disk cache).

    The view is called as view(request, profile, ...), with `version=` added when the
    URL names one; with `model`, as view(request, obj, ...). Every answer is drawn for
    its request: nothing of a page is kept.

    `related`: what the profile is loaded with (select_related), or a function of the
    request and the URL's kwargs giving it (the step view: only some steps read the
    lane's row).
    """
    allowed = list(methods)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, pk, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            # The user as login() leaves it: Django's lazy wrapper raises and catches an
            # AttributeError on every read of it (views, templates), a score a page.
            request.user = getattr(request.user, "_wrapped", request.user)
            number = kwargs.pop("number", None)
            joins = related(request, **kwargs) if callable(related) else related
            if model is not None:
                profile = get_owned(request, model, pk)
            elif number is None:
                profile = get_owned_profile(request, pk, related=joins)
            else:
                kwargs["version"] = get_owned_version(request, pk, number, related=joins)
                profile = kwargs["version"].profile
            if request.method not in allowed:
                response = HttpResponseNotAllowed(allowed)
            else:
                response = view(request, profile, *args, **kwargs)
            patch_vary_headers(response, ["HX-Request"])
            return private_no_store(response)

        wrapper.owner_scoped = True  # tests list the views that lack it
        return wrapper

    return decorator


def signed_in(*methods: str) -> Callable:
    """For pages about everything an account owns of a kind (the applications board, its
    download): sign-in, the method check, `Vary: HX-Request` and `private, no-store`, as
    `owned` gives an object's pages. The view is called as view(request)."""
    allowed = list(methods)

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if request.method not in allowed:
                response = HttpResponseNotAllowed(allowed)
            else:
                response = view(request, *args, **kwargs)
            patch_vary_headers(response, ["HX-Request"])
            return private_no_store(response)

        return wrapper

    return decorator
