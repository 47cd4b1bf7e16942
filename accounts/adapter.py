"""allauth adapter: plainer messages, a used-up failed-login limit answers with the 429
page, signup hashes a password on both of its paths, and a fresh sign-in counts as
having just confirmed it is you.

allauth itself turns an exhausted `login_failed` limit into a form error; a 429 tells
scripts and people alike that they are refused, and is what the admin login shows too.
"""

import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context, ratelimit
from allauth.core.exceptions import ImmediateHttpResponse
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        # One message for both cases, so it does not reveal which emails have accounts.
        "email_password_mismatch": (
            "The email address or password is not right. Check both and try again."
        ),
        "enter_current_password": "Enter your current password.",
    }

    def hash_without_saving(self, password: str) -> None:
        """Spend what save_user's set_password spends, for a signup that saves nobody.

        With enumeration prevented, signup answers the same for a known email (it mails
        the owner instead) as for a new one; only the new one hashed a password, so it
        took 286 ms against 16 ms and the timing told which emails have accounts."""
        make_password(password)

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as exc:
            # AccountMiddleware turns this into the response.
            raise ImmediateHttpResponse(ratelimit.respond_429(request)) from exc

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """A sign-in moments ago counts as having just confirmed it is you: allauth only
        counts a reauthentication, so adding a passkey seconds after signing in with a
        password and an authenticator code asked for the password again. Both share
        ACCOUNT_REAUTHENTICATION_TIMEOUT (5 minutes)."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = self.request or context.request
        return request is None or not signed_in_recently(request)


def signed_in_recently(request: HttpRequest) -> bool:
    """Whether this session's latest sign-in or reauthentication, with any method
    (password, code, passkey, second factor), is within the reauthentication window."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    records = get_authentication_records(request, user)
    latest = max((record.get("at", 0) for record in records), default=0)
    return time.time() - latest < account_settings.REAUTHENTICATION_TIMEOUT
