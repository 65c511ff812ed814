"""The search never opens a door to a draft or a private page, and never fails."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from .factories import MinutesPageFactory, NetworkPageFactory, build_site_tree


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
