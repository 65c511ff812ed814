"""Every door of the search gives the same pages in the same order, in both languages.

The search page, the API's ``?search=`` (with and without ``locale=``) and a network's
decision register all ask ``search.service.find``; these tests hold them to it on whichever
database the tests run on.
"""

import datetime

from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from tests.factories import MinutesPageFactory, NetworkPageFactory, agenda_item, build_site_tree

ENGLISH = {
    "Nätverk": "Networks",
    "natverk": "networks",
    "Skolchefsnätverket Öst": "School directors' network East",
    "skolchefsnatverket-ost": "school-directors-network-east",
    "Möte i mars": "Meeting in March",
    "mote-i-mars": "meeting-in-march",
    "Skolval och studieplaner": "School choice and study plans",
    "Vi talade om skolvalet och informationen till eleverna.": (
        "We discussed school choice and the information given to pupils."
    ),
    "att notera informationen": "to note the information",
    "Möte i april": "Meeting in April",
    "mote-i-april": "meeting-in-april",
    "Konferensen i höst": "The autumn conference",
    "att planera konferensen": "to plan the conference",
}

SWEDISH_QUERIES = ("studieplanen", "motestider", "skolval", "informationen", "konferens")
ENGLISH_QUERIES = ("information", "conferences", "school choice", "study plan", "meetings")


class SameSearchTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.english = Locale.objects.create(language_code="en")
        tree = build_site_tree()
        cls.network = NetworkPageFactory(
            parent=tree.network_index, title="Skolchefsnätverket Öst", slug="skolchefsnatverket-ost"
        )
        cls.january = MinutesPageFactory(
            parent=cls.network,
            title="Möte i januari",
            meeting_date=datetime.date(2027, 1, 14),
            agenda=[
                agenda_item(
                    1, "Studieplan för introduktionsprogrammen", decisions=["att anta planen"]
                ),
                agenda_item(2, "Övrigt", decisions=["att boka lokal"]),
            ],
        )
        cls.february = MinutesPageFactory(
            parent=cls.network,
            title="Möte i februari",
            meeting_date=datetime.date(2027, 2, 11),
            agenda=[agenda_item(1, "Mötestider hösten 2027", decisions=["att fastställa dem"])],
        )
        cls.march = MinutesPageFactory(
            parent=cls.network,
            title="Möte i mars",
            slug="mote-i-mars",
            meeting_date=datetime.date(2027, 3, 11),
            agenda=[
                agenda_item(
                    1,
                    "Skolval och studieplaner",
                    body="<p>Vi talade om skolvalet och informationen till eleverna.</p>",
                    decisions=["att notera informationen"],
                )
            ],
        )
        cls.april = MinutesPageFactory(
            parent=cls.network,
            title="Möte i april",
            slug="mote-i-april",
            meeting_date=datetime.date(2027, 4, 8),
            agenda=[agenda_item(1, "Konferensen i höst", decisions=["att planera konferensen"])],
        )
        synchronize_tree(Locale.get_default(), cls.english)
        with cls.captureOnCommitCallbacks(execute=True):
            for page in (tree.home, tree.network_index, cls.network, cls.march, cls.april):
                translate_page(page, cls.english, ENGLISH)
        cls.english_network = cls.network.get_translation(cls.english)
        cls.english_march = cls.march.get_translation(cls.english)
        cls.english_april = cls.april.get_translation(cls.english)
        # Untranslated: its English tree holds an alias showing the Swedish text.
        cls.january_alias = cls.january.get_translation(cls.english)

    def search_page(self, language, query):
        with translation.override(language):
            prefix = "" if language == "sv" else "/en"
            path = "/sok/" if language == "sv" else "/search/"
            response = self.client.get(f"{prefix}{path}", {"q": query})
        self.assertEqual(response.status_code, 200)
        return [result.page.pk for result in response.context["search"].results]

    def api(self, query, locale=None):
        params = {"search": query, "limit": 20}
        if locale:
            params["locale"] = locale
        response = self.client.get("/api/v2/pages/", params)
        self.assertEqual(response.status_code, 200, response.content)
        return [item["id"] for item in response.json()["items"]]

    def register(self, network, query):
        segment = "beslut" if network.locale_id == self.network.locale_id else "decisions"
        response = self.client.get(f"{network.url}{segment}/", {"q": query})
        self.assertEqual(response.status_code, 200)
        meetings = [decision.minutes.pk for decision in response.context["register"].decisions]
        return list(dict.fromkeys(meetings))

    def minutes_ids(self):
        return {
            page.pk
            for page in (
                self.january,
                self.february,
                self.march,
                self.april,
                self.english_march,
                self.english_april,
            )
        }


