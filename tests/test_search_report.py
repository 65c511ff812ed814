"""The admin report of popular searches and of searches that found nothing."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone, translation

from search.models import SearchQueryDay
from tests.editorial import build_editorial_world


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


class SearchReportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        rows = [
            ("skolskjuts", "sv", 0, 12, 3),
            ("skolskjuts", "sv", 5, 8, 3),
            ("studiero", "sv", 1, 4, 2),
            ("lärlingsutbildnign", "sv", 2, 6, 0),
            ("apprenticeships", "en", 3, 2, 0),
            ("dimensionering", "sv", 60, 30, 1),
            ("gammal fråga", "sv", 120, 50, 0),
        ]
        SearchQueryDay.objects.bulk_create(
            SearchQueryDay(
                query=query, language=language, date=days_ago(age), hits=hits, results=found
            )
            for query, language, age, hits, found in rows
        )

    def report(self, role="editor_a", **params):
        self.client.force_login(self.world.users[role])
        with translation.override("en"):
            response = self.client.get(reverse("search_report"), params)
        self.assertEqual(response.status_code, 200)
        return response

    def rows(self, response):
        return [
            (row["query"], row["searches"], row["results"])
            for row in response.context["object_list"]
        ]

    def test_editor_sees_the_most_popular_searches_of_the_last_30_days_first(self):
        self.assertEqual(
            self.rows(self.report()),
            [
                ("skolskjuts", 20, 3),
                ("lärlingsutbildnign", 6, 0),
                ("studiero", 4, 2),
                ("apprenticeships", 2, 0),
            ],
        )

    def test_the_last_90_days_include_older_searches(self):
        queries = [row[0] for row in self.rows(self.report(period="90"))]
        self.assertIn("dimensionering", queries)
        self.assertNotIn("gammal fråga", queries)

    def test_searches_that_found_nothing_per_language(self):
        response = self.report(kind="no_results")
        self.assertEqual(
            self.rows(response), [("lärlingsutbildnign", 6, 0), ("apprenticeships", 2, 0)]
        )
        response = self.report(kind="no_results", language="en")
        self.assertEqual(self.rows(response), [("apprenticeships", 2, 0)])
        self.assertContains(response, "apprenticeships")

    def test_a_malformed_period_falls_back_to_30_days(self):
        queries = [row[0] for row in self.rows(self.report(period="9999"))]
        self.assertNotIn("dimensionering", queries)

    def test_the_report_exports_as_csv(self):
        response = self.report(export="csv")
        csv = b"".join(response.streaming_content).decode()
        self.assertIn("skolskjuts,sv,20,3", csv)

    def test_reports_menu_lists_the_search_report(self):
        self.client.force_login(self.world.users["editor_a"])
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, reverse("search_report"))

    def test_translator_without_page_permissions_may_not_read_it(self):
        self.client.force_login(self.world.users["translator"])
        response = self.client.get(reverse("search_report"))
        self.assertNotEqual(response.status_code, 200)
        self.assertNotContains(response, "skolskjuts", status_code=response.status_code)

    def test_anonymous_visitors_are_sent_to_sign_in(self):
        response = self.client.get(reverse("search_report"))
        self.assertEqual(response.status_code, 302)
        self.assertIn(reverse("wagtailadmin_login"), response["Location"])
