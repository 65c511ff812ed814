"""A network's decision register and attendance overview."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from minutes.models.follow_up import FollowUp
from networks.models.network_page import NetworkMember
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

    def test_counts_decisions_per_year_and_state_in_a_picture_and_a_table(self):
        FollowUp.objects.create(
            network=self.network,
            minutes=self.spring,
            anchor="punkt-1",
            clause="att följa upp i höst",
            state="open",
        )
        response = self.client.get(f"{self.network.url}beslut/")
        by_year = response.context["register"].by_year
        self.assertEqual(
            [(year, counts, total) for year, counts, total in by_year.rows],
            [(2025, {"none": 3, "open": 1}, 4), (2024, {"none": 1}, 1)],
        )
        html = response.content.decode()
        svg = html[html.index("<svg") : html.index("</svg>")]
        self.assertIn('role="img"', svg)
        self.assertIn("<title>2025, Öppen: 1</title>", svg)
        self.assertIn(">Ingen uppföljning</text>", svg)
        self.assertInHTML(
            '<tr><th scope="row">2025</th><td data-label="Ingen uppföljning">3</td>'
            '<td data-label="Öppen">1</td><td data-label="Pågår">0</td>'
            '<td data-label="Återrapporterad">0</td><td data-label="Avskriven">0</td>'
            '<td data-label="Totalt">4</td></tr>',
            html,
        )

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
        count()  # The new content began a new generation of the kept values.
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
        self.assertContains(
            response, '<td data-label="Möten med närvaro">deltog i 2 av 2 möten</td>'
        )
        self.assertContains(
            response, '<th scope="row">Anna Ek</th><td data-label="Möten med närvaro">2</td>'
        )

    def test_each_organisation_has_a_cell_per_meeting_and_a_yearly_rate(self):
        overview = self.overview()
        self.assertEqual(
            [m.date for m in overview.meetings],
            [self.spring.meeting_date, self.summer.meeting_date],
        )
        rows = {row.name: row for row in overview.organisations}
        self.assertEqual(rows["Alingsås kommun"].cells, ["absent", "present"])
        self.assertEqual(rows["Alingsås kommun"].rate, 50)
        self.assertEqual(rows["Lerums kommun"].rate, 100)

    def test_a_member_municipality_absent_all_year_still_appears(self):
        partille = OrganisationFactory(name="Partille kommun")
        NetworkMember.objects.create(page=self.network, person=PersonFactory(organisation=partille))
        guest = OrganisationFactory(name="Göteborgsregionen")
        MinutesAttendeeFactory(page=self.summer, person=PersonFactory(organisation=guest))
        rows = {row.name: row for row in self.overview().organisations}
        self.assertEqual(rows["Partille kommun"].cells, ["absent", "absent"])
        self.assertEqual((rows["Partille kommun"].attended, rows["Partille kommun"].rate), (0, 0))
        # A guest who came once was not invited to the other meeting, and is not counted absent.
        self.assertEqual(rows["Göteborgsregionen"].cells, ["not_invited", "present"])
        self.assertEqual(rows["Göteborgsregionen"].rate, 100)
        response = self.client.get(f"{self.network.url}narvaro/")
        self.assertContains(response, "deltog i 0 av 2 möten")
        self.assertContains(response, "Inte kallad")

    def test_the_picture_is_an_image_with_a_title_and_words_for_each_state(self):
        html = self.client.get(f"{self.network.url}narvaro/").content.decode()
        svg = html[html.index("<svg") : html.index("</svg>")]
        self.assertIn('role="img"', svg)
        self.assertIn(
            '<title id="attendance-chart-title">Närvaro per kommun och möte, 2025</title>', svg
        )
        self.assertIn("<title>Alingsås kommun, 7 mars 2025: Deltog ej</title>", svg)
        for word in ("Deltog", "Deltog ej", "Inte kallad"):
            self.assertIn(f">{word}</text>", svg)

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
        count()  # The new content began a new generation of the kept values.
        self.assertEqual(count(), few)
        self.assertEqual(self.overview().meeting_count, 10)

    def test_query_count_does_not_grow_with_the_members(self):
        def count():
            with CaptureQueriesContext(connection) as queries:
                self.assertEqual(self.client.get(f"{self.network.url}narvaro/").status_code, 200)
            return len(queries)

        count()  # Warms the caches of site root paths and the like.
        few = count()
        for _ in range(6):
            NetworkMember.objects.create(
                page=self.network, person=PersonFactory(organisation=OrganisationFactory())
            )
        count()  # The new content began a new generation of the kept values.
        self.assertEqual(count(), few)
        self.assertEqual(len(self.overview().organisations), 8)

    def test_network_page_links_its_registers(self):
        response = self.client.get(self.network.url)
        self.assertContains(response, f'href="{self.network.url}beslut/"')
        self.assertContains(response, f'href="{self.network.url}narvaro/"')