class SameSearchTests(SameSearchTestCase):
    def test_every_door_gives_the_same_pages_in_the_same_order(self):
        minutes = self.minutes_ids()
        for language, network, queries in (
            ("sv", self.network, SWEDISH_QUERIES),
            ("en", self.english_network, ENGLISH_QUERIES),
        ):
            for query in queries:
                with self.subTest(language=language, query=query):
                    found = self.search_page(language, query)
                    self.assertTrue(found)
                    self.assertEqual(self.api(query, locale=language), found)
                    in_register = [pk for pk in found if pk in minutes]
                    self.assertEqual(self.register(network, query), in_register)

    def test_the_api_searches_english_as_english(self):
        self.assertEqual(self.api("information", locale="en"), [self.english_march.pk])
        self.assertEqual(self.api("conferences", locale="en"), [self.english_april.pk])
        self.assertEqual(self.api("informationen", locale="sv"), [self.march.pk])

    def test_without_a_locale_the_api_gives_each_page_once_in_its_own_language(self):
        for query in (*SWEDISH_QUERIES, *ENGLISH_QUERIES):
            with self.subTest(query=query):
                everywhere = self.api(query)
                self.assertEqual(
                    everywhere, self.api(query, locale="sv") + self.api(query, locale="en")
                )
        self.assertEqual(set(self.api("studieplanen")), {self.january.pk, self.march.pk})
        self.assertEqual(self.api("januari"), [self.january.pk])

    def test_the_register_finds_inflections_and_words_typed_without_accents(self):
        self.assertEqual(self.register(self.network, "motestider"), [self.february.pk])
        self.assertEqual(
            set(self.register(self.network, "studieplanen")), {self.january.pk, self.march.pk}
        )
        response = self.client.get(f"{self.network.url}beslut/", {"q": "studieplanen"})
        clauses = {decision.clause for decision in response.context["register"].decisions}
        # The decisions of the agenda items about the study plan, not the meeting's others.
        self.assertEqual(clauses, {"att anta planen", "att notera informationen"})

    def test_an_unknown_locale_is_not_found(self):
        response = self.client.get("/api/v2/pages/", {"search": "skolval", "locale": "xx"})
        self.assertEqual(response.status_code, 404)


class OtherLanguageTests(SameSearchTestCase):
    def searched(self, language, query):
        with translation.override(language):
            prefix = "" if language == "sv" else "/en"
            path = "/sok/" if language == "sv" else "/search/"
            response = self.client.get(f"{prefix}{path}", {"q": query})
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_swedish_word_on_the_english_site_is_sent_to_the_swedish_results(self):
        response = self.searched("en", "studieplanen")
        self.assertEqual(response.context["search"].count, 0)
        self.assertContains(response, "but 2 pages in Swedish did.")
        self.assertContains(response, 'href="/sok/?q=studieplanen" hreflang="sv"')

    def test_an_english_word_on_the_swedish_site_is_sent_to_the_english_results(self):
        response = self.searched("sv", "conferences")
        self.assertContains(response, "men 1 sida på engelska gjorde det.")
        self.assertContains(response, 'href="/en/search/?q=conferences" hreflang="en"')
        self.assertContains(response, "Visa träffarna på engelska")

    def test_nothing_is_offered_when_no_language_has_it_or_this_one_does(self):
        self.assertIsNone(self.searched("sv", "flygplatsen").context["search"].other_language)
        self.assertIsNone(self.searched("sv", "skolval").context["search"].other_language)
