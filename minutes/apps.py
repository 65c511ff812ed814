from django.apps import AppConfig


class MinutesConfig(AppConfig):
    name = "minutes"

    def ready(self):
        from minutes import pdf_at_publication, signals  # noqa: F401
