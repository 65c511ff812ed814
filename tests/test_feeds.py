"""RSS and Atom feeds of newly published minutes and conferences, site-wide and per network."""

import datetime

import feedparser
from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.synctree import synchronize_tree

from tests.factories import (
    ConferencePageFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    build_site_tree,
)


def published(days_ago):
    return timezone.now() - datetime.timedelta(days=days_ago)


def parse(response, content_type):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith(content_type)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


class FeedTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Skolchefer Väst")
        cls.other_network = NetworkPageFactory(parent=cls.tree.network_index, title="Annat nät")
        cls.old_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar januari",
            meeting_date=datetime.date(2025, 1, 17),
            place="Göteborg",
            first_published_at=published(30),
        )
        cls.conference = ConferencePageFactory(
            parent=cls.network,
            title="Vårkonferensen",
            intro="En dag om studiero.",
            first_published_at=published(10),
        )
        cls.new_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar februari",
            meeting_date=datetime.date(2025, 2, 14),
            first_published_at=published(1),
        )
        cls.other_minutes = MinutesPageFactory(
            parent=cls.other_network,
            title="Minnesanteckningar annat nät",
            first_published_at=published(5),
        )
        MinutesPageFactory(parent=cls.network, title="Utkast till anteckningar", live=False)
        ConferencePageFactory(parent=cls.network, title="Utkastkonferens", live=False)
        private = MinutesPageFactory(
            parent=cls.network, title="Hemliga anteckningar", first_published_at=published(0)
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )


class SiteFeedTests(FeedTestCase):
    def test_rss_holds_live_public_minutes_and_conferences_newest_first(self):
        feed = parse(self.client.get("/flode/rss/"), "application/rss+xml")
        self.assertEqual(
            [entry.title for entry in feed.entries],
            [
                "Minnesanteckningar februari",
                "Minnesanteckningar annat nät",
                "Konferens: Vårkonferensen",
                "Minnesanteckningar januari",
            ],
        )

    def test_atom_entries_carry_links_dates_and_descriptions(self):
        feed = parse(self.client.get("/flode/atom/"), "application/atom+xml")
        entries = {entry.title: entry for entry in feed.entries}
        self.assertEqual(len(entries), 4)
        minutes = entries["Minnesanteckningar januari"]
        self.assertEqual(minutes.link, f"http://testserver{self.old_minutes.url}")
        self.assertIn("17 januari 2025", minutes.summary)
        self.assertIn("Göteborg", minutes.summary)
        self.assertEqual(
            datetime.datetime(*minutes.published_parsed[:6], tzinfo=datetime.UTC),
            self.old_minutes.first_published_at.replace(microsecond=0),
        )
        conference = entries["Konferens: Vårkonferensen"]
        self.assertEqual(conference.link, f"http://testserver{self.conference.url}")
        self.assertIn("En dag om studiero.", conference.summary)

    def test_english_feed_leaves_out_aliases_of_swedish_pages(self):
        english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), english)
        self.assertTrue(self.new_minutes.get_translation(english).alias_of_id)
        feed = parse(self.client.get("/en/feed/rss/"), "application/rss+xml")
        self.assertEqual(feed.entries, [])


class NetworkFeedTests(FeedTestCase):
    def test_network_rss_holds_only_its_own_pages(self):
        feed = parse(self.client.get(f"{self.network.url}flode/rss/"), "application/rss+xml")
        self.assertIn("Skolchefer Väst", feed.feed.title)
        self.assertEqual(
            [entry.title for entry in feed.entries],
            [
                "Minnesanteckningar februari",
                "Konferens: Vårkonferensen",
                "Minnesanteckningar januari",
            ],
        )

    def test_network_atom_feed_parses(self):
        feed = parse(self.client.get(f"{self.network.url}flode/atom/"), "application/atom+xml")
        self.assertEqual(len(feed.entries), 3)
        self.assertIn("Skolchefer Väst", feed.feed.title)

    def test_network_page_announces_its_feeds(self):
        response = self.client.get(self.network.url)
        self.assertContains(response, 'type="application/rss+xml" title="Skolchefer Väst')
        self.assertContains(response, f'href="{self.network.url}flode/rss/"')
        self.assertContains(response, f'href="{self.network.url}flode/atom/"')

    def test_home_page_announces_and_links_the_site_feed(self):
        response = self.client.get("/")
        self.assertContains(response, '<link rel="alternate" type="application/rss+xml"')
        self.assertContains(response, 'type="application/atom+xml"')
        self.assertContains(response, '<a href="/flode/rss/">Nyhetsflöde (RSS)</a>', html=True)
