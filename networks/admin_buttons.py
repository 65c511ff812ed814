"""Buttons that network pages carry in the admin, in the page header and the listing."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.widgets import Button

from networks.models.network_page import NetworkPage


def register_network_page_button(
    label, url_name, icon_name, allowed, priority, *, filter_name=None
):
    """Show a button to ``url_name`` on network pages whose user passes ``allowed``.

    It goes in the page's header and, five places later, in the "more" menu of its row in
    the page listing. With ``filter_name``, it goes to a listing filtered by the network
    (``?filter_name=<page id>``) rather than to a view of the page.
    """

    def button(page, user, priority):
        is_network = issubclass(page.specific_class or type(page), NetworkPage)
        if is_network and allowed(page, user):
            if filter_name:
                url = f"{reverse(url_name)}?{filter_name}={page.pk}"
            else:
                url = reverse(url_name, args=[page.pk])
            return Button(label, url, icon_name=icon_name, priority=priority)
        return None

    @hooks.register("register_page_header_buttons")
    def page_header_button(page, user, view_name, next_url=None):
        if found := button(page, user, priority):
            yield found

    @hooks.register("register_page_listing_more_buttons")
    def page_listing_button(page, user, next_url=None):
        if found := button(page, user, priority + 5):
            yield found
