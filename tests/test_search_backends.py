"""Every search backend analyses Swedish the same way, and hostile input never breaks one.

The database backend of the run (SQLite FTS5 or PostgreSQL) is exercised for real. For
Elasticsearch and OpenSearch, which cannot run here, the generated index settings and
mappings are checked; ``test_live_cluster_*`` run against a real cluster when ``SEARCH_URL``
is set.
"""

import importlib
import os

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from minutes.models.minutes_page import MinutesPage
from search.backends.config import search_backend
from search.backends.elasticsearch import (
    Elasticsearch8SearchBackend,
    Elasticsearch9SearchBackend,
)
from search.backends.index_settings import index_settings
from search.backends.opensearch import OpenSearch2SearchBackend, OpenSearch3SearchBackend
from search.query import read_query
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree


@pytest.fixture
def network(db):
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index)


def found(query, **kwargs):
    with translation.override("sv"):
        return {page.title for page in Page.objects.live().search(query, **kwargs)}


# The database backends, for real --------------------------------------------------------


def test_the_database_in_use_gets_the_swedish_backend(db):
    backend = get_search_backend()
    expected = {
        "sqlite": "SwedishSQLiteSearchBackend",
        "postgresql": "SwedishPostgresSearchBackend",
    }
    assert type(backend).__name__ == expected[connection.vendor]


@pytest.mark.parametrize(
    "query",
    ["skolchefer", "skolchefernas", "Skolchef", "nätverk", "natverket", "skolchefsnatverk"],
)
def test_inflections_compounds_and_missing_accents_find_the_minutes(network, query):
    MinutesPageFactory(parent=network, title="Skolchefsnätverkets möte i mars")
    assert "Skolchefsnätverkets möte i mars" in found(query)


def test_a_query_without_accents_finds_preschool_minutes(network):
    MinutesPageFactory(parent=network, title="Förskolans läroplan")
    assert found("forskolan laroplanen") == {"Förskolans läroplan"}


def test_indexing_reads_each_field_once(network):
    """The attachments' text, say, is read once, not once each for title, body, autocomplete."""
    from tests.search_relevance.harness import make_document
    from tests.search_relevance.model import Attachment

    document = make_document(Attachment("pdf", "Bilder", ("Skolmaten i Lerum",)), "bilder")
    page = MinutesPageFactory(
        parent=network, agenda=[agenda_item(1, "Kosten", attachments=[document])]
    )
    with CaptureQueriesContext(connection) as queries:
        get_search_backend().add(MinutesPage.objects.get(pk=page.pk))
    assert sum("search_documenttext" in query["sql"] for query in queries) == 1
    assert page.title in found("skolmaten")


def test_decisions_agenda_headings_and_attendees_are_searchable(network):
    from tests.factories import MinutesAttendeeFactory, PersonFactory

    page = MinutesPageFactory(
        parent=network,
        title="Möte 3 mars",
        agenda=[
            agenda_item(
                1,
                "Lokalförsörjning för gymnasiet",
                decisions=["att lokalbehoven inventeras före sommaren"],
            )
        ],
    )
    MinutesAttendeeFactory(page=page, person=PersonFactory(name="Dennis Pavlovic"))
    page.save_revision().publish()
    assert "Möte 3 mars" in found("lokalbehov inventering")
    assert "Möte 3 mars" in found("lokalforsorjningen")
    assert "Möte 3 mars" in found("Dennis Pavlovic")


def test_a_querys_words_are_found_one_in_the_title_and_one_in_the_body(network, settings):
    """Every word must match, but not all in the same field; also beyond the bound."""
    MinutesPageFactory(
        parent=network, title="Lokalförsörjning", agenda=[agenda_item(1, "Inventering")]
    )
    MinutesPageFactory(parent=network, title="Inventering", agenda=[agenda_item(1, "Budget")])
    assert found("lokalförsörjning inventering") == {"Lokalförsörjning"}
    settings.SEARCH_MAX_RANKED = 1
    assert found("lokalförsörjning inventering") == {"Lokalförsörjning"}


