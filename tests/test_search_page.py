"""The public search page: filters with counts, highlighted snippets, sorting, paging,
phrases, suggestions when nothing is found, the visitor's language and promotions."""

import datetime
import re

from django.core.files.base import ContentFile
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from search.models import SearchQueryDay
from tests.factories import (
    ConferencePageFactory,
    DocumentFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
)


def aware(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9))


def result_titles(response):
    """Titles of the results in the order shown, promoted ones included."""
    return re.findall(
        r'class="search-result__title"><a href="[^"]*"[^>]*>([^<]*)</a>', response.text
    )


class SearchPageTestCase(TestCase):
    """Two networks of two organisations, with minutes, a conference and an about page."""

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.home = tree.home
        cls.gr = OrganisationFactory(name="Göteborgsregionen")
        cls.sjuharad = OrganisationFactory(name="Sjuhärads kommunalförbund")
        cls.west = NetworkPageFactory(
            parent=tree.network_index, title="Skolchefsnätverket Väst", organisation=cls.gr
        )
        cls.south = NetworkPageFactory(
            parent=tree.network_index, title="Utbildningsnätverket Söder", organisation=cls.sjuharad
        )
        cls.old_minutes = MinutesPageFactory(
            parent=cls.west,
            title="Möte i februari",
            meeting_date=datetime.date(2023, 2, 1),
            agenda=[
                agenda_item(
                    1,
                    "Lärlingsutbildning i regionen",
                    body="<p>Skolchefernas arbete med lärlingsutbildning fortsätter i höst.</p>",
                    decisions=["att frågan om lärlingsutbildning återkommer i maj"],
                )
            ],
        )
        cls.new_minutes = MinutesPageFactory(
            parent=cls.south,
            title="Möte i maj",
            meeting_date=datetime.date(2024, 5, 14),
            agenda=[
                agenda_item(
                    1,
                    "Skolskjuts",
                    body=(
                        "<p>Arbete med skolskjuts och skolchefernas ansvar "
                        "för lärlingsutbildning.</p>"
                    ),
                )
            ],
        )
        cls.conference = ConferencePageFactory(
            parent=cls.west,
            title="Konferens om yrkesutbildning",
            start=aware(2025, 3, 10),
            end=aware(2025, 3, 11),
            intro="Två dagar om lärlingsutbildning och studiero.",
        )
        cls.about = StandardPageFactory(
            parent=cls.home,
            title="Om lärlingsutbildning",
            intro="Så samverkar kommunerna kring lärlingsutbildning.",
        )

    def search(self, **params):
        with translation.override("sv"):
            url = reverse("search")
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 200)
        return response


class ResultTests(SearchPageTestCase):
    def test_every_page_type_is_found_with_its_type_and_date(self):
        response = self.search(q="lärlingsutbildning")
        self.assertEqual(
            set(result_titles(response)),
            {
                "Möte i februari",
                "Möte i maj",
                "Konferens om yrkesutbildning",
                "Om lärlingsutbildning",
            },
        )
        self.assertContains(response, '<time datetime="2023-02-01">')
        self.assertContains(response, '<time datetime="2025-03-10">')

    def test_result_count_is_announced_to_assistive_technology(self):
        response = self.search(q="lärlingsutbildning")
        self.assertRegex(
            response.text, r'<p class="search-summary" role="status" aria-live="polite">\s*4 '
        )

    def test_snippet_marks_the_matched_words_in_the_agenda(self):
        response = self.search(q="skolskjuts")
        self.assertContains(response, "<mark>skolskjuts</mark>")
        self.assertContains(response, "<mark>Skolskjuts</mark>")

    def test_snippet_escapes_the_page_text(self):
        StandardPageFactory(
            parent=self.home, title="Om taggar", intro="Skriv <b>fetstil</b> fritt."
        )
        response = self.search(q="fetstil")
        self.assertContains(response, "&lt;b&gt;<mark>fetstil</mark>&lt;/b&gt;")

    def test_quoted_phrase_finds_only_the_words_together(self):
        response = self.search(q='"arbete med lärlingsutbildning"')
        self.assertEqual(result_titles(response), ["Möte i februari"])
        self.assertContains(response, 'value="&quot;arbete med lärlingsutbildning&quot;"')

    def test_sorting_by_date_puts_the_newest_first(self):
        response = self.search(q="lärlingsutbildning", sort="date")
        titles = result_titles(response)
        self.assertLess(titles.index("Konferens om yrkesutbildning"), titles.index("Möte i maj"))
        self.assertLess(titles.index("Möte i maj"), titles.index("Möte i februari"))
        self.assertContains(response, '<span aria-current="true">')

    def test_an_unknown_sort_is_relevance(self):
        response = self.search(q="lärlingsutbildning", sort="<script>")
        self.assertEqual(len(result_titles(response)), 4)
        self.assertNotContains(response, "<script>")


