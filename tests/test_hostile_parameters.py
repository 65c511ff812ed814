"""Hostile query parameters at every public door: a clear 4xx or the page itself, never a 500.

The explicit tests are the requests that once answered 500 (those with a NUL on
PostgreSQL only), and the valid ones next to them that must still work. The fuzz test
then sends generated parameters, the names the views read and random ones, with huge,
negative, non-ASCII, NUL-carrying, very long and repeated values, to every kind of
public URL: 250 generated requests on each database, not the same 250 on both.
"""

import datetime
import logging
import time
from collections import Counter
from urllib.parse import urlencode

from django.db import connection
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from tests.factories import (
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkPageFactory,
    PersonFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
)

HUGE = "9" * 25
OUT_OF_RANGE_YEARS = ("10000", "-5")

settings.register_profile(
    "hostile-parameters",
    deadline=None,
    database=None,  # Nothing written to the working tree.
    derandomize=True,  # The same requests on every run, so a failure in CI can be replayed.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROFILE = settings.get_profile("hostile-parameters")
# Pages cost tens of milliseconds each: enough to reach every door many times over, few
# enough that the module stays within a minute. The suite runs once on each database, and
# each run sends half of the 500 generated requests, its own half: the seed differs by
# database, so the two runs together send 500 different ones, each as repeatable as
# before. The explicit tests, and the commonest hostile values at every door, still go
# to both databases.
EXAMPLES = 250
SEED = 1 if connection.vendor == "sqlite" else 2


class HostileParameterTestCase(TestCase):
    """A network with minutes, a meeting and a conference; every page also aliased in English."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Skolchefer Väst")
        cls.older = MinutesPageFactory(
            parent=cls.network,
            meeting_date=datetime.date(2024, 10, 4),
            agenda=[agenda_item(1, "Mötestider", decisions=["att fastställa mötestiderna"])],
        )
        cls.minutes = MinutesPageFactory(
            parent=cls.network,
            meeting_date=datetime.date(2025, 3, 7),
            agenda=[agenda_item(1, "Skolval", decisions=["att notera informationen"])],
        )
        MinutesAttendeeFactory(page=cls.minutes, person=PersonFactory(name="Anna Ek"))
        cls.meeting = NetworkMeetingFactory(page=cls.network)
        cls.conference = ConferencePageFactory(parent=cls.network, title="Vårkonferensen")
        cls.standard = StandardPageFactory(parent=cls.tree.home)
        cls.image = ImageFactory(title="Konferenssalen")
        cls.document = DocumentFactory(
            title="Bilder om skolval", file__filename="bilder.txt", file__data=b"Skolval"
        )
        cls.english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), cls.english)
        cls.english_network = cls.network.get_translation(cls.english)

    def setUp(self):
        # Every 4xx would log a warning; a 500 fails the test anyway.
        request_log = logging.getLogger("django.request")
        self.addCleanup(request_log.setLevel, request_log.level)
        request_log.setLevel(logging.ERROR)

    def assert_api_error(self, url, params):
        response = self.client.get(url, params)
        self.assertEqual(response.status_code, 400, (url, params))
        self.assertTrue(response.json()["message"], (url, params))
        return response.json()["message"]


class RegisterYearTests(HostileParameterTestCase):
    """``?ar=`` outside the years any archive holds shows the page as without it."""

    def registers(self):
        """Each register with what it lists: the English one leaves the untranslated
        minutes' aliases out, as every register does."""
        return (
            (f"{self.network.url}beslut/", f"{self.network.url}narvaro/", True),
            (
                f"{self.english_network.url}decisions/",
                f"{self.english_network.url}attendance/",
                False,
            ),
        )

    def test_decision_register_shows_every_year_for_a_year_out_of_range(self):
        for decisions, _attendance, translated in self.registers():
            listed = ["att notera informationen", "att fastställa mötestiderna"]
            for year in OUT_OF_RANGE_YEARS:
                response = self.client.get(decisions, {"ar": year})
                self.assertEqual(response.status_code, 200, (decisions, year))
                self.assertIsNone(response.context["register"].year)
                self.assertEqual(
                    [d.clause for d in response.context["register"].decisions],
                    listed if translated else [],
                )

    def test_attendance_overview_shows_the_latest_year_for_a_year_out_of_range(self):
        for _decisions, attendance, translated in self.registers():
            for year in OUT_OF_RANGE_YEARS:
                response = self.client.get(attendance, {"ar": year})
                self.assertEqual(response.status_code, 200, (attendance, year))
                overview = response.context["register"]
                self.assertEqual(overview.year, 2025 if translated else None)
                self.assertEqual(overview.meeting_count, 1 if translated else 0)
                self.assertEqual(
                    [row.name for row in overview.people], ["Anna Ek"] if translated else []
                )

    def test_network_page_lists_the_latest_minutes_for_a_year_out_of_range(self):
        for url in (self.network.url, self.english_network.url):
            for year in OUT_OF_RANGE_YEARS:
                response = self.client.get(url, {"ar": year})
                self.assertEqual(response.status_code, 200, (url, year))
                self.assertIsNone(response.context["minutes"].year)
                self.assertEqual(len(response.context["minutes"].pages), 2)


class ApiParameterTests(HostileParameterTestCase):
    """Malformed API parameters answer 400 with a message in the API's JSON form."""

    def test_unknown_search_operator_of_images_and_documents(self):
        for endpoint in ("images", "documents"):
            message = self.assert_api_error(
                f"/api/v2/{endpoint}/", {"search": "a", "search_operator": "xyz"}
            )
            self.assertIn("search_operator", message)

    def test_malformed_date_filter(self):
        message = self.assert_api_error(
            "/api/v2/pages/", {"type": "minutes.MinutesPage", "meeting_date": "notadate"}
        )
        self.assertIn("meeting_date", message)

    def test_valid_date_filter_still_filters(self):
        response = self.client.get(
            "/api/v2/pages/",
            {"type": "minutes.MinutesPage", "meeting_date": "2025-03-07", "locale": "sv"},
        )
        self.assertEqual([item["id"] for item in response.json()["items"]], [self.minutes.pk])
        # Booleans keep Wagtail's own spelling.
        response = self.client.get("/api/v2/pages/", {"show_in_menus": "true"})
        self.assertEqual(response.status_code, 200)

    def test_huge_offset_and_limit(self):
        for endpoint in ("pages", "images", "documents"):
            for name in ("offset", "limit"):
                message = self.assert_api_error(f"/api/v2/{endpoint}/", {name: HUGE})
                self.assertIn(name, message)

    def test_offset_within_bounds_still_pages(self):
        response = self.client.get("/api/v2/pages/", {"offset": "1000000"})
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["items"], [])

    def test_find_with_an_id_that_is_no_number(self):
        for endpoint in ("pages", "images", "documents"):
            message = self.assert_api_error(f"/api/v2/{endpoint}/find/", {"id": "abc"})
            self.assertIn("id", message)

    def test_find_with_an_id_still_redirects_to_the_page(self):
        response = self.client.get("/api/v2/pages/find/", {"id": self.minutes.pk})
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].endswith(f"/api/v2/pages/{self.minutes.pk}/?"))

    def test_null_character_in_any_parameter(self):
        # PostgreSQL refuses a NUL in any string: a page path or a locale with one failed there.
        for url, params in (
            ("/api/v2/pages/find/", {"html_path": "/natverk/\x00"}),
            ("/api/v2/pages/", {"locale": "s\x00v"}),
            ("/api/v2/images/", {"title": "a\x00"}),
        ):
            message = self.assert_api_error(url, params)
            self.assertIn(f"null characters are not allowed in {next(iter(params))}", message)


