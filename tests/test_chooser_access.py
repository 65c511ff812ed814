"""Editors are offered, and visitors shown, only what they may see.

Organisation A's editor must not read organisation B's draft titles in the page chooser,
nor be offered B's private documents in the document chooser; a public page names no
document its visitor may not open.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction

from core.access_policy import choosable_pages
from tests.editorial import build_editorial_world
from tests.factories import DocumentFactory, MinutesPageFactory, agenda_item

DRAFT_B = "Utkast om Skaraborgs budget"
DRAFT_A = "Utkast om Göteborgsregionens budget"
LIVE_B = "Möte om Skaraborgs skolskjutsar"
PRIVATE_B = "Lönekartläggning Skaraborg"
PUBLIC_B = "Verksamhetsplan Skaraborg"
PRIVATE_A = "Lönekartläggning Göteborgsregionen"


@pytest.fixture
def world(db):
    world = build_editorial_world()
    MinutesPageFactory(parent=world.network_b, title=DRAFT_B, slug="utkast-b", live=False)
    MinutesPageFactory(parent=world.network_a, title=DRAFT_A, slug="utkast-a", live=False)
    MinutesPageFactory(parent=world.network_b, title=LIVE_B, slug="mote-b")
    return world


def private_collection_of(organisation, name):
    """A collection under the organisation's own, which its editors fill, closed to the public."""
    # ``editorial.roles`` gives each organisation a collection named after it.
    own = Collection.objects.get(name=organisation.display_name)
    collection = own.add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


@pytest.fixture
def documents(world):
    private_b = private_collection_of(world.network_b.organisation, "Skaraborgs personal")
    private_a = private_collection_of(world.network_a.organisation, "GR:s personal")
    return {
        PRIVATE_B: DocumentFactory(title=PRIVATE_B, collection=private_b),
        PRIVATE_A: DocumentFactory(title=PRIVATE_A, collection=private_a),
        PUBLIC_B: DocumentFactory(title=PUBLIC_B),
    }


def as_user(client, world, role):
    client.force_login(world.users[role])
    return client


def shown(response):
    """The HTML of a chooser's answer, which comes as a modal step in JSON or as HTML."""
    assert response.status_code == 200
    if response["Content-Type"].startswith("application/json"):
        return response.json()["html"]
    return response.text


def page_chooser(client, world):
    """What the page chooser shows of network B, browsed and searched for "budget"."""
    browsed = client.get(reverse("wagtailadmin_choose_page_child", args=[world.network_b.pk]))
    searched = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "budget"})
    return shown(browsed), shown(searched)


def document_chooser(client, query=""):
    """What the document chooser lists, opened and searched."""
    opened = client.get(reverse("wagtaildocs_chooser:choose"))
    searched = client.get(reverse("wagtaildocs_chooser:choose_results"), {"q": query})
    return shown(opened), shown(searched)


def test_the_page_chooser_hides_another_organisations_draft(client, world):
    browsed, searched = page_chooser(as_user(client, world, "editor_a"), world)
    assert LIVE_B in browsed
    assert DRAFT_B not in browsed
    assert DRAFT_B not in searched
    network_a = client.get(reverse("wagtailadmin_choose_page_child", args=[world.network_a.pk]))
    assert DRAFT_A in shown(network_a)
    assert DRAFT_A in searched


def test_the_page_chooser_shows_its_own_drafts_to_each_organisation(client, world):
    browsed, searched = page_chooser(as_user(client, world, "editor_b"), world)
    assert DRAFT_B in browsed
    assert DRAFT_B in searched
    assert DRAFT_A not in searched


def test_the_page_chooser_hides_nothing_from_an_administrator(client, world):
    browsed, searched = page_chooser(as_user(client, world, "administrator"), world)
    assert DRAFT_B in browsed
    assert DRAFT_A in searched


def test_a_page_of_nobody_s_is_choosable_only_while_live_and_public(world):
    pages = choosable_pages(world.users["translator"], world.minutes.get_siblings())
    titles = set(pages.values_list("title", flat=True))
    assert "Möte i september" in titles
    assert DRAFT_A not in titles


def test_the_document_chooser_hides_another_organisations_private_document(
    client, world, documents
):
    opened, searched = document_chooser(as_user(client, world, "editor_a"), "Lönekartläggning")
    assert PUBLIC_B in opened
    assert PRIVATE_B not in opened
    assert PRIVATE_B not in searched
    assert PRIVATE_A in opened
    assert PRIVATE_A in searched


def test_the_document_chooser_offers_an_organisation_its_own_private_document(
    client, world, documents
):
    opened, searched = document_chooser(as_user(client, world, "editor_b"), "Lönekartläggning")
    assert PRIVATE_B in opened
    assert PRIVATE_B in searched
    assert PRIVATE_A not in opened


def test_a_public_minutes_page_does_not_name_a_private_attachment(client, world, documents):
    page = world.minutes
    page.agenda = [agenda_item(1, "Löner", attachments=[documents[PRIVATE_A], documents[PUBLIC_B]])]
    page.save_revision().publish()
    private_url = documents[PRIVATE_A].url

    anonymous = client.get(page.url)
    assert anonymous.status_code == 200
    assert PUBLIC_B in anonymous.text
    assert PRIVATE_A not in anonymous.text
    assert private_url not in anonymous.text
    assert "Dokument med begränsad åtkomst" in anonymous.text

    client.force_login(get_user_model().objects.create_user("ledamot"))
    signed_in = client.get(page.url)
    assert PRIVATE_A in signed_in.text
    assert private_url in signed_in.text
