"""allauth's second-factor forms (MFA_FORMS), refusing an authenticator-app code that was
already used while it can still be accepted.

allauth accepts a TOTP code of the periods either side of now (MFA_TOTP_TOLERANCE=1: a
code is good for up to 90 s) but remembers a used code for one period only (30 s), so
someone who saw a code being typed could use it again in the minute after. The mark
kept here lasts the whole window, so a code works once.
"""

from __future__ import annotations

from allauth.mfa import app_settings
from allauth.mfa.adapter import get_adapter
from allauth.mfa.base.forms import AuthenticateForm as BaseAuthenticate
from allauth.mfa.base.forms import ReauthenticateForm as BaseReauthenticate
from allauth.mfa.models import Authenticator
from django.core.cache import cache

from pivotapp.forms import RefuseNulMixin


def code_window() -> int:
    """Seconds during which one code is accepted: the periods either side and its own."""
    return (2 * app_settings.TOTP_TOLERANCE + 1) * app_settings.TOTP_PERIOD


class CodeOnceMixin:
    def clean_code(self) -> str:
        code = super().clean_code()
        if self.authenticator.type == Authenticator.Type.TOTP:
            digits = "".join(code.split())
            key = f"pivot:mfa:totp-used:{self.user.pk}:{digits}"
            # add() is atomic in the shared cache: of two requests with one code, one wins.
            if not cache.add(key, True, timeout=code_window()):
                raise get_adapter().validation_error("incorrect_code")
        return code


class AuthenticateForm(RefuseNulMixin, CodeOnceMixin, BaseAuthenticate):
    pass


class ReauthenticateForm(RefuseNulMixin, CodeOnceMixin, BaseReauthenticate):
    pass