class AttachmentTests(SearchPageTestCase):
    def test_a_match_in_an_attached_document_is_named_with_its_page(self):
        slides = DocumentFactory(
            title="Bilder om busskort",
            file=ContentFile("Elevernas busskort byts ut under våren.".encode(), name="bilder.txt"),
        )
        MinutesPageFactory(
            parent=self.west,
            title="Möte i april",
            agenda=[agenda_item(1, "Skolskjutsar", attachments=[slides])],
        )
        response = self.search(q="busskort")
        self.assertEqual(result_titles(response), ["Möte i april"])
        self.assertContains(response, "Bilder om busskort")
        self.assertContains(response, "<mark>busskort</mark>")


class FilterTests(SearchPageTestCase):
    def facet(self, response, name):
        for facet in response.context["search"].facets:
            if facet.name == name:
                return {link.label: link.count for link in facet.links}
        return {}

    def test_filters_show_how_many_results_each_gives(self):
        response = self.search(q="lärlingsutbildning")
        networks = self.facet(response, "network")
        self.assertEqual(networks, {"Skolchefsnätverket Väst": 2, "Utbildningsnätverket Söder": 1})
        self.assertEqual(
            self.facet(response, "organisation"),
            {"Göteborgsregionen": 2, "Sjuhärads kommunalförbund": 1},
        )
        years = self.facet(response, "year")
        self.assertEqual(years["2023"], 1)
        self.assertEqual(years["2024"], 1)
        self.assertEqual(years["2025"], 1)
        self.assertContains(
            response,
            'Skolchefsnätverket Väst <span class="search-filter__count">(2)</span>',
            html=False,
        )

    def test_choosing_a_network_keeps_its_results_and_updates_the_other_counts(self):
        response = self.search(q="lärlingsutbildning", network=self.west.pk)
        self.assertEqual(
            set(result_titles(response)), {"Möte i februari", "Konferens om yrkesutbildning"}
        )
        self.assertEqual(self.facet(response, "organisation"), {"Göteborgsregionen": 2})
        # The chosen network's own counts ignore it, so another network can be picked.
        self.assertEqual(
            self.facet(response, "network"),
            {"Skolchefsnätverket Väst": 2, "Utbildningsnätverket Söder": 1},
        )
        self.assertContains(response, 'aria-current="true" class="search-filter__option')

    def test_filter_by_type_organisation_and_year(self):
        response = self.search(q="lärlingsutbildning", type="minutespage")
        self.assertEqual(set(result_titles(response)), {"Möte i februari", "Möte i maj"})
        response = self.search(q="lärlingsutbildning", organisation=self.sjuharad.pk)
        self.assertEqual(result_titles(response), ["Möte i maj"])
        response = self.search(q="lärlingsutbildning", year="2025")
        self.assertEqual(result_titles(response), ["Konferens om yrkesutbildning"])

    def test_a_conference_is_dated_by_its_local_start(self):
        # Half past midnight on New Year's Day in Sweden is still the old year in UTC.
        new_year = timezone.make_aware(datetime.datetime(2027, 1, 1, 0, 30))
        ConferencePageFactory(
            parent=self.south,
            title="Nyårskonferens om lärlingsutbildning",
            start=new_year,
            end=new_year + datetime.timedelta(hours=8),
        )
        response = self.search(q="lärlingsutbildning", year="2027")
        self.assertEqual(result_titles(response), ["Nyårskonferens om lärlingsutbildning"])
        self.assertEqual(self.facet(response, "year")["2027"], 1)

    def test_malformed_filters_are_ignored(self):
        response = self.search(
            q="lärlingsutbildning", type="auth.user", network="1; DROP", year="20x5"
        )
        self.assertEqual(len(result_titles(response)), 4)

    def test_no_results_with_a_filter_offers_to_remove_it(self):
        response = self.search(q="skolskjuts", network=self.west.pk)
        self.assertEqual(result_titles(response), [])
        self.assertContains(response, "Skolchefsnätverket Väst")
        remove = response.context["search"].chosen_filters
        self.assertEqual(len(remove), 1)
        self.assertEqual(remove[0].count, 1)
        self.assertContains(response, f'href="{remove[0].url}"'.replace("&", "&amp;"))


