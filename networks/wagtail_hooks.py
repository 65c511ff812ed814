from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.access_policy import may_keep_network_follow_ups
from core.admin_choosers import LocalisedSnippetChooserViewSet
from networks.admin_buttons import register_network_page_button
from networks.agenda_preparation import PrepareAgendaView, can_prepare_agenda
from networks.models.directory import Organisation, Person
from networks.register_permissions import RegisterPermissionPolicy
from networks.register_views import (
    RegisterDeleteView,
    RegisterEditView,
    RegisterHistoryView,
    RegisterIndexView,
    RegisterUsageView,
)

# Before the viewsets ask for them, as Wagtail would otherwise make its model-wide ones.
for register_model in (Organisation, Person):
    register_permission_policy(
        register_model, RegisterPermissionPolicy(register_model), exact_class=True
    )


class RegisterViewSet(SnippetViewSet):
    """The register's views: all may read it, each organisation changes its own entries."""

    index_view_class = RegisterIndexView
    edit_view_class = RegisterEditView
    delete_view_class = RegisterDeleteView
    history_view_class = RegisterHistoryView
    usage_view_class = RegisterUsageView
    chooser_viewset_class = LocalisedSnippetChooserViewSet


class OrganisationViewSet(RegisterViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "kind", "parent", "owner"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    ordering = ["name"]


class PersonViewSet(RegisterViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "job_title", "organisation", "contact_details_public", "owner"]
    list_filter = ["contact_details_public", "organisation"]
    search_fields = ["name", "job_title"]
    ordering = ["name"]


class RegisterViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, PersonViewSet)
    menu_icon = "group"
    menu_label = _("Register")
    menu_name = "register"


register_snippet(RegisterViewSetGroup)


@hooks.register("register_admin_urls")
def register_agenda_preparation_url():
    return [
        path(
            "networks/<int:page_id>/prepare-agenda/",
            PrepareAgendaView.as_view(),
            name="networks_prepare_agenda",
        )
    ]


register_network_page_button(
    _("Prepare the next meeting's minutes"),
    "networks_prepare_agenda",
    icon_name="list-ol",
    allowed=can_prepare_agenda,
    priority=40,
)


register_network_page_button(
    _("Follow-ups of its decisions"),
    "follow_ups:index",
    icon_name="tasks",
    allowed=lambda page, user: may_keep_network_follow_ups(user, page.specific_deferred),
    priority=45,
    filter_name="network",
)
