"""Public pages run the same, bounded number of SQL queries whatever their size.

Each page type is measured twice, with small content (3 of everything) and with large
content (60 of everything), on an anonymous second visit with an empty cache: the first
visit cuts the image renditions, which later visitors are spared, and emptying the cache
afterwards counts what a visitor pays whenever the cache is cold (a restarted worker, an
expired entry), so that rendition and site lookups served from the cache cannot hide an
N+1. ``pytest -s`` prints the counts.
"""

import datetime
import re
from collections import Counter
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from networks.models.choices import OrganisationKind
from tests.factories import (
    ConferenceContactFactory,
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkContactFactory,
    NetworkMeetingFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    UnitFactory,
    agenda_item,
    build_site_tree,
    programme_item,
)

SMALL = 3
# Minutes of 60 items and attendees and a network of 60 minutes, past any listing's
# "more" link (the network page shows its latest 24 minutes), so that it is measured too.
LARGE = 60
MAX_QUERIES = 10


def normalise(sql):
    """The query's shape: literal values vary between repetitions of one N+1 query."""
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    return re.sub(r"IN \((\?, )*\?\)", "IN (…)", sql)


def repeated_queries(small, large):
    """Queries that the large page runs more often than the small one, most repeated first."""
    small_counts = Counter(normalise(q["sql"]) for q in small)
    large_counts = Counter(normalise(q["sql"]) for q in large)
    grown = large_counts - small_counts
    return "\n".join(f"{count}× more: {sql}" for sql, count in grown.most_common(5))


@dataclass
class Measurement:
    queries: list
    size: int


def person_with_photo(number, *, public=True):
    unit = UnitFactory(parent=OrganisationFactory(name=f"Kommun {number}"))
    return PersonFactory(organisation=unit, photo=ImageFactory(), contact_details_public=public)


def agenda_items(count, documents):
    return [
        agenda_item(
            number,
            f"Punkt {number}",
            section="Beslut" if number % 2 else "Information",
            presenters=[f"Presentatör {number}, Lerum", f"Medverkande {number}, GR"],
            body="<p>Anteckningar från diskussionen.</p>",
            decisions=[f"att godkänna förslag {number}", "att återkomma i oktober"],
            attachments=[documents[number % len(documents)]],
            follow_up="Återkommer vid nästa möte.",
        )
        for number in range(1, count + 1)
    ]


def add_attendees(page, count):
    for number in range(count):
        if number % 3 == 2:
            MinutesAttendeeFactory(
                page=page, person=None, name=f"Gäst {number}", organisation=OrganisationFactory()
            )
        else:
            person = PersonFactory(organisation=UnitFactory())
            MinutesAttendeeFactory(page=page, person=person, present=number % 4 != 0)


# Pages are made by the hundred here, and nothing is searched or asked for its references:
# keeping both indexes up to date would double the time the module takes.
@override_settings(
    WAGTAILSEARCH_BACKENDS={
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
    }
)
class QueryCountTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        with disable_reference_index_auto_update():
            cls.build_common_content()

    @classmethod
    def build_common_content(cls):
        cls.tree = build_site_tree()
        cls.owner = person_with_photo(0)
        for page in (cls.tree.home, cls.tree.network_index, cls.tree.conference_index):
            page.page_owner = cls.owner
            page.save()
        cls.tree.contact_index.page_owner = cls.owner
        cls.tree.contact_index.save()

    def setUp(self):
        self.enterContext(disable_reference_index_auto_update())

    def measure(self, page):
        """Queries of an anonymous visitor's second GET of ``page``, and the page's size."""
        url = page.url
        self.assertEqual(self.client.get(url).status_code, 200)
        cache.clear()
        with CaptureQueriesContext(connection) as context:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return Measurement(context.captured_queries, len(response.content))

    def assert_bounded_and_constant(self, label, small, large):
        # A large page that rendered no more than the small one would prove nothing.
        self.assertGreater(large.size, small.size, f"{label} does not show the larger content")
        small, large = small.queries, large.queries
        # The one print the suite makes: the counts are what `pytest -s` is run to read.
        print(f"\n{label}: {len(small)} queries small, {len(large)} large")  # noqa: T201
        self.assertEqual(
            len(small),
            len(large),
            f"{label} runs more queries with more content:\n{repeated_queries(small, large)}",
        )
        self.assertLessEqual(len(large), MAX_QUERIES, label)


