from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.access_policy import may_keep_subscribers
from subscriptions import admin_views
from subscriptions.models import Subscriber
from subscriptions.permissions import SubscriberPermissionPolicy

register_permission_policy(Subscriber, SubscriberPermissionPolicy(Subscriber), exact_class=True)


class SubscriberViewSet(SnippetViewSet):
    """Who follows the networks by e-mail: administrators only (the access policy)."""

    model = Subscriber
    icon = "mail"
    menu_label = _("Subscribers")
    menu_name = "subscribers"
    menu_order = 920
    add_to_settings_menu = True
    list_display = ["email", "language", "frequency", "confirmed_at", "created_at"]
    list_filter = ["language", "frequency"]
    search_fields = ["email"]
    search_backend_name = None
    inspect_view_enabled = True
    panels = ["language", "frequency"]

    def register_chooser_viewset(self):
        """No form chooses a subscriber; a chooser would list the addresses to any editor."""


register_snippet(SubscriberViewSet)


@hooks.register("register_admin_urls")
def register_subscription_urls():
    return [
        path(
            "subscribers/<int:pk>/export.<str:format>",
            admin_views.export,
            name="subscriptions_export",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def export_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Subscriber) or not may_keep_subscribers(user):
        return
    for format, priority in (("json", 80), ("csv", 81)):
        yield ListingButton(
            _("Export (%(format)s)") % {"format": format.upper()},
            reverse("subscriptions_export", args=[snippet.pk, format]),
            priority=priority,
            icon_name="download",
        )
