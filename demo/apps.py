from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and the generated archive: installed by the dev and test settings only."""

    name = "demo"
