"""The sitemap with hreflang alternates, and robots.txt."""

import xml.etree.ElementTree as ET

from django.test import TestCase
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


class SitemapTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.english = Locale.objects.create(language_code="en")
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(
            parent=cls.tree.network_index, title="Skolchefer Väst", slug="skolchefer-vast"
        )
        cls.minutes = MinutesPageFactory(parent=cls.network, title="Möte i mars", slug="mars")
        cls.draft = MinutesPageFactory(parent=cls.network, slug="utkast", live=False)
        cls.private = MinutesPageFactory(parent=cls.network, slug="hemligt")
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )
        synchronize_tree(Locale.get_default(), cls.english)
        with cls.captureOnCommitCallbacks(execute=True):
            for page in (cls.tree.home, cls.tree.network_index, cls.network):
                translate_page(page, cls.english, {"Skolchefer Väst": "School directors West"})
        cls.english_network = cls.network.get_translation(cls.english)

    def sitemap(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        root = ET.fromstring(response.content)  # noqa: S314 (the site's own sitemap)
        return {
            url.findtext("s:loc", namespaces=NS): {
                link.get("hreflang"): link.get("href")
                for link in url.findall("x:link", NS)
                if link.get("rel") == "alternate"
            }
            for url in root.findall("s:url", NS)
        }

    def test_lists_live_public_pages_of_both_languages_but_no_aliases(self):
        locations = self.sitemap()
        self.assertIn(self.minutes.full_url, locations)
        self.assertIn(self.network.full_url, locations)
        self.assertIn(self.english_network.full_url, locations)
        self.assertNotIn(self.draft.full_url, locations)
        self.assertNotIn(self.private.full_url, locations)
        alias = self.minutes.get_translation(self.english)
        self.assertTrue(alias.alias_of_id)
        self.assertNotIn(alias.full_url, locations)
        self.assertFalse(any("/utkast/" in loc or "/hemligt/" in loc for loc in locations))

    def test_translated_pages_carry_hreflang_alternates(self):
        locations = self.sitemap()
        expected = {"sv": self.network.full_url, "en": self.english_network.full_url}
        self.assertEqual(locations[self.network.full_url], expected)
        self.assertEqual(locations[self.english_network.full_url], expected)
        # A page only in Swedish has no alternates; its English alias does not count.
        self.assertEqual(locations[self.minutes.full_url], {})

    def test_robots_txt_keeps_out_of_the_admin_and_points_to_the_sitemap(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain; charset=utf-8")
        lines = response.content.decode().splitlines()
        self.assertIn("Disallow: /admin/", lines)
        self.assertIn("Sitemap: http://testserver/sitemap.xml", lines)

    def test_queries_do_not_grow_with_the_number_of_pages(self):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        def count():
            with CaptureQueriesContext(connection) as queries:
                self.sitemap()
            return len(queries)

        self.sitemap()  # the site's root paths are cached by the first request
        before = count()
        for number in range(10):
            MinutesPageFactory(parent=self.network, slug=f"mote-{number}")
        # The new pages begin a new generation of content: what each process keeps for
        # one (core.per_generation) is read again once, as the root paths were above.
        self.sitemap()
        self.assertEqual(count(), before)
