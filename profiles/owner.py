"""The one way views find a profile: through its owner. Anyone else gets 404, never 403,
so another account cannot even learn that an id exists."""

import uuid

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from .models import Profile, Version


def get_owned_profile(request: HttpRequest, profile_id, *, for_update: bool = False) -> Profile:
    if not request.user.is_authenticated:
        raise Http404
    try:
        uuid.UUID(str(profile_id))
    except ValueError as exc:
        raise Http404 from exc
    queryset = Profile.objects.select_related("lane__group")
    if for_update:
        queryset = queryset.select_for_update()
    return get_object_or_404(queryset, pk=profile_id, owner=request.user)


def get_owned_version(request: HttpRequest, profile_id, number: int) -> Version:
    if not request.user.is_authenticated:
        raise Http404
    try:
        uuid.UUID(str(profile_id))
    except ValueError as exc:
        raise Http404 from exc
    return get_object_or_404(
        Version.objects.select_related("profile"),
        profile_id=profile_id,
        profile__owner=request.user,
        number=number,
    )
