"""A small world of two organisations with their roles, for the editorial tests."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.models import OrganisationRoles
from editorial.roles import ensure_translators_group
from networks.models.choices import OrganisationKind
from networks.models.network_page import NetworkPage
from tests.factories import (
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    build_site_tree,
)

ROLES = (
    "anonymous",
    "editor_a",
    "approver_a",
    "editor_b",
    "approver_b",
    "translator",
    "administrator",
)


@dataclass
class EditorialWorld:
    network_a: NetworkPage
    sub_network_a: NetworkPage
    network_b: NetworkPage
    minutes: Page
    users: dict


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password="lösenord",
        is_superuser=superuser,
    )
    user.groups.set(groups)
    return user


def build_editorial_world():
    """Organisation A (with a live minutes page) and organisation B, with a user per role."""
    tree = build_site_tree()
    organisation_a = OrganisationFactory(
        name="Göteborgsregionen", short_name="GR", kind=OrganisationKind.FEDERATION
    )
    organisation_b = OrganisationFactory(
        name="Skaraborgs Kommunalförbund", short_name="Skaraborg", kind=OrganisationKind.FEDERATION
    )
    network_a = NetworkPageFactory(parent=tree.network_index, organisation=organisation_a)
    sub_network_a = NetworkPageFactory(parent=network_a, organisation=organisation_a)
    network_b = NetworkPageFactory(parent=tree.network_index, organisation=organisation_b)
    minutes = MinutesPageFactory(parent=network_a, title="Möte i september", slug="mote-september")
    minutes.save_revision().publish()

    roles_a = OrganisationRoles.for_organisation(organisation_a)
    roles_b = OrganisationRoles.for_organisation(organisation_b)
    users = {
        "editor_a": make_user("redaktor-a", roles_a.editors),
        "approver_a": make_user("granskare-a", roles_a.approvers),
        "editor_b": make_user("redaktor-b", roles_b.editors),
        "approver_b": make_user("granskare-b", roles_b.approvers),
        "translator": make_user("oversattare", ensure_translators_group()),
        "administrator": make_user("admin", superuser=True),
    }
    return EditorialWorld(network_a, sub_network_a, network_b, minutes, users)


def minutes_form_data(page, **fields):
    """The admin edit form of a minutes page without agenda or attendance."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "meeting_date": page.meeting_date.isoformat(),
        "place": page.place,
        "opening": rich_text(""),
        "closing": rich_text(""),
        "agenda": streamfield([]),
        "attendees": inline_formset([]),
        "comments": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)
