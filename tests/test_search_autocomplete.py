"""The search box's suggestions: titles and addresses of live, public pages in one language."""

from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree


def autocomplete_url(language="sv"):
    with translation.override(language):
        return reverse("search_autocomplete")


class AutocompleteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(
            parent=tree.network_index, title="Skolchefsnätverket Väst", slug="vast"
        )
        cls.minutes = MinutesPageFactory(
            parent=cls.network, title="Skolskjuts och studiero", slug="skolskjuts"
        )
        MinutesPageFactory(parent=cls.network, title="Skolskjuts i utkast", live=False)
        private = MinutesPageFactory(parent=cls.network, title="Skolskjuts bakom lösenord")
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        cls.english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), cls.english)
        with cls.captureOnCommitCallbacks(execute=True), translation.override("sv"):
            for page in (tree.home, tree.network_index, cls.network):
                translate_page(page, cls.english, {"Skolchefsnätverket Väst": "Network West"})

    def suggest(self, query, language="sv"):
        response = self.client.get(autocomplete_url(language), {"q": query})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/json")
        return response.json()["results"]

    def test_the_beginning_of_a_word_suggests_live_public_titles_with_addresses(self):
        results = self.suggest("skolskj")
        self.assertEqual([result["title"] for result in results], ["Skolskjuts och studiero"])
        self.assertEqual(results[0]["url"], self.minutes.url)

    def test_suggestions_are_in_the_visitors_language(self):
        self.assertEqual([r["title"] for r in self.suggest("netw", "en")], ["Network West"])
        self.assertEqual(self.suggest("netw"), [])
        # The English alias of the Swedish minutes is Swedish text: not offered in English.
        self.assertEqual(self.suggest("skolskj", "en"), [])

    def test_short_empty_and_hostile_input_gets_an_empty_list(self):
        for query in ("", "s", "\x00\x01", '"', "<script>alert(1)</script>", "a" * 10_000):
            self.assertEqual(self.suggest(query), [], query[:20])

    def test_suggestions_are_capped(self):
        for number in range(12):
            MinutesPageFactory(parent=self.network, title=f"Skolskjuts {number}")
        self.assertEqual(len(self.suggest("skolskjuts")), 8)

    def test_the_search_box_offers_suggestions_accessibly(self):
        response = self.client.get(reverse("search"))
        self.assertContains(response, f'data-autocomplete-url="{autocomplete_url()}"')
        self.assertContains(response, 'src="/static/js/autocomplete.js" defer')
        self.assertContains(response, '<label for="search-query">')