class PageQueryCountTests(QueryCountTestCase):
    def test_home_page_query_count_does_not_grow(self):
        def add_networks(count):
            for _ in range(count):
                network = NetworkPageFactory(parent=self.tree.network_index)
                MinutesPageFactory(parent=network)
                ConferencePageFactory(parent=network, organiser=OrganisationFactory())

        add_networks(SMALL)
        small = self.measure(self.tree.home)
        add_networks(LARGE - SMALL)
        large = self.measure(self.tree.home)
        self.assert_bounded_and_constant("HomePage", small, large)

    def test_standard_page_query_count_does_not_grow(self):
        def body(count):
            blocks = []
            for number in range(count):
                blocks += [
                    {"type": "heading", "value": f"Rubrik {number}"},
                    {"type": "paragraph", "value": "<p>Text om tillgänglighet.</p>"},
                    {
                        "type": "quote",
                        "value": {"text": "Ett citat.", "name": "Anna Exempel", "role": ""},
                    },
                    {
                        "type": "image",
                        "value": {"image": ImageFactory().pk, "alt_text": "", "caption": ""},
                    },
                    {
                        "type": "reference",
                        "value": {
                            "title": f"Prop. 2021/22:{number}",
                            "description": "",
                            "url": "",
                            "document": DocumentFactory().pk,
                        },
                    },
                ]
            return blocks

        small_page = StandardPageFactory(
            parent=self.tree.home, body=body(SMALL), page_owner=self.owner
        )
        large_page = StandardPageFactory(
            parent=self.tree.home, body=body(LARGE), page_owner=self.owner
        )
        self.assert_bounded_and_constant(
            "StandardPage", self.measure(small_page), self.measure(large_page)
        )

    def test_network_index_query_count_does_not_grow(self):
        def add_networks(count):
            for _ in range(count):
                NetworkPageFactory(
                    parent=self.tree.network_index,
                    organisation=UnitFactory(kind=OrganisationKind.UNIT),
                )

        add_networks(SMALL)
        small = self.measure(self.tree.network_index)
        add_networks(LARGE - SMALL)
        large = self.measure(self.tree.network_index)
        self.assert_bounded_and_constant("NetworkIndexPage", small, large)

    def test_network_page_query_count_does_not_grow(self):
        def network(count):
            page = NetworkPageFactory(parent=self.tree.network_index, page_owner=self.owner)
            for number in range(count):
                NetworkMemberFactory(page=page, person=PersonFactory(organisation=UnitFactory()))
                NetworkContactFactory(page=page, person=person_with_photo(number))
                NetworkMeetingFactory(page=page)
                MinutesPageFactory(parent=page)
                ConferencePageFactory(parent=page, organiser=OrganisationFactory())
                NetworkPageFactory(parent=page)
            return page

        small_page = network(SMALL)
        large_page = network(LARGE)
        self.assert_bounded_and_constant(
            "NetworkPage", self.measure(small_page), self.measure(large_page)
        )

    def test_minutes_page_query_count_does_not_grow(self):
        network = NetworkPageFactory(parent=self.tree.network_index)
        documents = [DocumentFactory() for _ in range(SMALL)]

        def minutes(count):
            page = MinutesPageFactory(
                parent=network,
                agenda=agenda_items(count, documents),
                chair=PersonFactory(),
                secretary=PersonFactory(),
                page_owner=self.owner,
                start_time=datetime.time(9),
                end_time=datetime.time(12),
            )
            add_attendees(page, count)
            return page

        small_page = minutes(SMALL)
        large_page = minutes(LARGE)
        self.assert_bounded_and_constant(
            "MinutesPage", self.measure(small_page), self.measure(large_page)
        )

    def test_minutes_page_with_a_document_per_item_query_count_does_not_grow(self):
        network = NetworkPageFactory(parent=self.tree.network_index)

        def minutes(count):
            documents = [DocumentFactory() for _ in range(count)]
            return MinutesPageFactory(parent=network, agenda=agenda_items(count, documents))

        self.assert_bounded_and_constant(
            "MinutesPage (a document per item)",
            self.measure(minutes(SMALL)),
            self.measure(minutes(LARGE)),
        )

    def test_conference_index_query_count_does_not_grow(self):
        network = NetworkPageFactory(parent=self.tree.network_index)

        def add_conferences(count):
            for number in range(count):
                # Half upcoming, half past, so both listings grow.
                start = timezone.now() + datetime.timedelta(days=(number + 1) * (-1) ** number)
                ConferencePageFactory(
                    parent=network, start=start, organiser=OrganisationFactory(), is_digital=True
                )

        add_conferences(SMALL)
        small = self.measure(self.tree.conference_index)
        add_conferences(LARGE - SMALL)
        large = self.measure(self.tree.conference_index)
        self.assert_bounded_and_constant("ConferenceIndexPage", small, large)

    def test_conference_page_query_count_does_not_grow(self):
        network = NetworkPageFactory(parent=self.tree.network_index)
        first_day = timezone.localdate() + datetime.timedelta(days=30)

        def conference(count):
            page = ConferencePageFactory(
                parent=network,
                organiser=OrganisationFactory(),
                image=ImageFactory(),
                page_owner=self.owner,
                registration_url="https://example.org/anmalan",
                programme=[
                    programme_item(
                        f"Programpunkt {number}",
                        day=first_day + datetime.timedelta(days=number % 2),
                        start_time="09:30",
                        end_time="10:15",
                        speakers=[(f"Talare {number}", "Forskare", "Göteborgs universitet")],
                    )
                    for number in range(count)
                ],
            )
            page.topics.add(*[f"ämne {number}" for number in range(count)])
            page.save()
            for number in range(count):
                ConferenceContactFactory(page=page, person=person_with_photo(number))
            return page

        small_page = conference(SMALL)
        large_page = conference(LARGE)
        self.assert_bounded_and_constant(
            "ConferencePage", self.measure(small_page), self.measure(large_page)
        )

    def test_contact_index_query_count_does_not_grow(self):
        def add_contacts(count):
            for number in range(count):
                person_with_photo(number)
                # Withheld contacts are not listed, but must not cost queries either.
                PersonFactory(contact_details_public=False)

        add_contacts(SMALL)
        small = self.measure(self.tree.contact_index)
        add_contacts(LARGE - SMALL)
        large = self.measure(self.tree.contact_index)
        self.assert_bounded_and_constant("ContactIndexPage", small, large)
