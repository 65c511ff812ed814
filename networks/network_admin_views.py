"""What the admin views acting on one network page share: the page, the permission, the header."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from networks.models.network_page import NetworkPage


class NetworkAdminViewMixin(WagtailAdminTemplateMixin):
    """For views routed with the network page's ``page_id``.

    ``allowed(network, user)`` says who may use the view; anyone else is refused.
    """

    def allowed(self, network, user):
        raise NotImplementedError

    def dispatch(self, request, page_id):
        self.network = get_object_or_404(NetworkPage, pk=page_id)
        if not self.allowed(self.network, request.user):
            raise PermissionDenied
        return super().dispatch(request)

    def get_page_subtitle(self):
        return self.network.get_admin_display_title()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            network=self.network,
            explore_url=reverse("wagtailadmin_explore", args=[self.network.pk]),
            **kwargs,
        )
