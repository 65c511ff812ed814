from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Samverkan"

    def ready(self):
        # Signal receivers are connected once the app registry is ready, as Django asks.
        from core import cache_invalidation, text_language, translation_privacy  # noqa: F401

        cache_invalidation.connect()
