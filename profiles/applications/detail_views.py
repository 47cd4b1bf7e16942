"""An application's page and what it edits: status, details, prep, interviews, delete."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from pivotapp.panels import render_panel, wants_partial

from ..owner import owned
from ..steps.base import error_items
from . import detail, services
from .forms import DetailsForm, EventForm, PrepForm, StatusForm
from .models import Application, InterviewEvent


def detail_page(
    request: HttpRequest,
    application: Application,
    *,
    status: int = 200,
    partial: str | None = None,
    **bound,
) -> HttpResponse:
    """The page, with any bound form that failed in place of its blank one."""
    rows = detail.expectations(application)
    ticked, listed = detail.prep_rows(application, rows)
    forms = {
        "status_form": StatusForm(
            initial={"status": application.status}, auto_id=f"move-{application.pk}-%s"
        ),
        "details_form": DetailsForm(instance=application, auto_id="app_%s"),
        "event_form": EventForm(auto_id="event_%s"),
        "prep_form": PrepForm(
            initial={"done": application.prep_done}, expectations=rows, auto_id="prep_%s"
        ),
        **bound,
    }
    context = {
        "application": application,
        "history": list(application.history.all()),
        "events": list(application.events.all()),
        "gaps": detail.gaps_now(application),
        "texts": detail.texts_sent(application),
        "prep": {"ticked": ticked, "listed": listed},
        "errors": error_items(*(form for name, form in bound.items() if name.endswith("_form"))),
        **forms,
    }
    if partial:
        return render_panel(
            request, "profiles/applications/detail.html", context, partial=partial, status=status
        )
    return render(request, "profiles/applications/detail.html", context, status=status)


@owned("GET", "HEAD", model=Application)
def show(request: HttpRequest, application: Application) -> HttpResponse:
    return detail_page(request, application)


@owned("POST", model=Application)
def edit(request: HttpRequest, application: Application) -> HttpResponse:
    form = DetailsForm(request.POST, instance=application, auto_id="app_%s")
    if not form.is_valid():
        application.refresh_from_db()  # the form wrote its values onto the instance
        return detail_page(request, application, status=400, details_form=form)
    services.update_details(application=application, values=form.cleaned_data)
    messages.success(request, "Saved the application's details.")
    return redirect(application.get_absolute_url())


@owned("POST", model=Application)
def prep(request: HttpRequest, application: Application) -> HttpResponse:
    rows = detail.expectations(application)
    form = PrepForm(request.POST, expectations=rows, auto_id="prep_%s")
    if not form.is_valid():
        return detail_page(request, application, status=400, prep_form=form)
    services.set_prep(application=application, done=form.cleaned_data["done"])
    if wants_partial(request):
        return detail_page(request, application, partial="prep")
    ticked, listed = detail.prep_rows(application, rows)
    messages.success(request, f"Saved your interview prep: {ticked} of {listed} ready.")
    return redirect(f"{application.get_absolute_url()}#prep")


@owned("POST", model=Application)
def add_event(request: HttpRequest, application: Application) -> HttpResponse:
    form = EventForm(request.POST, auto_id="event_%s")
    if not form.is_valid():
        return detail_page(request, application, status=400, event_form=form)
    event = services.add_event(
        application=application, on=form.cleaned_data["on"], label=form.cleaned_data["label"]
    )
    messages.success(request, f"Added “{event.label}” on {event.on.day} {event.on:%b %Y}.")
    return redirect(f"{application.get_absolute_url()}#interviews")


@owned("POST", model=Application)
def delete_event(request: HttpRequest, application: Application, event_id: int) -> HttpResponse:
    event = get_object_or_404(InterviewEvent, pk=event_id, application=application)
    services.delete_event(event=event)
    messages.success(request, f"Removed “{event.label}”.")
    return redirect(f"{application.get_absolute_url()}#interviews")


@owned("GET", "HEAD", "POST", model=Application)
def delete(request: HttpRequest, application: Application) -> HttpResponse:
    if request.method == "POST":
        services.delete_application(application=application)
        messages.success(request, f"Deleted the application “{application}”.")
        return redirect("applications:board")
    return render(request, "profiles/applications/delete.html", {"application": application})