class NoResultsTests(SearchPageTestCase):
    def test_misspelt_word_gets_a_suggestion_that_finds_something(self):
        response = self.search(q="studeiro")
        self.assertEqual(result_titles(response), [])
        self.assertContains(response, '<a href="?q=studiero">studiero</a>')
        self.assertEqual(len(result_titles(self.search(q="studiero"))), 1)

    def test_words_typed_without_swedish_letters_are_suggested_with_them(self):
        suggestion = self.search(q="skolchefsnatverket").context["search"].suggestion
        if suggestion is not None:  # Folding may already have found the page itself.
            self.assertEqual(suggestion.label, "skolchefsnätverket")

    def test_nonsense_gets_a_clear_message_and_no_suggestion(self):
        response = self.search(q="qqxyzzy")
        self.assertContains(response, "search-empty")
        self.assertIsNone(response.context["search"].suggestion)

    def test_a_query_without_words_asks_for_words(self):
        response = self.search(q="\x00\x01")
        self.assertContains(response, 'class="search-summary" role="status"')
        self.assertEqual(result_titles(response), [])


class PagingTests(SearchPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for number in range(12):
            MinutesPageFactory(
                parent=cls.south,
                title=f"Arbetsmöte {number:02d}",
                agenda=[agenda_item(1, "Budgetuppföljning")],
            )

    def test_results_come_ten_to_a_page_with_a_labelled_navigation(self):
        first = self.search(q="budgetuppföljning")
        self.assertEqual(len(result_titles(first)), 10)
        self.assertContains(first, '<nav class="pagination"')
        self.assertContains(first, 'rel="next"')
        second = self.search(q="budgetuppföljning", page="2")
        self.assertEqual(len(result_titles(second)), 2)
        self.assertFalse(set(result_titles(first)) & set(result_titles(second)))

    def test_a_page_number_out_of_range_or_malformed_shows_a_real_page(self):
        self.assertEqual(len(result_titles(self.search(q="budgetuppföljning", page="999"))), 2)
        self.assertEqual(len(result_titles(self.search(q="budgetuppföljning", page="-1"))), 10)
        self.assertEqual(len(result_titles(self.search(q="budgetuppföljning", page="x"))), 10)


class QueryCountTests(SearchPageTestCase):
    def queries_for_first_page(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.search(q="budgetuppföljning")
        self.assertEqual(len(result_titles(response)), 10)
        return len(queries)

    def test_a_page_of_results_costs_the_same_queries_however_many_pages_match(self):
        for _number in range(12):
            MinutesPageFactory(parent=self.south, agenda=[agenda_item(1, "Budgetuppföljning")])
        self.queries_for_first_page()  # Content types and site paths are cached after this.
        few = self.queries_for_first_page()
        for _number in range(40):
            MinutesPageFactory(parent=self.west, agenda=[agenda_item(1, "Budgetuppföljning")])
        self.queries_for_first_page()  # The new minutes began a new generation of kept values.
        self.assertEqual(self.queries_for_first_page(), few)


class ApiSearchTests(SearchPageTestCase):
    def api(self, **params):
        return self.client.get("/api/v2/pages/", params)

    def test_api_search_finds_what_the_search_page_finds(self):
        response = self.api(search="lärlingsutbildning", locale="sv")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(
            {item["title"] for item in response.json()["items"]},
            set(result_titles(self.search(q="lärlingsutbildning"))),
        )

    def test_api_search_understands_quoted_phrases(self):
        response = self.api(search='"arbete med lärlingsutbildning"')
        self.assertEqual([item["title"] for item in response.json()["items"]], ["Möte i februari"])

    def test_api_search_without_words_or_with_an_unknown_operator_is_a_clear_400(self):
        for params in (
            {"search": '"'},
            {"search": "\x00 *"},
            {"search": "a", "search_operator": "x"},
        ):
            response = self.api(**params)
            self.assertEqual(response.status_code, 400, params)
            self.assertIn("search", response.json()["message"])


class VisibilityTests(SearchPageTestCase):
    def test_drafts_private_pages_and_their_children_stay_hidden(self):
        MinutesPageFactory(parent=self.west, title="Utkast om lärlingsutbildning", live=False)
        private = NetworkPageFactory(parent=self.west, title="Slutet nätverk om lärlingsutbildning")
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        MinutesPageFactory(
            parent=private, title="Internt möte", agenda=[agenda_item(1, "Lärlingsutbildning")]
        )
        response = self.search(q="lärlingsutbildning")
        for hidden in ("Utkast", "Slutet nätverk", "Internt möte"):
            self.assertNotContains(response, hidden)
        self.assertEqual(len(result_titles(response)), 4)


class LanguageTests(SearchPageTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), cls.english)
        # Publishing a translation leaves its language active; the tests choose their own.
        with cls.captureOnCommitCallbacks(execute=True), translation.override("sv"):
            for page in (cls.home, cls.west.get_parent(), cls.west):
                translate_page(page, cls.english, {})
            translate_page(
                cls.old_minutes,
                cls.english,
                {
                    "Möte i februari": "Meeting in February",
                    "Lärlingsutbildning i regionen": "Apprenticeships in the region",
                },
            )

    def test_each_language_finds_only_its_own_pages(self):
        swedish = self.search(q="lärlingsutbildning")
        self.assertNotIn("Meeting in February", result_titles(swedish))
        with translation.override("en"):
            url = reverse("search")
        english = self.client.get(url, {"q": "apprenticeships"})
        self.assertEqual(result_titles(english), ["Meeting in February"])
        # Aliases of untranslated Swedish pages hold Swedish text: not English results.
        english = self.client.get(url, {"q": "skolskjuts"})
        self.assertEqual(result_titles(english), [])


class PromotionTests(SearchPageTestCase):
    def test_a_promoted_page_comes_first_and_only_once(self):
        query = Query.get("lärlingsutbildning")
        SearchPromotion.objects.create(query=query, page=self.about, description="Börja här.")
        response = self.search(q="Lärlingsutbildning")
        titles = result_titles(response)
        self.assertEqual(titles[0], "Om lärlingsutbildning")
        self.assertEqual(titles.count("Om lärlingsutbildning"), 1)
        self.assertContains(response, "Börja här.")

    def test_a_promoted_draft_or_private_page_is_not_shown(self):
        query = Query.get("skolskjuts")
        draft = StandardPageFactory(parent=self.home, title="Opublicerad sida", live=False)
        SearchPromotion.objects.create(query=query, page=draft)
        response = self.search(q="skolskjuts")
        self.assertNotContains(response, "Opublicerad sida")
        self.assertEqual(result_titles(response), ["Möte i maj"])


class StatisticsTests(SearchPageTestCase):
    def test_searches_are_counted_per_day_with_their_results(self):
        self.search(q="Lärlingsutbildning")
        self.search(q="lärlingsutbildning  ")
        self.search(q="lärlingsutbildning", page="2")
        self.search(q="lärlingsutbildning", type="minutespage")
        self.search(q="qqxyzzy")
        found = SearchQueryDay.objects.get(query="lärlingsutbildning")
        self.assertEqual((found.hits, found.results, found.language), (2, 4, "sv"))
        self.assertEqual(found.date, timezone.localdate())
        self.assertEqual(SearchQueryDay.objects.get(query="qqxyzzy").results, 0)
        self.assertEqual(Query.get("lärlingsutbildning").hits, 2)

    def test_robots_and_empty_queries_are_not_counted(self):
        self.client.get(reverse("search"), {"q": "skolskjuts"}, HTTP_USER_AGENT="Googlebot/2.1")
        self.search(q="   ")
        self.search(q="\x00")
        self.assertFalse(SearchQueryDay.objects.exists())
