from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from networks.admin_buttons import register_network_page_button
from networks.agenda_preparation import PrepareAgendaView, can_prepare_agenda
from networks.models.directory import Organisation, Person


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "kind", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    ordering = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "job_title", "organisation", "contact_details_public"]
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
