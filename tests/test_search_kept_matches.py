"""A search's matches are kept until the content changes, and never past a change."""

from django.core.cache import caches
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from search.models import Synonym
from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree


def titles(response):
    assert response.status_code == 200, response.status_code
    return [result.page.title for result in response.context["search"].results]


@override_settings(PAGE_CACHE_SECONDS=300)
class KeptMatchesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.budget = MinutesPageFactory(parent=cls.network, title="Budgeten för skolskjutsar")

    def setUp(self):
        caches["pages"].clear()

    def search(self, **params):
        return self.client.get(reverse("search"), params)

    def test_the_same_search_again_asks_the_index_nothing(self):
        first = titles(self.search(q="budget"))
        with CaptureQueriesContext(connection) as queries:
            again = titles(self.search(q="budget", sort="date"))
        self.assertEqual(again, first)
        self.assertEqual(first, ["Budgeten för skolskjutsar"])
        index_queries = [q["sql"] for q in queries if "indexentry" in q["sql"]]
        self.assertEqual(index_queries, [])

    def test_a_page_published_since_is_found_by_the_next_search(self):
        self.search(q="budget")
        MinutesPageFactory(parent=self.network, title="Budget för läromedel")
        self.assertEqual(
            sorted(titles(self.search(q="budget"))),
            ["Budget för läromedel", "Budgeten för skolskjutsar"],
        )

    def test_a_page_unpublished_since_is_gone_from_the_next_search(self):
        self.assertEqual(titles(self.search(q="budget")), ["Budgeten för skolskjutsar"])
        self.budget.unpublish()
        self.assertEqual(titles(self.search(q="budget")), [])

    def test_a_synonym_added_since_applies_to_the_next_search(self):
        self.assertEqual(titles(self.search(q="ekonomi")), [])
        Synonym.objects.create(terms="ekonomi, budget")
        self.assertEqual(titles(self.search(q="ekonomi")), ["Budgeten för skolskjutsar"])
