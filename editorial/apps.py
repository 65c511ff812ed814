from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial roles and workflows")

    def ready(self):
        from editorial import signals  # noqa: F401
        from editorial.notifications import send_notifications_from_the_queue

        send_notifications_from_the_queue()
