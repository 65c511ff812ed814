from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .agenda_preparation import PrepareAgendaView, can_prepare_agenda
from .models import NetworkPage, Organisation, Person


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


def prepare_agenda_button(page, user, priority):
    is_network = issubclass(page.specific_class or type(page), NetworkPage)
    if is_network and can_prepare_agenda(page, user):
        return Button(
            _("Prepare the next meeting's minutes"),
            reverse("networks_prepare_agenda", args=[page.pk]),
            icon_name="list-ol",
            priority=priority,
        )
    return None


@hooks.register("register_page_header_buttons")
def page_header_prepare_agenda(page, user, view_name, next_url=None):
    if button := prepare_agenda_button(page, user, priority=40):
        yield button


@hooks.register("register_page_listing_more_buttons")
def page_listing_prepare_agenda(page, user, next_url=None):
    if button := prepare_agenda_button(page, user, priority=45):
        yield button