def test_an_abbreviation_finds_what_it_stands_for(network):
    MinutesPageFactory(parent=network, title="Platser för verksamhetsförlagd utbildning")
    assert found("VFU") == {"Platser för verksamhetsförlagd utbildning"}


def test_a_quoted_phrase_needs_its_words_together(network):
    MinutesPageFactory(parent=network, title="Anpassad gymnasieskola i regionen")
    MinutesPageFactory(parent=network, title="Gymnasieskola som anpassad för vuxna")
    assert found('"anpassad gymnasieskola"') == {"Anpassad gymnasieskola i regionen"}


def test_english_pages_are_stemmed_in_english(network):
    from wagtail.models import Locale

    english = Locale.objects.get_or_create(language_code="en")[0]
    page = MinutesPageFactory(parent=network, title="Principals discussed workloads")
    page.locale = english
    page.save()
    with translation.override("en"):
        titles = {p.title for p in Page.objects.live().search("principal workload")}
    assert "Principals discussed workloads" in titles


def test_autocomplete_finds_a_word_begun_without_accents(network):
    MinutesPageFactory(parent=network, title="Förskolechefernas möte")
    with translation.override("sv"):
        for typed in ("försk", "forsk", "förskolechef"):
            titles = {p.title for p in MinutesPage.objects.live().autocomplete(typed)}
            assert "Förskolechefernas möte" in titles, typed


@pytest.mark.parametrize(
    "query",
    [
        '"obalanserat',
        "\x00nul",
        "a" * 5000,
        " ".join(["ord"] * 1000),
        '"' + "fras " * 200 + '"',
        "skol* AND NOT (OR) NEAR {title}: ^",
        "'; DROP TABLE wagtailcore_page; --",
        "och att",
    ],
)
def test_hostile_input_never_raises_in_the_backend(network, query):
    MinutesPageFactory(parent=network, title="Skolchefernas möte")
    with translation.override("sv"):
        list(Page.objects.live().search(query))
        list(Page.objects.live().search(query, operator="or"))
        list(MinutesPage.objects.live().autocomplete(query))
    assert Page.objects.filter(title="Skolchefernas möte").exists()


def test_the_api_search_uses_the_same_analysis(client, network):
    MinutesPageFactory(parent=network, title="Skolchefernas nätverksmöte")
    response = client.get(
        "/api/v2/pages/", {"search": "skolchefsnatverk", "type": "minutes.MinutesPage"}
    )
    assert response.status_code == 200
    titles = [item["title"] for item in response.json()["items"]]
    assert titles == ["Skolchefernas nätverksmöte"]


def test_the_search_page_uses_the_same_analysis(client, network):
    MinutesPageFactory(parent=network, title="Rektorernas arbetsmiljö")
    response = client.get(reverse("search"), {"q": "rektorn arbetsmiljon"})
    assert "Rektorernas arbetsmiljö" in response.text


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite backend's own ranking")
def test_ranking_in_one_pass_orders_as_the_correlated_ranking_did(network):
    """The same results, order, windows and count as modelsearch's per-row score subquery."""
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchQueryCompiler

    words = ["skolchef", "skolchefer", "skolchefernas skolchef", "rektor", "budget"]
    for number in range(24):
        # Repeated words and equal titles give both differing scores and ties.
        body = " ".join(words[: 1 + number % len(words)])
        MinutesPageFactory(
            parent=network,
            title=f"Möte om {words[number % 3]}",
            slug=f"mote-{number}",
            agenda=[agenda_item(1, body)],
            live=number % 7 != 0,
        )
    # As after update_index: equal titles weigh the same, so equal pages score the same.
    get_search_backend().get_index_for_model(Page)._refresh_title_norms(full=True)
    pages = Page.objects.live().filter(depth__gt=2)

    with translation.override("sv"):
        for query in ("skolchef", "skolchef budget", '"skolchefernas skolchef"'):
            results = pages.search(query)
            compiler = results.query_compiler
            config = compiler.get_config(results.backend)
            for start, stop in ((0, None), (0, 5), (3, 9), (20, None)):
                correlated = SQLiteSearchQueryCompiler.search(compiler, config, start, stop)
                expected = [page.pk for page in correlated]
                window = results[start:stop]
                assert [page.pk for page in window] == expected, (query, start, stop)
                assert window.primary_keys() == expected
                assert window.count() == len(expected)
            assert len(expected) < results.count()
            scores = [page._score for page in results.annotate_score("_score")]
            assert len(set(scores)) < len(scores), "the ordering of ties is exercised"


