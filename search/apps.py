from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"

    def ready(self):
        from search.signals import connect_signal_handlers

        connect_signal_handlers()
