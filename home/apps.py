from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Start"

    def ready(self):
        from . import page_cache_invalidation, signals  # noqa: F401

        page_cache_invalidation.connect()
