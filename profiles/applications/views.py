"""/applications/: the board and the list, moving a card, the CSV download."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from pivotapp.panels import render_panel, wants_partial

from ..owner import owned, signed_in
from . import board, services
from .choices import Status
from .csv_export import csv_response
from .detail_views import detail_page
from .forms import FilterForm, StatusForm
from .models import Application

BOARD = "profiles/applications/board.html"


def _filters(query: QueryDict) -> FilterForm:
    return FilterForm(query or None, auto_id="filter_%s")


def board_context(request: HttpRequest, here: str) -> dict:
    """`here`: the board's address with its filters, where a card's move comes back to."""
    query = QueryDict(urlsplit(here).query)
    today = timezone.localdate()
    form = _filters(query)
    applications = list(board.with_upcoming(board.filtered(request.user, form), today))
    for application in applications:
        application.overdue = board.is_overdue(application, today)
    return {
        "filter_form": form,
        "filtered": board.has_filters(form),
        "columns": board.columns(applications),
        "next_steps": board.next_steps(applications, today),
        "count": len(applications),
        "today": today,
        "statuses": Status.choices,
        "here": here,
    }


@signed_in("GET", "HEAD")
def board_page(request: HttpRequest) -> HttpResponse:
    context = board_context(request, request.get_full_path())
    status = 400 if context["filter_form"].is_bound and context["filter_form"].errors else 200
    return render_panel(request, BOARD, context, partial="applications", status=status)


def safe_next(request: HttpRequest, fallback: str) -> str:
    wanted = request.POST.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return fallback


@owned("POST", model=Application)
def move(request: HttpRequest, application: Application) -> HttpResponse:
    """A card's status form on the board, or the status form on the application's page
    (`next` says which page to go back to)."""
    board_url = reverse("applications:board")
    back = safe_next(request, application.get_absolute_url())
    form = StatusForm(
        request.POST, since=application.status_on, auto_id=f"move-{application.pk}-%s"
    )
    if urlsplit(back).path != board_url:
        if not form.is_valid():
            return detail_page(request, application, status=400, status_form=form)
        note = _move(application, form)
        messages.success(request, note)
        return redirect(back)
    # From the board: htmx swaps the board and list in place (only 2xx answers are
    # swapped, so a refused move is a 200 there, with its message).
    if not form.is_valid():
        context = board_context(request, back)
        context["problem"] = f"“{application}” was not moved: choose one of the listed statuses."
        status = 200 if wants_partial(request) else 400
        return render_panel(request, BOARD, context, partial="applications", status=status)
    note = _move(application, form)
    if not wants_partial(request):
        messages.success(request, note)
        return redirect(back)
    context = {**board_context(request, back), "moved": note}
    return render_panel(request, BOARD, context, partial="applications")


def _move(application: Application, form: StatusForm) -> str:
    moved = services.change_status(
        application=application, status=form.cleaned_data["status"], on=form.cleaned_data["on"]
    )
    label = application.get_status_display()
    return f"Moved “{application}” to {label}." if moved else f"“{application}” is in {label}."


@signed_in("GET", "HEAD")
def download(request: HttpRequest) -> HttpResponse:
    form = _filters(request.GET)
    return csv_response(board.filtered(request.user, form).order_by("created_at", "pk"))
