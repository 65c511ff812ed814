"""A network page lists its latest minutes and links every year of its archive."""

import datetime
import re

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from minutes.listing import LATEST
from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree


def listed(response):
    assert response.status_code == 200, response.status_code
    return [page.title for page in response.context["minutes"].pages]


def year_links(response):
    label = "Minnesanteckningar per år"
    nav = re.search(
        rf'<nav class="pagination" aria-label="{label}">(.*?)</nav>', response.text, re.S
    )
    return (
        re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav[1]) if nav else []
    )


class NetworkMinutesListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index, title="Skolchefer Väst")
        cls.small = NetworkPageFactory(parent=tree.network_index, title="Rektorer Väst")
        # Four meetings a year, 2019 to 2026: 32 minutes, more than the page lists at once.
        cls.minutes = [
            MinutesPageFactory(
                parent=cls.network,
                title=f"Anteckningar {year}-{month:02d}",
                meeting_date=datetime.date(year, month, 10),
            )
            for year in range(2019, 2027)
            for month in (2, 5, 9, 11)
        ]
        cls.draft = MinutesPageFactory(
            parent=cls.network,
            title="Utkast december 2026",
            meeting_date=datetime.date(2026, 12, 1),
            live=False,
        )
        cls.private = MinutesPageFactory(
            parent=cls.network, title="Slutet möte 2026", meeting_date=datetime.date(2026, 12, 2)
        )
        PageViewRestriction.objects.create(
            page=cls.private, restriction_type=PageViewRestriction.LOGIN
        )
        for month in (3, 6):
            MinutesPageFactory(
                parent=cls.small,
                title=f"Rektorsmöte {month}",
                meeting_date=datetime.date(2026, month, 1),
            )

    def test_the_latest_minutes_newest_first_and_a_link_to_every_year(self):
        response = self.client.get(self.network.url)
        newest = sorted(self.minutes, key=lambda page: page.meeting_date, reverse=True)
        self.assertEqual(listed(response), [page.title for page in newest[:LATEST]])
        links = year_links(response)
        self.assertEqual(
            [label for _url, _current, label in links][1:], [str(y) for y in range(2026, 2018, -1)]
        )
        self.assertEqual(
            links[0], (f"{self.network.url}#minutes", ' aria-current="page"', "Senaste")
        )
        self.assertEqual(links[1][0], "?ar=2026#minutes")

    def test_a_year_lists_all_of_that_years_minutes(self):
        response = self.client.get(self.network.url, {"ar": "2019"})
        self.assertEqual(
            listed(response),
            [
                "Anteckningar 2019-11",
                "Anteckningar 2019-09",
                "Anteckningar 2019-05",
                "Anteckningar 2019-02",
            ],
        )
        current = [label for _url, current, label in year_links(response) if current]
        self.assertEqual(current, ["2019"])

    def test_drafts_and_private_minutes_are_never_listed_or_counted_as_a_year(self):
        for params in ({}, {"ar": "2026"}):
            titles = listed(self.client.get(self.network.url, params))
            self.assertNotIn(self.draft.title, titles)
            self.assertNotIn(self.private.title, titles)

    def test_an_unknown_or_malformed_year_shows_the_latest(self):
        latest = listed(self.client.get(self.network.url))
        for year in ("1900", "abc", "2026x", "9" * 30):
            self.assertEqual(listed(self.client.get(self.network.url, {"ar": year})), latest)

    def test_a_network_with_few_minutes_lists_them_all_without_year_links(self):
        response = self.client.get(self.small.url)
        self.assertEqual(listed(response), ["Rektorsmöte 6", "Rektorsmöte 3"])
        self.assertEqual(year_links(response), [])

    def test_the_query_count_does_not_grow_with_the_archive(self):
        def count(page):
            self.client.get(page.url)
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(page.url).status_code, 200)
            return len(queries)

        self.assertEqual(count(self.network), count(self.small))