def test_words_and_a_phrase_rank_the_strongest_match_first(network):
    """A query of loose words and a quoted phrase orders its matches by how well they match."""
    for number in range(12):
        MinutesPageFactory(
            parent=network,
            title=f"Möte {number}",
            slug=f"annat-{number}",
            agenda=[agenda_item(1, "Läsårets planering och lokaler.")],
        )
    strong = MinutesPageFactory(
        parent=network,
        title="Budget för rektorernas arbetsmiljö",
        slug="stark",
        agenda=[agenda_item(1, "Budget, budget och rektorernas arbetsmiljö i budgeten.")],
    )
    weak = MinutesPageFactory(
        parent=network,
        title="Läsårets planering",
        slug="svag",
        agenda=[
            agenda_item(1, "Lokaler, skolskjuts och läromedel för hela läsåret."),
            agenda_item(2, "Rektorernas arbetsmiljö togs upp kort. Budget senare."),
        ],
    )
    get_search_backend().get_index_for_model(Page)._refresh_title_norms(full=True)

    # As the search page asks: the loose words and the phrase as two parts of one query.
    query = read_query('budget "rektorernas arbetsmiljö"').backend_query()
    with translation.override("sv"):
        results = [page.pk for page in Page.objects.live().search(query)]

    assert results == [strong.pk, weak.pk]


def test_a_word_on_more_pages_than_the_bound_ranks_the_newest_and_those_titled_with_it(
    network, settings
):
    """Beyond ``SEARCH_MAX_RANKED`` matches, the newest are ranked, and older pages with the
    word in their titles are not lost among them."""
    settings.SEARCH_MAX_RANKED = 4

    def minutes(number, title, heading):
        return MinutesPageFactory(
            parent=network, title=title, slug=f"budget-{number}", agenda=[agenda_item(1, heading)]
        ).pk

    titled = minutes(0, "Budgeten för nästa år", "Ekonomi")
    older = [minutes(number, f"Möte {number}", "Budgeten") for number in range(1, 4)]
    newest = [minutes(number, f"Möte {number}", "Budgeten") for number in range(4, 8)]
    pages = Page.objects.live().filter(depth__gt=2)

    with translation.override("sv"):
        ranked = {page.pk for page in pages.search("budget")}
        assert ranked == {titled, *newest}
        settings.SEARCH_MAX_RANKED = 100
        assert {page.pk for page in pages.search("budget")} == {titled, *older, *newest}


def test_a_search_beyond_the_bound_counts_the_results_it_gives(network, settings):
    """A count never promises results the bounded search cannot give: a paginator's last
    page is never empty, whether the results were read first or not."""
    settings.SEARCH_MAX_RANKED = 2
    for number in range(5):
        MinutesPageFactory(
            parent=network, slug=f"budget-{number}", agenda=[agenda_item(1, "Budgeten")]
        )
    pages = Page.objects.live().filter(depth__gt=2)
    with translation.override("sv"):
        counted = pages.search("budget").count()
        results = pages.search("budget")
        assert counted == len(list(results)) == results.count() == 2
        assert pages.search("budget")[1:].count() == len(list(pages.search("budget")[1:])) == 1


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text table")
def test_the_full_text_table_is_made_again_with_prefix_indexes_and_keeps_its_rows(network):
    """The migration that adds FTS5's prefix indexes keeps every indexed page findable,
    made forwards and backwards."""
    migration = importlib.import_module("search.migrations.0006_full_text_prefix_indexes")
    MinutesPageFactory(parent=network, title="Kompetensförsörjning i länet", slug="k")

    def schema():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'wagtailsearch_indexentry_fts'"
            )
            return cursor.fetchone()[0]

    before = found("kompetens")
    assert "Kompetensförsörjning i länet" in before
    assert migration.PREFIX_INDEXES in schema()
    migration.make_full_text_table(connection)
    assert "prefix" not in schema()
    assert found("kompetens") == before
    migration.make_full_text_table(connection, migration.PREFIX_INDEXES)
    assert migration.PREFIX_INDEXES in schema()
    assert found("kompetens") == before
    # The index table's triggers fill the new table as pages are indexed.
    MinutesPageFactory(parent=network, title="Kompetensutveckling", slug="u")
    assert found("kompetens") == {*before, "Kompetensutveckling"}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's stored column")
