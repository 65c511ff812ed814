"""Compounds split and joined against the words the index holds, exact matches first.

Run on whichever database the tests use (``DATABASE_URL``): SQLite and PostgreSQL look the
words up in their own full-text indexes.
"""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction

from search.backends.vocabulary import known_terms
from search.service.find import find_pages
from search.text.analysis import query_clauses, term, vocabulary_candidates
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree


@pytest.fixture
def network(db):
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index, title="Nätverket Norr")


def minutes(network, title, body):
    return MinutesPageFactory(
        parent=network, title=title, agenda=[agenda_item(1, "Övrigt", body=f"<p>{body}</p>")]
    )


def found(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return [result.page.title for result in response.context["search"].results]


def test_a_compound_finds_its_parts_written_apart_after_the_compound_itself(client, network):
    minutes(network, "Om gårdarna", "Gårdarna för fritid håller öppet i sommar.")
    minutes(network, "Om fritidsgårdarna", "Fritidsgårdarna håller öppet i sommar.")
    minutes(network, "Om fritiden", "Fritid för alla barn.")
    assert found(client, "fritidsgårdarna") == ["Om fritidsgårdarna", "Om gårdarna"]


def test_two_words_find_the_compound_they_make_after_the_words_themselves(client, network):
    minutes(network, "Sommarlovet", "Sommarlovet börjar i juni.")
    minutes(network, "Ledigheten", "Sommarens lov och annan ledighet.")
    minutes(network, "Höstlovet", "Lov i oktober.")
    assert found(client, "sommarens lov") == ["Ledigheten", "Sommarlovet"]


def test_a_compound_whose_head_is_in_its_definite_form_finds_the_head_written_apart(
    client, network
):
    # Snowball leaves the -n of ekonomin: the split also tries ekonomi.
    minutes(network, "Skolans budget", "Skolans ekonomi är i balans.")
    minutes(network, "Kommunens budget", "Kommunens ekonomi är i balans.")
    assert found(client, "skolekonomin") == ["Skolans budget"]


def test_a_short_compound_the_index_holds_is_not_split(client, network):
    minutes(network, "Skolchefer", "Skolchefen kallar till möte.")
    minutes(network, "Köket", "Skolan har en ny chef i köket.")
    assert found(client, "skolchef") == ["Skolchefer"]


@override_settings(PAGE_CACHE_SECONDS=60)
def test_the_parts_are_looked_up_in_one_query_then_kept(network):
    minutes(network, "Om gårdarna", "Gårdarna för fritid håller öppet i sommar.")
    candidates = vocabulary_candidates("fritidsgårdarna", "sv")
    assert {term("fritid"), term("gårdarna")} <= set(candidates)
    with CaptureQueriesContext(connection) as first:
        known = known_terms(candidates)
    assert {term("fritid"), term("gårdarna")} <= known
    assert term("fritidsgårdarna") not in known
    assert len(lookups(first, "fritidsgårdarna")) == 1
    with CaptureQueriesContext(connection) as again:
        assert known_terms(candidates) == known
    assert not lookups(again, "fritidsgårdarna")


def lookups(queries, query):
    """The queries that asked the index which of ``query``'s candidate terms it holds.

    Only such a query names every candidate: a search names the terms it looks for.
    """
    candidates = vocabulary_candidates(query, "sv")
    return [
        captured
        for captured in queries.captured_queries
        if all(candidate in captured["sql"] for candidate in candidates)
    ]


@override_settings(PAGE_CACHE_SECONDS=0)
def test_one_search_asks_the_index_about_its_compound_once_with_nothing_kept(network):
    minutes(network, "Om gårdarna", "Gårdarna för fritid håller öppet i sommar.")
    minutes(network, "Om fritidsgårdarna", "Fritidsgårdarna håller öppet i sommar.")
    sv = Locale.objects.get(language_code="sv")
    with CaptureQueriesContext(connection) as queries:
        found = find_pages("fritidsgårdarna", sv)
    # The query is compiled for the match, its rank and the words as typed; the words the
    # index holds are asked for once, and the split still finds the parts.
    assert len(lookups(queries, "fritidsgårdarna")) == 1
    titles = [page.title for page in Page.objects.filter(pk__in=found.ids)]
    assert sorted(titles) == ["Om fritidsgårdarna", "Om gårdarna"]


@override_settings(PAGE_CACHE_SECONDS=0)
def test_a_compound_whose_own_matches_fill_the_results_is_not_split(client, network, monkeypatch):
    minutes(network, "Om gårdarna", "Gårdarna för fritid håller öppet i sommar.")
    minutes(network, "Gårdarna i norr", "Fritidsgårdarna i norr håller öppet.")
    minutes(network, "Gårdarna i söder", "Fritidsgårdarna i söder stänger.")
    sv = Locale.objects.get(language_code="sv")
    monkeypatch.setattr("search.query.MAX_MATCHES", 2)
    with CaptureQueriesContext(connection) as queries:
        search = client.get(reverse("search"), {"q": "fritidsgårdarna"}).context["search"]
    # The parts could add no result: neither they nor the vocabulary are looked up, and
    # only the words as typed are highlighted.
    assert not lookups(queries, "fritidsgårdarna")
    assert [result.page.title for result in search.results] == [
        "Gårdarna i söder",
        "Gårdarna i norr",
    ]
    assert term("fritid") not in search.terms
    monkeypatch.setattr("search.query.MAX_MATCHES", 3)
    widened = find_pages("fritidsgårdarna", sv)
    assert widened.matches.widened
    titles = {page.pk: page.title for page in Page.objects.filter(pk__in=widened.ids)}
    assert [titles[pk] for pk in widened.ids][2] == "Om gårdarna"


def test_the_vocabulary_is_bounded_and_swedish_only():
    long_query = " ".join(["samverkansöverenskommelserna"] * 40)
    assert len(vocabulary_candidates(long_query, "sv")) < 200
    assert vocabulary_candidates("school choice meetings", "en") == []
    # Without the index's words the analysis is the domain dictionary's alone.
    assert query_clauses("fritidsgårdarna", "sv", synonym_groups=[]) == query_clauses(
        "fritidsgårdarna", "sv", synonym_groups=[], known_terms=frozenset()
    )


def test_words_only_a_draft_or_a_private_page_holds_are_unknown_to_the_query(client, network):
    minutes(network, "Köket", "Skolan har en ny chef i köket.")
    MinutesPageFactory(
        parent=network,
        title="Utkast",
        live=False,
        agenda=[agenda_item(1, "Övrigt", body="<p>Skolchefen slutar.</p>")],
    )
    private = minutes(network, "Slutet möte", "Skolchefen har sagt upp sig.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    # Held whole only where no reader may look, the word is split as a word nobody uses:
    # the answer cannot tell that a draft or a private page uses it.
    assert term("skolchef") not in known_terms(vocabulary_candidates("skolchef", "sv"))
    shown = found(client, "skolchef")
    assert "Köket" in shown
    assert not {"Utkast", "Slutet möte"} & set(shown)
