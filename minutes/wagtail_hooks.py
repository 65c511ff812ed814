from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from minutes.importers.admin_views import MinutesPreviewView, MinutesUploadView, can_import_minutes
from networks.models import NetworkPage


@hooks.register("register_admin_urls")
def register_minutes_import_urls():
    return [
        path(
            "networks/<int:page_id>/import-minutes/",
            MinutesUploadView.as_view(),
            name="minutes_import",
        ),
        path(
            "networks/<int:page_id>/import-minutes/preview/",
            MinutesPreviewView.as_view(),
            name="minutes_import_preview",
        ),
    ]


def import_minutes_button(page, user, priority):
    is_network = issubclass(page.specific_class or type(page), NetworkPage)
    if is_network and can_import_minutes(page, user):
        return Button(
            _("Import minutes from a file"),
            reverse("minutes_import", args=[page.pk]),
            icon_name="upload",
            priority=priority,
        )
    return None


@hooks.register("register_page_header_buttons")
def page_header_import_minutes(page, user, view_name, next_url=None):
    if button := import_minutes_button(page, user, priority=41):
        yield button


@hooks.register("register_page_listing_more_buttons")
def page_listing_import_minutes(page, user, next_url=None):
    if button := import_minutes_button(page, user, priority=46):
        yield button
