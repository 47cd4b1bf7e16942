from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = "Positioning profiles"

    def ready(self) -> None:
        from roles.reading.extensions import register

        from .brief import checks  # noqa: F401 (registers the deploy check)
        from .tailoring.reader import ProfilePanel

        # roles never imports profiles: the reader learns of this panel from here.
        register(ProfilePanel())
