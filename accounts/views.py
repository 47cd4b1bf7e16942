"""Account page: email addresses, password, "Download my data", "Delete my account".

Authentication itself (sign up, sign in, reset, change) is all allauth's; these views
only sit beside it.
"""

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods

from .data_export import export_json
from .forms import DeleteAccountForm
from .services import STAFF_CANNOT_SELF_DELETE, delete_account, may_delete_itself


@require_GET
@login_required
def account_page(request: HttpRequest) -> HttpResponse:
    email_addresses = EmailAddress.objects.filter(user=request.user).order_by("-primary", "email")
    return render(
        request,
        "accounts/settings.html",
        {"email_addresses": email_addresses, "delete_form": DeleteAccountForm(user=request.user)},
    )


@require_GET
@login_required
@never_cache
def download_data(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(export_json(request.user), content_type="application/json")
    filename = f"pivot-data-{timezone.now():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_http_methods(["GET", "POST"])
@login_required
@sensitive_post_parameters("password")
def delete_account_view(request: HttpRequest) -> HttpResponse:
    if not may_delete_itself(request.user):
        # 403 on POST: nothing happens, whatever was sent; the page says whom to ask.
        status = 403 if request.method == "POST" else 200
        context = {"staff_message": STAFF_CANNOT_SELF_DELETE}
        return render(request, "accounts/delete.html", context, status=status)
    # Not `request.POST or None`: an empty submit must still say the password is missing.
    data = request.POST if request.method == "POST" else None
    form = DeleteAccountForm(data, user=request.user)
    if request.method == "POST":
        # Guessing the password here must be as slow as at the sign-in page.
        limited = ratelimit.consume_or_429(request, action="reauthenticate", user=request.user)
        if limited:
            return limited
        if form.is_valid():
            user = request.user
            email = user.email
            get_adapter(request).logout(request)
            delete_account(user=user)
            # Added after logout: the fresh anonymous session carries the message.
            messages.success(request, f"Your account {email} and all its data have been deleted.")
            return redirect("roles:home")
    return render(request, "accounts/delete.html", {"form": form})
