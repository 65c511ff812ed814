"""On a phone the results come first and the filters fold away; filters speak readers' words."""

import re

import pytest
from django.urls import reverse

from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree


@pytest.fixture
def site(db):
    tree = build_site_tree()
    tree.network_index.title = "Nätverk för skolbibliotek"
    tree.network_index.save_revision().publish()
    network = NetworkPageFactory(parent=tree.network_index, title="Skolbiblioteksnätverket")
    MinutesPageFactory(parent=network, title="Möte om skolbibliotek")
    return tree


def searched(client, **params):
    response = client.get(reverse("search"), params)
    assert response.status_code == 200
    return response


def test_the_results_come_before_the_folded_filters(client, site):
    text = searched(client, q="skolbibliotek").text
    assert text.index('class="search-result"') < text.index('<details class="search-filters')
    assert '<details class="search-filters-disclosure">' in text
    assert re.search(r"<summary><h2[^>]*>Filtrera träffarna</h2></summary>", text)


def test_chosen_filters_are_shown_unfolded(client, site):
    text = searched(client, q="skolbibliotek", type="minutespage").text
    assert '<details class="search-filters-disclosure" open>' in text


def test_the_kinds_of_pages_are_named_in_readers_words(client, site):
    response = searched(client, q="skolbibliotek")
    [kinds] = [facet for facet in response.context["search"].facets if facet.name == "type"]
    labels = {link.label: link.count for link in kinds.links}
    # The network index counts with the networks it lists.
    assert labels == {"Nätverk": 2, "Minnesanteckningar": 1}
    assert "Nätverksöversikter" not in response.text
    assert "översikt" not in response.text.lower()
    narrowed = searched(client, q="skolbibliotek", type="networkpage")
    assert narrowed.context["search"].count == 2