def test_the_joined_vectors_are_a_column_that_follows_each_page_and_the_migration_undoes(
    network,
):
    """A search matches the column of the title and body vectors joined, which PostgreSQL
    keeps as pages are indexed and changed; the migration that adds it is undone and made
    again with every page still findable."""
    migration = importlib.import_module("search.migrations.0007_whole_text_column")
    page = MinutesPageFactory(parent=network, title="Kompetensförsörjning i länet", slug="k")
    assert found("kompetensförsörjning") == {"Kompetensförsörjning i länet"}
    page.title = "Rekrytering i länet"
    page.save_revision().publish()
    assert found("kompetensförsörjning") == set()
    assert found("rekrytering länet") == {"Rekrytering i länet"}

    def columns():
        with connection.cursor() as cursor:
            return {
                column.name
                for column in connection.introspection.get_table_description(
                    cursor, migration.TABLE
                )
            }

    def indexes():
        with connection.cursor() as cursor:
            return set(connection.introspection.get_constraints(cursor, migration.TABLE))

    with connection.cursor() as cursor:
        # The test's transaction holds deferred checks of its rows, which bar changes to
        # the table; a migration runs without them.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    with connection.schema_editor() as editor:
        migration.remove_column(None, editor)
    assert migration.COLUMN not in columns()
    assert migration.EXPRESSION_INDEX in indexes()
    with connection.schema_editor() as editor:
        migration.add_column(None, editor)
    assert migration.COLUMN in columns()
    assert migration.INDEX in indexes() and migration.EXPRESSION_INDEX not in indexes()
    assert found("rekrytering länet") == {"Rekrytering i länet"}


# Choosing a backend ---------------------------------------------------------------------


def test_without_a_search_url_the_database_backend_is_used():
    assert search_backend("") == {"BACKEND": "search.backends.database"}


@pytest.mark.parametrize(
    ("url", "service", "backend", "host"),
    [
        (
            "https://es.example.org:9200",
            "",
            "Elasticsearch9SearchBackend",
            "https://es.example.org:9200",
        ),
        (
            "http://es.example.org",
            "elasticsearch8",
            "Elasticsearch8SearchBackend",
            "http://es.example.org",
        ),
        (
            "opensearch+https://os.example.org",
            "",
            "OpenSearch3SearchBackend",
            "https://os.example.org",
        ),
        (
            "http://os.example.org",
            "opensearch2",
            "OpenSearch2SearchBackend",
            "http://os.example.org",
        ),
    ],
)
def test_a_search_url_chooses_the_service(url, service, backend, host):
    config = search_backend(url, service)
    assert config["BACKEND"].endswith(backend)
    assert config["URLS"] == [host]


def test_an_unknown_search_service_is_refused_with_a_clear_message():
    with pytest.raises(ValueError, match="Unknown search service 'solr'"):
        search_backend("http://search.example.org", "solr")


# Elasticsearch and OpenSearch index settings ---------------------------------------------


def analyzer(settings, name):
    return settings["settings"]["analysis"]["analyzer"][name]


def test_indexing_stems_swedish_then_folds_accents():
    filters = analyzer(index_settings(synonyms=[]), "default")["filter"]
    assert filters.index("swedish_stop") < filters.index("swedish_stemmer")
    assert filters.index("swedish_decompound") < filters.index("swedish_stemmer")
    assert filters.index("swedish_stemmer") < filters.index("asciifolding")


def test_queries_are_stemmed_folded_and_expanded_with_synonyms():
    settings = index_settings(synonyms=["vfu, verksamhetsförlagd utbildning"])
    filters = analyzer(settings, "default_search")["filter"]
    assert filters.index("swedish_synonyms") < filters.index("swedish_stemmer")
    assert filters.index("swedish_stemmer") < filters.index("asciifolding")
    synonyms = settings["settings"]["analysis"]["filter"]["swedish_synonyms"]
    assert synonyms["type"] == "synonym_graph"
    assert synonyms["synonyms"] == ["vfu, verksamhetsförlagd utbildning"]


