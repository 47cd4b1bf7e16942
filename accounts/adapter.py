"""allauth adapter: plainer messages, and a used-up failed-login limit answers with the
429 page.

allauth itself turns an exhausted `login_failed` limit into a form error; a 429 tells
scripts and people alike that they are refused, and is what the admin login shows too.
"""

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import ratelimit
from allauth.core.exceptions import ImmediateHttpResponse
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

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as exc:
            # AccountMiddleware turns this into the response.
            raise ImmediateHttpResponse(ratelimit.respond_429(request)) from exc
