from django.apps import AppConfig


class ImportersConfig(AppConfig):
    """Bring an archive in: minutes files and Plone exports."""

    name = "importers"
