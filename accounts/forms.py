"""allauth forms with the wording and error placement of the rest of the site."""

from allauth.account import forms as allauth_forms
from allauth.account.adapter import get_adapter
from django import forms
from django.core.exceptions import ValidationError

from pivotapp.forms import Form, RefuseNulMixin

LENGTH_HINT = (
    "At least 12 characters and hard to guess. A passphrase of a few unrelated words is "
    "easy to remember and hard to guess; there is no upper limit."
)


def _plain_widget(field) -> None:
    # Labels sit above every field, so the placeholder copies of them only add noise.
    field.widget.attrs.pop("placeholder", None)


class LoginForm(RefuseNulMixin, allauth_forms.LoginForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Email address"
        self.fields["login"].widget.attrs["autocomplete"] = "email"
        for field in self.fields.values():
            _plain_widget(field)
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me signed in on this device"

    def clean(self):
        try:
            return super().clean()
        except ValidationError as exc:
            # "Email or password not correct" belongs next to the password a person
            # retypes, not floating above the form. The email is kept, the password is not.
            self.add_error("password", exc)
            return self.cleaned_data


class SignupForm(RefuseNulMixin, allauth_forms.SignupForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        self.fields["email"].help_text = "You sign in with it; we send a link to confirm it."
        self.fields["password1"].label = "Create a password"
        self.fields["password1"].help_text = LENGTH_HINT
        if "password2" in self.fields:
            self.fields["password2"].label = "Type the password again"
        for field in self.fields.values():
            _plain_widget(field)

    def try_save(self, request):
        user, response = super().try_save(request)
        if user is None:
            # An email that already has an account: nothing was created, so no password
            # was hashed. Hash it anyway, or the quicker answer tells that the email is
            # known (tests/test_accounts_signup_timing.py).
            get_adapter(request).hash_without_saving(self.cleaned_data.get("password1", ""))
        return user, response


class _PlainFieldsMixin(RefuseNulMixin):
    labels: dict[str, str] = {}
    hints: dict[str, str] = {}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            _plain_widget(field)
            if name in self.labels:
                field.label = self.labels[name]
            if name in self.hints:
                field.help_text = self.hints[name]


class ResetPasswordForm(_PlainFieldsMixin, allauth_forms.ResetPasswordForm):
    labels = {"email": "Email address"}
    hints = {"email": "The address you signed up with. We email you a link to set a new password."}


class ResetPasswordKeyForm(_PlainFieldsMixin, allauth_forms.ResetPasswordKeyForm):
    labels = {"password1": "New password", "password2": "Type the new password again"}
    hints = {"password1": LENGTH_HINT}


class ChangePasswordForm(_PlainFieldsMixin, allauth_forms.ChangePasswordForm):
    labels = {
        "oldpassword": "Current password",
        "password1": "New password",
        "password2": "Type the new password again",
    }
    hints = {"password1": LENGTH_HINT}


class AddEmailForm(_PlainFieldsMixin, allauth_forms.AddEmailForm):
    labels = {"email": "Email address"}
    hints = {"email": "We send a link to confirm it before you can make it your main address."}


class ReauthenticateForm(_PlainFieldsMixin, allauth_forms.ReauthenticateForm):
    labels = {"password": "Password"}


class RequestLoginCodeForm(_PlainFieldsMixin, allauth_forms.RequestLoginCodeForm):
    labels = {"email": "Email address"}
    hints = {"email": "The address you signed up with."}


class ConfirmLoginCodeForm(_PlainFieldsMixin, allauth_forms.ConfirmLoginCodeForm):
    labels = {"code": "Sign-in code"}
    hints = {"code": "From the email we just sent you."}


class DeleteAccountForm(Form):
    password = forms.CharField(
        label="Your password",
        help_text="To make sure it is you.",
        strip=False,
        error_messages={"required": "Enter your password."},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password.", code="incorrect_password")
        return password