def test_compounds_are_split_by_the_domain_dictionary():
    decompound = index_settings(synonyms=[])["settings"]["analysis"]["filter"]["swedish_decompound"]
    assert decompound["type"] == "dictionary_decompounder"
    for word in ("nätverk", "natverk", "chef", "skola", "utbildning", "försörjning", "process"):
        assert word in decompound["word_list"]


@pytest.mark.parametrize("synonyms", [[], ["vfu, verksamhetsförlagd utbildning"]])
def test_a_querys_compounds_are_split_after_the_synonyms_and_before_stemming(synonyms):
    filters = analyzer(index_settings(synonyms=synonyms), "default_search")["filter"]
    assert filters.index("swedish_decompound") < filters.index("swedish_stemmer")
    if synonyms:
        assert filters.index("swedish_synonyms") < filters.index("swedish_decompound")


def test_swedish_stop_words_are_removed():
    stop = index_settings(synonyms=[])["settings"]["analysis"]["filter"]["swedish_stop"]
    assert {"och", "att", "för", "som"} <= set(stop["stopwords"])


@pytest.mark.django_db
def test_the_editors_synonyms_reach_the_index_settings():
    rules = index_settings()["settings"]["analysis"]["filter"]["swedish_synonyms"]["synonyms"]
    assert "skr, sveriges kommuner och regioner" in rules


@pytest.mark.parametrize(
    "backend_class",
    [
        Elasticsearch9SearchBackend,
        Elasticsearch8SearchBackend,
        OpenSearch3SearchBackend,
        OpenSearch2SearchBackend,
    ],
)
def test_every_cluster_backend_gets_the_analysis_and_the_autocomplete_fix(db, backend_class):
    backend = backend_class({"URLS": ["http://localhost:9200"]})
    assert analyzer(backend.settings, "default")["filter"][-1] == "asciifolding"
    # Wagtail's edge n-grams are folded when indexed; the query must be folded too.
    assert analyzer(backend.settings, "autocomplete_search")["filter"] == [
        "lowercase",
        "asciifolding",
    ]
    assert "edgengram_analyzer" in backend.settings["settings"]["analysis"]["analyzer"]
    mapping = backend.mapping_class(MinutesPage).get_mapping()
    assert mapping["properties"]["_edgengrams"]["search_analyzer"] == "autocomplete_search"


def test_a_projects_own_index_settings_still_apply(db):
    backend = Elasticsearch9SearchBackend(
        {
            "URLS": ["http://localhost:9200"],
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 3}}},
        }
    )
    assert backend.settings["settings"]["index"]["number_of_shards"] == 3
    assert "swedish_stemmer" in backend.settings["settings"]["analysis"]["filter"]


# A live cluster, when there is one ------------------------------------------------------

SEARCH_URL = os.environ.get("SEARCH_URL", "")
live = pytest.mark.skipif(not SEARCH_URL, reason="SEARCH_URL names no Elasticsearch/OpenSearch")


@live
@pytest.mark.django_db(transaction=True)
def test_live_cluster_finds_inflections_compounds_and_unaccented_words(network):
    config = search_backend(SEARCH_URL, os.environ.get("SEARCH_BACKEND", ""))
    config["INDEX_PREFIX"] = "samverkan_test_"
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": config}):
        backend = get_search_backend()
        page = MinutesPageFactory(parent=network, title="Skolchefsnätverkets möte om förskolan")
        index = backend.get_index_for_model(MinutesPage)
        index.reset()
        index.add_model(MinutesPage)
        index.add_item(page)
        index.refresh()
        try:
            for query in ("skolchefer", "nätverk", "forskolan", "förskolorna"):
                titles = {p.title for p in backend.search(query, MinutesPage)}
                assert page.title in titles, query
            titles = {p.title for p in backend.autocomplete("försk", MinutesPage)}
            assert page.title in titles
        finally:
            index.delete()
