"""A network's decision register and attendance overview."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)


def decisions_of(response):
    assert response.status_code == 200, response.status_code
    return [
        (str(d.meeting_date), d.heading, d.clause) for d in response.context["register"].decisions
    ]


class RegisterTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Skolchefer Väst")
        cls.lerum = OrganisationFactory(name="Lerums kommun")
        cls.alingsas = OrganisationFactory(name="Alingsås kommun")
        cls.anna = PersonFactory(name="Anna Ek", organisation=cls.lerum)
        cls.bo = PersonFactory(name="Bo Gran", organisation=cls.lerum)
        cls.cecilia = PersonFactory(name="Cecilia Lind", organisation=cls.alingsas)

        cls.autumn = MinutesPageFactory(
            parent=cls.network,
            title="Anteckningar oktober 2024",
            meeting_date=datetime.date(2024, 10, 4),
            agenda=[
                agenda_item(
                    1,
                    "Mötestider 2025",
                    section="Beslut",
                    decisions=["att fastställa mötestiderna"],
                ),
            ],
        )
        cls.spring = MinutesPageFactory(
            parent=cls.network,
            title="Anteckningar mars 2025",
            meeting_date=datetime.date(2025, 3, 7),
            agenda=[
                agenda_item(
                    1,
                    "Regionalt yrkesvux",
                    section="Beslut",
                    decisions=["att godkänna avtalet", "att följa upp i höst"],
                ),
                agenda_item(None, "Ventilen", section="Ventilen"),
                agenda_item(
                    2, "Skolval", section="Rapport", decisions=["att notera informationen"]
                ),
            ],
        )
        cls.summer = MinutesPageFactory(
            parent=cls.network,
            title="Anteckningar juni 2025",
            meeting_date=datetime.date(2025, 6, 13),
            agenda=[
                # Decisions as the admin saves them: each clause wrapped with a block id.
                {
                    "type": "item",
                    "value": {
                        **agenda_item(None, "Avtal om gymnasieskola")["value"],
                        "decisions": [
                            {"type": "item", "value": "att förlänga Avtalet ett år", "id": "c1"}
                        ],
                    },
                },
            ],
        )
        draft = MinutesPageFactory(
            parent=cls.network,
            meeting_date=datetime.date(2025, 9, 5),
            live=False,
            agenda=[agenda_item(1, "Utkast", decisions=["att hemlighålla utkastet"])],
        )
        private = MinutesPageFactory(
            parent=cls.network,
            meeting_date=datetime.date(2025, 10, 3),
            agenda=[agenda_item(1, "Personal", decisions=["att hålla lönerna hemliga"])],
        )
        PageViewRestriction.objects.create(
            page=private, restriction_type=PageViewRestriction.PASSWORD, password="hemligt"
        )

        # In 2025 only spring and summer count: the draft and the private minutes do not.
        for page, attendees in (
            (cls.autumn, [(cls.anna, True), (cls.cecilia, True)]),
            (cls.spring, [(cls.anna, True), (cls.bo, True), (cls.cecilia, False)]),
            (cls.summer, [(cls.anna, True), (cls.cecilia, True)]),
            (draft, [(cls.bo, True)]),
            (private, [(cls.bo, True)]),
        ):
            for person, present in attendees:
                MinutesAttendeeFactory(page=page, person=person, present=present)
        MinutesAttendeeFactory(
            page=cls.summer, person=None, name="Gäst Gästsson", organisation=None
        )


class DecisionRegisterTests(RegisterTestCase):
    def test_lists_every_published_decision_newest_meeting_first(self):
        self.assertEqual(
            decisions_of(self.client.get(f"{self.network.url}beslut/")),
            [
                ("2025-06-13", "Avtal om gymnasieskola", "att förlänga Avtalet ett år"),
                ("2025-03-07", "Regionalt yrkesvux", "att godkänna avtalet"),
                ("2025-03-07", "Regionalt yrkesvux", "att följa upp i höst"),
                ("2025-03-07", "Skolval", "att notera informationen"),
                ("2024-10-04", "Mötestider 2025", "att fastställa mötestiderna"),
            ],
        )

    def test_filters_by_year(self):
        response = self.client.get(f"{self.network.url}beslut/", {"ar": "2024"})
        self.assertEqual(
            decisions_of(response),
            [("2024-10-04", "Mötestider 2025", "att fastställa mötestiderna")],
        )
        self.assertEqual(response.context["register"].years, [2025, 2024])

    def test_searches_clause_heading_and_section_ignoring_case(self):
        def search(q):
            return [
                c
                for _d, _h, c in decisions_of(
                    self.client.get(f"{self.network.url}beslut/", {"q": q})
                )
            ]

        self.assertEqual(search("AVTALET"), ["att förlänga Avtalet ett år", "att godkänna avtalet"])
        self.assertEqual(search("skolval"), ["att notera informationen"])
        self.assertEqual(search("rapport"), ["att notera informationen"])
        self.assertEqual(search("hemlig"), [])

    def test_links_each_decision_to_its_agenda_item(self):
        response = self.client.get(f"{self.network.url}beslut/")
        self.assertContains(response, f'href="{self.spring.url}#punkt-1"', count=2)
        self.assertContains(response, f'href="{self.spring.url}#punkt-2"', count=1)
        self.assertContains(response, f'href="{self.summer.url}#avtal-om-gymnasieskola"')
        minutes = self.client.get(self.spring.url)
        self.assertContains(minutes, 'id="punkt-1"')
        self.assertContains(minutes, 'id="punkt-2"')
        self.assertContains(minutes, 'id="ventilen"')
        self.assertContains(self.client.get(self.summer.url), 'id="avtal-om-gymnasieskola"')

    def test_hidden_minutes_are_left_out(self):
        response = self.client.get(f"{self.network.url}beslut/")
        self.assertNotContains(response, "hemlig")

    def test_query_count_does_not_grow_with_the_minutes(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(f"{self.network.url}beslut/").status_code, 200)
            return len(queries)

        count()  # Warms the caches of site root paths and the like.
        few = count()
        for day in range(1, 9):
            MinutesPageFactory(
                parent=self.network,
                meeting_date=datetime.date(2023, 1, day),
                agenda=[agenda_item(1, "Extra", decisions=["att anteckna"])],
            )
        self.assertEqual(count(), few)


class AttendanceOverviewTests(RegisterTestCase):
    def overview(self, **params):
        response = self.client.get(f"{self.network.url}narvaro/", params)
        self.assertEqual(response.status_code, 200)
        return response.context["register"]

    def test_defaults_to_the_latest_year_and_counts_its_published_meetings(self):
        overview = self.overview()
        self.assertEqual(overview.year, 2025)
        self.assertEqual(overview.years, [2025, 2024])
        self.assertEqual(overview.meeting_count, 2)

    def test_counts_attended_meetings_per_organisation_and_person(self):
        overview = self.overview()
        self.assertEqual(
            [(row.name, row.attended) for row in overview.organisations],
            [("Lerums kommun", 2), ("Alingsås kommun", 1)],
        )
        self.assertEqual(
            [(row.name, row.attended) for row in overview.people],
            [("Anna Ek", 2), ("Bo Gran", 1), ("Cecilia Lind", 1), ("Gäst Gästsson", 1)],
        )

    def test_another_year(self):
        overview = self.overview(ar="2024")
        self.assertEqual(overview.meeting_count, 1)
        self.assertEqual(
            [(row.name, row.attended) for row in overview.people],
            [("Anna Ek", 1), ("Cecilia Lind", 1)],
        )

    def test_page_shows_the_counts(self):
        response = self.client.get(f"{self.network.url}narvaro/")
        self.assertContains(response, '<th scope="row">Lerums kommun</th><td>2</td>', html=False)
        self.assertContains(response, '<th scope="row">Anna Ek</th><td>2</td>', html=False)

    def test_query_count_does_not_grow_with_the_minutes(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(f"{self.network.url}narvaro/").status_code, 200)
            return len(queries)

        count()  # Warms the caches of site root paths and the like.
        few = count()
        for day in range(1, 9):
            page = MinutesPageFactory(parent=self.network, meeting_date=datetime.date(2025, 1, day))
            MinutesAttendeeFactory(page=page, person=PersonFactory())
        self.assertEqual(count(), few)
        self.assertEqual(self.overview().meeting_count, 10)

    def test_network_page_links_its_registers(self):
        response = self.client.get(self.network.url)
        self.assertContains(response, f'href="{self.network.url}beslut/"')
        self.assertContains(response, f'href="{self.network.url}narvaro/"')
