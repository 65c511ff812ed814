"""The search never opens a door to a draft or a private page, and never fails."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.search.index import insert_or_update_object

from minutes.models.minutes_page import MinutesPage
from search.attachments import matched_attachments, public_document_texts, search_documents
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree
from tests.search_relevance.harness import make_document
from tests.search_relevance.model import Attachment


@pytest.fixture
def network(db):
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index)


def search(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return response.text


def test_search_finds_live_minutes(client, network):
    MinutesPageFactory(parent=network, title="Möte om lärlingsutbildning")
    assert "Möte om lärlingsutbildning" in search(client, "lärlingsutbildning")


def test_search_never_shows_a_page_that_was_never_published(client, network):
    MinutesPageFactory(parent=network, title="Hemligt utkast om lärlingsutbildning", live=False)
    assert "Hemligt utkast" not in search(client, "lärlingsutbildning")


def test_search_shows_the_live_text_not_a_newer_draft(client, network):
    page = MinutesPageFactory(parent=network, title="Möte om skolskjuts")
    page.title = "Ogranskad rubrik om skolskjuts"
    page.save_revision()
    results = search(client, "skolskjuts")
    assert "Möte om skolskjuts" in results
    assert "Ogranskad rubrik" not in results


def test_search_never_shows_a_private_page(client, network):
    page = MinutesPageFactory(parent=network, title="Internt möte om lönesättning")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    assert "Internt möte" not in search(client, "lönesättning")


@pytest.mark.parametrize(
    "query",
    [
        '"obalanserat',
        "skol*",
        "AND OR NOT",
        "\x00nul",
        "a" * 5000,
        " ".join(["ord"] * 400),
        '"' + "fras " * 60 + '"',
        "<script>alert(1)</script>",
    ],
)
def test_hostile_queries_get_an_answer_with_the_query_escaped(client, network, query):
    text = search(client, query)
    assert "<script>alert(1)</script>" not in text


# Every door: the search page, the autocomplete, the API, and attached documents ----------

DOORS = ("page", "autocomplete", "api")


def found_through(client, door, query):
    """What a visitor sees through one door of the search."""
    if door == "page":
        return search(client, query)
    if door == "autocomplete":
        response = client.get(reverse("search_autocomplete"), {"q": query})
        assert response.status_code == 200
        return response.text
    response = client.get("/api/v2/pages/", {"search": query})
    assert response.status_code == 200
    return response.text


def attached_pdf(title, text, collection=None):
    return make_document(Attachment("pdf", title, (text,)), title.lower(), collection)


def minutes_attaching(network, title, document, **kwargs):
    page = MinutesPageFactory(
        parent=network,
        title=title,
        agenda=[agenda_item(1, "Bilder", attachments=[document])],
        **kwargs,
    )
    # Indexed again now that its references are recorded, as a publication would.
    insert_or_update_object(MinutesPage.objects.get(pk=page.pk))
    return page


@pytest.mark.parametrize("door", DOORS)
def test_no_door_shows_a_draft(client, network, door):
    MinutesPageFactory(parent=network, title="Utkast om skolbibliotek", live=False)
    assert "Utkast om skolbibliotek" not in found_through(client, door, "skolbibliotek")


@pytest.mark.parametrize("door", DOORS)
def test_no_door_shows_a_private_page(client, network, door):
    page = MinutesPageFactory(parent=network, title="Slutet möte om skolbibliotek")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
    )
    assert "Slutet möte" not in found_through(client, door, "skolbibliotek")


def test_a_word_only_on_a_slide_finds_the_meeting_and_names_the_slide(client, network):
    document = attached_pdf("Bilder om skolmat", "Livsmedelspriserna i skolköken")
    page = minutes_attaching(network, "Möte om måltider", document)
    assert "Möte om måltider" in search(client, "livsmedelspriser")
    [(matched, number, excerpt)] = matched_attachments(page, "livsmedelspriser", "sv")
    assert (matched, number) == (document, 1)
    assert "<mark>Livsmedelspriserna</mark>" in excerpt


def test_results_cost_the_same_queries_however_many_of_them_attach_documents(client, network):
    def searched():
        with CaptureQueriesContext(connection) as queries:
            html = search(client, "skolmatsedel")
        return html.count('class="search-result__attachments"'), len(queries)

    def meeting(number):
        document = attached_pdf(f"Bilder {number}", "Skolmatsedeln för hösten")
        minutes_attaching(network, f"Möte {number} om kosten", document)

    meeting(1)
    search(client, "skolmatsedel")  # Content types and site paths are cached after this.
    one = searched()
    for number in range(2, 6):
        meeting(number)
    search(client, "skolmatsedel")  # The new meetings began a new generation of kept values.
    five = searched()
    assert (one[0], five[0]) == (1, 5)
    assert five[1] == one[1]


def test_a_document_in_a_private_collection_is_found_by_nobody(client, network):
    private = Collection.get_first_root_node().add_child(name="Styrelsens handlingar")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = attached_pdf("Lönelista", "Löneutrymmet för varje rektorstjänst", private)
    page = minutes_attaching(network, "Öppet möte om löner", document)
    for door in DOORS:
        assert "Öppet möte om löner" not in found_through(client, door, "löneutrymmet")
    assert matched_attachments(page, "löneutrymmet", "sv") == []
    assert not public_document_texts().filter(document=document).exists()
    assert list(search_documents("löneutrymmet")) == []


def test_a_collection_made_private_later_takes_its_text_out_of_the_pages(client, network):
    collection = Collection.get_first_root_node().add_child(name="Arbetsmaterial")
    document = attached_pdf("Arbetsmaterial", "Sparbeting för skolskjutsar", collection)
    minutes_attaching(network, "Möte om skolskjuts", document)
    assert "Möte om skolskjuts" in search(client, "sparbeting")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert "Möte om skolskjuts" not in search(client, "sparbeting")


@pytest.mark.parametrize("live", [False, True])
def test_a_document_attached_only_to_a_draft_or_private_page_is_found_by_nobody(
    client, network, live
):
    document = attached_pdf("Förslag", "Nedläggning av byskolan i norra delen")
    page = minutes_attaching(network, "Ej publicerat möte", document, live=live)
    if live:
        PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
    for door in DOORS:
        assert "Ej publicerat möte" not in found_through(client, door, "byskolan")
    assert not public_document_texts().filter(document=document).exists()
    assert list(search_documents("byskolan")) == []
    assert matched_attachments(page, "byskolan", "sv") == []


def test_a_public_document_is_searchable_on_its_own(client, network):
    document = attached_pdf("Tidplan", "Provperioden börjar i mars")
    minutes_attaching(network, "Möte om prov", document)
    assert [text.document for text in search_documents("provperioden")] == [document]
    assert list(search_documents("byskolan")) == []