# Names the views read (search.service, minutes.listing, networks.models, Wagtail's API
# and its field filters, Django's sitemap) and values that are valid for some of them.
PARAMETER_NAMES = [
    "ar",
    "q",
    "page",
    "sort",
    "typ",
    "type",
    "natverk",
    "network",
    "organisation",
    "year",
    "offset",
    "limit",
    "search",
    "search_operator",
    "fields",
    "order",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "locale",
    "id",
    "html_path",
    "meeting_date",
    "title",
    "slug",
    "start",
    "end",
    "place",
    "width",
    "height",
    "tags",
    "first_published_at",
    "show_in_menus",
    "rich_text_format",
    "format",
    "p",
    "_",
]
VALID_VALUES = [
    "1",
    "2",
    "20",
    "2024",
    "2025",
    "root",
    "sv",
    "en",
    "and",
    "or",
    "date",
    "relevance",
    "minutespage",
    "minutes.MinutesPage",
    "networks.NetworkPage",
    "networks.ConferencePage",
    "home.StandardPage",
    "wagtailcore.Page",
    "title",
    "-title",
    "random",
    "id,title",
    "*",
    "-id",
    "_,title",
    "agenda(decisions)",
    "2025-03-07",
    "true",
    "html",
    "json",
    "api",
    "/natverk/skolchefer-vast/",
    "skolval",
]
HOSTILE_VALUES = [
    "",
    HUGE,
    "-" + HUGE,
    str(2**63),
    str(2**64 + 1),
    "9" * 5_000,
    "-1",
    "-5",
    "0",
    "10000",
    "1e400",
    "nan",
    "inf",
    "1.5",
    "0x10",
    "+1",
    " 1 ",
    "٢٠٢٥",
    "²",
    "\x00",
    "1\x00",
    "a\x00b",
    "\x1b[31m",
    "\r\n",
    "\u202e",
    "\ufeff",
    "😀" * 50,
    "👩‍👩‍👧",
    "שלום",
    "İß",
    "x" * 10_000,
    "<script>alert(1)</script>",
    "'; DROP TABLE wagtailcore_page; --",
    "%00",
    "../../etc/passwd",
    '"',
    "(",
    ",",
    ",,,",
    "-",
    "title,-",
    "*,-*",
    "_,_",
    "a(b(c(",
    "a)",
    "9999-12-31",
    "0000-00-00",
    "2025-02-30",
]

