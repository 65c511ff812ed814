"""The words of an attached document find its meeting only while the public may open it.

A page carries the text of its attachments in its own index entry; whatever changes who
may see a document (a move to another collection, a view restriction on its collection or
on one above it) must reach that entry at once, through the search page and the API alike.
"""

import pytest
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.search.index import insert_or_update_object

from minutes.models.minutes_page import MinutesPage
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree
from tests.search_relevance.harness import make_document
from tests.search_relevance.model import Attachment

TITLE = "Möte om skolskjutsar"
WORD = "sparbetinget"


@pytest.fixture
def network(db):
    return NetworkPageFactory(parent=build_site_tree().network_index)


def finds_the_meeting(client):
    """Whether both doors of the search, the page and the API, find the meeting by the word."""
    page = client.get(reverse("search"), {"q": WORD})
    api = client.get("/api/v2/pages/", {"search": WORD})
    assert page.status_code == api.status_code == 200
    found = (TITLE in page.text, TITLE in api.text)
    assert found[0] == found[1], f"the search page and the API disagree: {found}"
    return found[0]


def collection(name, parent=None):
    return (parent or Collection.get_first_root_node()).add_child(name=name)


def restrict(collection):
    return CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )


def attach(network, document):
    page = MinutesPageFactory(
        parent=network, title=TITLE, agenda=[agenda_item(1, "Bilder", attachments=[document])]
    )
    # Indexed again now that its references are recorded, as a publication would.
    insert_or_update_object(MinutesPage.objects.get(pk=page.pk))
    return page


def document_in(place):
    attachment = Attachment("pdf", "Besparingar", (f"Om {WORD} för skolskjutsarna",))
    return make_document(attachment, "besparingar", place)


def test_a_document_moved_to_a_private_collection_is_no_longer_found_and_back(client, network):
    public, private = collection("Arbetsmaterial"), collection("Styrelsens handlingar")
    restrict(private)
    document = document_in(public)
    attach(network, document)
    assert finds_the_meeting(client)

    document.collection = private
    document.save()
    assert not finds_the_meeting(client)

    document.collection = public
    document.save()
    assert finds_the_meeting(client)


def test_a_document_moved_as_the_admin_moves_it_is_no_longer_found(admin_client, client, network):
    private = collection("Styrelsens handlingar")
    restrict(private)
    document = document_in(collection("Arbetsmaterial"))
    attach(network, document)
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": document.title, "collection": private.pk, "tags": ""},
    )
    assert response.status_code == 302
    assert not finds_the_meeting(client)


def test_a_restriction_above_the_collection_hides_it_and_lifting_it_shows_it(client, network):
    parent = collection("Nätverkets material")
    document = document_in(collection("Presentationer", parent))
    attach(network, document)
    assert finds_the_meeting(client)

    restriction = restrict(parent)
    assert not finds_the_meeting(client)

    restriction.delete()
    assert finds_the_meeting(client)
