"""A match inside an attached document links to the document and to its agenda item."""

import html

import pytest
from django.urls import reverse
from wagtail.search.index import insert_or_update_object

from minutes.models.minutes_page import MinutesPage
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree
from tests.search_relevance.harness import make_document
from tests.search_relevance.model import Attachment


@pytest.fixture
def network(db):
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index)


def minutes_attaching(network, document):
    page = MinutesPageFactory(
        parent=network,
        title="Möte om skolskjuts",
        agenda=[
            agenda_item(1, "Inledning"),
            agenda_item(2, "Skolskjutsarna", attachments=[document]),
        ],
    )
    insert_or_update_object(MinutesPage.objects.get(pk=page.pk))
    return page


def searched(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return html.unescape(response.text)


def test_a_pdf_page_links_to_that_page_and_to_the_agenda_item(client, network):
    document = make_document(
        Attachment("pdf", "Tidtabell", ("Första sidan om vägarna", "Busslinjerna till byskolan")),
        "tidtabell",
    )
    page = minutes_attaching(network, document)
    text = searched(client, "busslinjerna")
    assert f'href="{document.url}#page=2"' in text
    assert "Träff i bilagan Tidtabell, sida 2</a>" in text
    assert f'href="{page.url}#punkt-2"' in text
    assert "Punkt 2: Skolskjutsarna</a>" in text


def test_a_slide_is_named_by_its_number_and_the_presentation_linked(client, network):
    document = make_document(
        Attachment("pptx", "Bildspel", ("Välkommen", "Åkturerna i norr")), "bildspel"
    )
    page = minutes_attaching(network, document)
    text = searched(client, "åkturerna")
    assert f'href="{document.url}"' in text
    assert "#page=" not in text
    assert "Träff i bilagan Bildspel, bild 2</a>" in text
    assert f'href="{page.url}#punkt-2"' in text