EVERY_DOOR_VALUES = ["", HUGE, "-5", "10000", "\x00", "x" * 10_000, "٢٠٢٥", "😀" * 50]


def values():
    characters = st.characters(exclude_categories=["Cs"])
    return st.one_of(
        st.sampled_from(HOSTILE_VALUES),
        st.sampled_from(VALID_VALUES),
        st.integers().map(str),
        st.text(characters, max_size=40),
        # Bytes that are no UTF-8 once percent-decoded.
        st.binary(max_size=12),
    )


def names():
    characters = st.characters(exclude_categories=["Cs"])
    return st.one_of(
        st.sampled_from(PARAMETER_NAMES), st.sampled_from(PARAMETER_NAMES), st.text(characters)
    )


class HostileParameterFuzzTests(HostileParameterTestCase):
    def public_urls(self):
        """One URL of every kind the site serves anonymous visitors."""
        with translation.override("sv"):
            swedish = [
                reverse("search"),
                reverse("search_autocomplete"),
                reverse("feed_rss"),
                reverse("feed_atom"),
            ]
        with translation.override("en"):
            english = [reverse("search"), reverse("search_autocomplete"), reverse("feed_rss")]
        network, english_network = self.network.url, self.english_network.url
        return [
            *swedish,
            *english,
            self.tree.home.url,
            self.tree.home.get_translation(self.english).url,
            network,
            english_network,
            self.minutes.url,
            self.conference.url,
            f"{self.conference.url}kalender.ics",
            self.tree.conference_index.url,
            f"{self.tree.conference_index.url}kalender.ics",
            self.tree.contact_index.url,
            self.standard.url,
            f"{network}beslut/",
            f"{network}narvaro/",
            f"{english_network}decisions/",
            f"{english_network}attendance/",
            f"{network}kalender.ics",
            f"{network}moten/{self.meeting.pk}.ics",
            f"{english_network}calendar.ics",
            f"{network}flode/rss/",
            f"{network}flode/atom/",
            f"{english_network}feed/atom/",
            reverse("sitemap"),
            reverse("robots_txt"),
            reverse("healthz"),
            "/api/v2/pages/",
            f"/api/v2/pages/{self.minutes.pk}/",
            f"/api/v2/pages/{self.network.pk}/",
            "/api/v2/pages/find/",
            "/api/v2/images/",
            f"/api/v2/images/{self.image.pk}/",
            "/api/v2/images/find/",
            "/api/v2/documents/",
            f"/api/v2/documents/{self.document.pk}/",
            "/api/v2/documents/find/",
        ]

    def test_every_public_url_answers_hostile_parameters_without_a_server_error(self):
        urls = self.public_urls()
        for url in urls:
            # Real addresses: each answers, find/ with "not found" when asked for nothing
            # and an alias's calendar with "not found", as it has no calendar of its own.
            alias_calendar = url == f"{self.english_network.url}calendar.ics"
            expected = 404 if url.endswith("/find/") or alias_calendar else 200
            self.assertEqual(self.client.get(url).status_code, expected, url)
        sent = Counter()
        started = time.monotonic()

        def answer(url, params):
            sent[url] += 1
            response = self.client.get(f"{url}?{urlencode(params)}")
            self.assertLess(response.status_code, 500, (url, params))
            if (
                url.startswith("/api/")
                and response.status_code == 400
                and response["Content-Type"].startswith("application/json")
            ):
                self.assertTrue(response.json()["message"], (url, params))

        # Every door with the commonest hostile values in each name the site's own views read.
        for url in urls:
            for value in EVERY_DOOR_VALUES:
                answer(url, [(name, value) for name in PARAMETER_NAMES[:14]])

        @seed(SEED)
        @settings(PROFILE, max_examples=EXAMPLES)
        @given(
            url=st.sampled_from(urls),
            params=st.lists(st.tuples(names(), values()), min_size=1, max_size=6),
        )
        def hostile_requests(url, params):
            answer(url, params)

        hostile_requests()
        elapsed = time.monotonic() - started
        print(  # noqa: T201
            f"\n{sum(sent.values())} requests with hostile parameters to {len(sent)} URLs"
            f" in {elapsed:.1f} s"
        )
        self.assertEqual(set(sent), set(urls))
