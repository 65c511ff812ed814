from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from importers.admin_views import MinutesPreviewView, MinutesUploadView, can_import_minutes
from networks.admin_buttons import register_network_page_button


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


register_network_page_button(
    _("Import minutes from a file"),
    "minutes_import",
    icon_name="upload",
    allowed=can_import_minutes,
    priority=41,
)
