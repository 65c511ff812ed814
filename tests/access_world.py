"""A world of pages, documents and images in every state the access policy tells apart.

Built on the editorial world (organisations A and B, a user per role): under organisation
A's network, one minutes page per state, the English alias of its draft, and documents
and images in a public collection, in organisation A's own collection and behind a login.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from editorial.models import OrganisationRoles
from minutes.models.follow_up import FollowUp
from tests.editorial import EditorialWorld, build_editorial_world
from tests.factories import (
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    OrganisationFactory,
    PersonFactory,
    agenda_item,
)

# The roles every door is tried with: the public, organisation A's editor and approver,
# organisation B's editor, the translators and an administrator.
ROLES = ("anonymous", "editor_a", "approver_a", "editor_b", "translator", "administrator")
PAGE_STATES = ("live", "draft", "in_review", "locked", "password", "login", "groups", "alias")
FILE_STATES = ("public", "own_collection", "login")
CONFERENCE_STATES = ("live", "draft", "login")


@dataclass
class AccessWorld:
    editorial: EditorialWorld
    english: Locale
    pages: dict = field(default_factory=dict)
    translations: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    images: dict = field(default_factory=dict)
    conferences: dict = field(default_factory=dict)
    people: dict = field(default_factory=dict)
    organisations: dict = field(default_factory=dict)
    follow_ups: dict = field(default_factory=dict)
    english_page: Page | None = None

    @property
    def users(self):
        return self.editorial.users

    def marker(self, state):
        """Words only the page of ``state`` holds, in its body, not its title."""
        return f"Lokal {state}rummet"


def state_page(world, state):
    """A minutes page of organisation A in ``state``, whose title and place name it."""
    users = world.users
    live = state not in ("draft",)
    page = MinutesPageFactory(
        parent=world.network_a,
        title=f"Möte {state}",
        slug=f"mote-{state}",
        place=f"Lokal {state}rummet",
        agenda=[agenda_item("1", "Budget", decisions=[f"att anta budgeten {state}"])],
        live=live,
    )
    MinutesAttendeeFactory(page=page, person=PersonFactory(name=f"Deltagare {state}"))
    revision = page.save_revision(user=users["editor_a"])
    if live:
        revision.publish()
    if state == "in_review":
        page.title = f"Möte {state} ändrat"
        page.save_revision(user=users["editor_a"])
        page.get_workflow().start(page, users["editor_a"])
    if state == "locked":
        Page.objects.filter(pk=page.pk).update(
            locked=True, locked_by=users["approver_a"], locked_at=timezone.now()
        )
    if state in ("password", "login", "groups"):
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=state, password="hemligt"
        )
        if state == "groups":
            restriction.groups.set([Group.objects.create(name="Styrelsen")])
    return Page.objects.get(pk=page.pk).specific


def state_files(world, state):
    roles = OrganisationRoles.for_organisation(world.network_a.organisation)
    collections = {
        "public": Collection.get_first_root_node(),
        "own_collection": Collection.objects.get(name=roles.editors.name.split(" – ")[0]),
        "login": Collection.get_first_root_node().add_child(name="Inloggning"),
    }
    if state == "login":
        CollectionViewRestriction.objects.create(
            collection=collections[state], restriction_type=CollectionViewRestriction.LOGIN
        )
    document = DocumentFactory(collection=collections[state], title=f"Bilaga {state}")
    image = ImageFactory(collection=collections[state], title=f"Bild {state}")
    return document, image


def state_conference(world, state):
    conference = ConferencePageFactory(
        parent=world.network_a,
        title=f"Konferens {state}",
        slug=f"konferens-{state}",
        live=state != "draft",
    )
    revision = conference.save_revision()
    if state != "draft":
        revision.publish()
    if state == "login":
        PageViewRestriction.objects.create(page=conference, restriction_type=state)
    conference = Page.objects.get(pk=conference.pk).specific
    conference.access_state = state
    return conference


def build_access_world():
    editorial = build_editorial_world()
    world = AccessWorld(editorial=editorial, english=Locale.objects.create(language_code="en"))
    for state in PAGE_STATES:
        if state != "alias":
            world.pages[state] = state_page(editorial, state)
    synchronize_tree(Locale.get_default(), world.english)
    world.pages["alias"] = Page.objects.get(
        alias_of=world.pages["draft"], locale=world.english
    ).specific
    for state, page in world.pages.items():
        page.access_state = state
        if state == "alias":
            continue
        source, _created = TranslationSource.get_or_create_from_instance(page)
        world.translations[state] = Translation.objects.create(
            source=source, target_locale=world.english
        )
        segment = source.stringsegment_set.order_by("pk").first()
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=world.english,
            context=segment.context,
            data=f"Meeting {state}",
        )
    for state in FILE_STATES:
        world.documents[state], world.images[state] = state_files(editorial, state)
    for state in CONFERENCE_STATES:
        world.conferences[state] = state_conference(editorial, state)
    organisation_a = editorial.network_a.organisation
    organisation_b = editorial.network_b.organisation
    world.people = {
        "of_a": PersonFactory(name="Anna Registrerad", owner=organisation_a),
        "of_a_public": PersonFactory(
            name="Ann Offentlig", owner=organisation_a, contact_details_public=True
        ),
        "of_b": PersonFactory(name="Bo Registrerad", owner=organisation_b),
        "unkept": PersonFactory(name="Nils Ingen"),
    }
    world.organisations = {
        "of_a": OrganisationFactory(name="Lerum", owner=organisation_a),
        "of_b": OrganisationFactory(name="Skövde", owner=organisation_b),
    }
    world.english_page = translate_page(world.pages["live"], world.english, {})
    world.follow_ups = state_follow_ups(editorial)
    return world


def state_follow_ups(editorial):
    """A follow-up of organisation A's network and one of organisation B's."""
    minutes_b = MinutesPageFactory(parent=editorial.network_b, title="Möte i B", slug="mote-b")
    return {
        "of_a": FollowUp.objects.create(
            network=editorial.network_a,
            minutes=editorial.minutes,
            clause="att återrapportera skolskjutsen i A",
        ),
        "of_b": FollowUp.objects.create(
            network=editorial.network_b, minutes=minutes_b, clause="att följa upp lokalerna i B"
        ),
    }
