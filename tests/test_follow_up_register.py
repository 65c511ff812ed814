"""The public side of follow-ups: the decision register and the network page."""

import datetime

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from minutes.models.follow_up import FollowUp, FollowUpKind, FollowUpState
from tests.factories import (
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)


def published_minutes(network, meeting_date, items):
    page = MinutesPageFactory(parent=network, meeting_date=meeting_date, agenda=items)
    page.save_revision().publish()
    return page


def item_id(page, number):
    return next(
        item["id"] for item in page.agenda.raw_data if item["value"].get("number") == number
    )


class FollowUpPagesTestCase(TestCase):
    """A network whose 2024 decisions have follow-ups, one reported back in 2025."""

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.anna = PersonFactory(name="Anna Ansvarig")
        cls.economists = OrganisationFactory(name="Ekonomnätverken")
        cls.decided = published_minutes(
            cls.network,
            datetime.date(2024, 9, 12),
            [
                agenda_item(
                    1,
                    "Interkommunal ersättning",
                    decisions=[
                        "att anta modellen",
                        "att årligen återrapportera modellens effekter till nätverket",
                    ],
                ),
                agenda_item(2, "Skolskjuts", decisions=["att ta fram underlag"]),
                agenda_item(3, "Lokaler", decisions=["att notera informationen"]),
            ],
        )
        cls.reported_in = published_minutes(
            cls.network,
            datetime.date(2025, 2, 6),
            [agenda_item(4, "Återrapportering: Skolskjuts", section="Återrapportering")],
        )
        cls.yearly = FollowUp.objects.create(
            network=cls.network,
            minutes=cls.decided,
            item_id=item_id(cls.decided, 1),
            anchor="punkt-1",
            clause="att årligen återrapportera modellens effekter till nätverket",
            kind=FollowUpKind.YEARLY_REPORT,
            responsible_person=cls.anna,
            due_date=datetime.date(2025, 9, 30),
            state=FollowUpState.IN_PROGRESS,
        )
        cls.proposal = FollowUp.objects.create(
            network=cls.network,
            minutes=cls.decided,
            item_id=item_id(cls.decided, 2),
            anchor="punkt-2",
            clause="Ekonomnätverken återkommer med två alternativ till mötet den 15 oktober.",
            kind=FollowUpKind.PROPOSAL,
            responsible_organisation=cls.economists,
            state=FollowUpState.REPORTED,
            reported_in=cls.reported_in,
            reported_anchor="punkt-4",
        )
        cls.unconfirmed = FollowUp.objects.create(
            network=cls.network,
            minutes=cls.decided,
            item_id=item_id(cls.decided, 3),
            anchor="punkt-3",
            clause="Frågan återkommer vid nästa möte.",
            state=FollowUpState.PROPOSED,
        )


class MinutesPageHistoryChecks:
    """The decision's anchor on the minutes page shows its history."""

    def test_the_decided_item_shows_decided_and_each_change_of_state(self):
        self.proposal.log_state(None)
        with translation.override("sv"):
            response = self.client.get(self.decided.url)
        self.assertContains(response, "Beslutat den 12 september 2024")
        self.assertContains(response, "Status: Återrapporterad")
        self.assertContains(response, "återrapporterad vid mötet den 6 februari 2025")
        self.assertContains(response, f'href="{self.reported_in.url}#punkt-4"')
        self.assertNotContains(response, "Frågan återkommer vid nästa möte.", msg_prefix="proposal")

    def test_the_item_reporting_back_links_the_decision(self):
        with translation.override("sv"):
            response = self.client.get(self.reported_in.url)
        self.assertContains(response, "Återrapporterar beslutet från 12 september 2024")
        self.assertContains(response, f'href="{self.decided.url}#punkt-2"')


class FollowUpRegisterTests(MinutesPageHistoryChecks, FollowUpPagesTestCase):
    """The register, and the minutes pages' history, on one set-up of the network."""

    def register(self, **params):
        with translation.override("sv"):
            response = self.client.get(f"{self.network.url}beslut/", params)
        self.assertEqual(response.status_code, 200)
        return response

    def clauses(self, response):
        return [d.clause for d in response.context["register"].decisions]

    def test_each_decision_shows_its_follow_up_and_state_in_words(self):
        response = self.register()
        decisions = {d.clause: d for d in response.context["register"].decisions}
        self.assertEqual(
            decisions["att årligen återrapportera modellens effekter till nätverket"].follow_ups,
            [self.yearly],
        )
        # A sentence of the notes belongs to the item: shown with its first decision.
        self.assertEqual(decisions["att ta fram underlag"].follow_ups, [self.proposal])
        self.assertEqual(decisions["att anta modellen"].follow_ups, [])
        self.assertEqual(decisions["att notera informationen"].follow_ups, [], "unconfirmed")
        self.assertContains(response, "Status: Pågår")
        self.assertContains(response, "av Anna Ansvarig")
        self.assertContains(response, "Status: Återrapporterad")
        self.assertContains(response, f'href="{self.reported_in.url}#punkt-4"')

    def test_the_register_filters_by_state(self):
        self.assertEqual(self.clauses(self.register(status="reported")), ["att ta fram underlag"])
        self.assertEqual(
            self.clauses(self.register(status="in_progress")),
            ["att årligen återrapportera modellens effekter till nätverket"],
        )
        self.assertEqual(self.clauses(self.register(status="open")), [])
        self.assertEqual(
            self.clauses(self.register(status="none")),
            ["att anta modellen", "att notera informationen"],
        )
        # An unknown state filters nothing, and fails nothing.
        self.assertEqual(len(self.clauses(self.register(status="<script>"))), 4)

    def test_the_register_filters_by_responsible(self):
        response = self.register(ansvarig=f"organisation-{self.economists.pk}")
        self.assertEqual(self.clauses(response), ["att ta fram underlag"])
        self.assertEqual(
            [name for _key, name in response.context["register"].responsible_choices],
            ["Anna Ansvarig", "Ekonomnätverken"],
        )
        self.assertEqual(len(self.clauses(self.register(ansvarig="person-999999"))), 4)

    def test_the_network_page_lists_the_open_follow_ups_with_their_due_meetings(self):
        with translation.override("sv"):
            response = self.client.get(self.network.url)
        self.assertEqual(list(response.context["open_follow_ups"]), [self.yearly])
        self.assertContains(response, "Öppna uppföljningar")
        self.assertContains(response, "senast 30 september 2025")
        self.assertNotContains(response, "två alternativ")


class RegisterQueryCountTests(TestCase):
    """The register's queries do not grow with its decisions and their follow-ups."""

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.people = [PersonFactory(name=f"Person {n}") for n in range(3)]
        cls.organisation = OrganisationFactory(
            name="Enheten", parent=OrganisationFactory(name="Kommunen")
        )

    def add_minutes(self, count, decisions_each, start):
        for offset in range(count):
            page = published_minutes(
                self.network,
                start + datetime.timedelta(days=offset),
                [
                    agenda_item(
                        number,
                        f"Punkt {number}",
                        decisions=[f"att återrapportera fråga {number}"],
                    )
                    for number in range(1, decisions_each + 1)
                ],
            )
            FollowUp.objects.bulk_create(
                FollowUp(
                    network=self.network,
                    minutes=page,
                    item_id=item["id"],
                    anchor=f"punkt-{item['value']['number']}",
                    clause=f"att återrapportera fråga {item['value']['number']}",
                    state=FollowUpState.REPORTED if number % 2 else FollowUpState.OPEN,
                    reported_in=page if number % 2 else None,
                    responsible_person=self.people[number % 3],
                    responsible_organisation=self.organisation if number % 3 == 0 else None,
                    due_next_meeting=True,
                )
                for number, item in enumerate(page.agenda.raw_data)
            )

    def count(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(f"{self.network.url}beslut/")
        self.assertEqual(response.status_code, 200)
        return len(queries), len(response.context["register"].decisions)

    def test_queries_with_10_and_with_1000_decisions(self):
        self.add_minutes(1, 10, datetime.date(2020, 1, 1))
        self.count()  # Warms the caches of site root paths and the like.
        few, decisions = self.count()
        self.assertEqual(decisions, 10)
        self.add_minutes(50, 20, datetime.date(2021, 1, 1))
        self.count()  # The new minutes began a new generation of the kept values.
        many, decisions = self.count()
        self.assertEqual(decisions, 1010)
        print(f"\ndecision register: {few} queries with 10 decisions, {many} with 1,010")  # noqa: T201
        self.assertEqual(few, many)


class EnglishFollowUpTests(FollowUpPagesTestCase):
    """The English translations show the follow-ups of their Swedish minutes, in English."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), english)
        texts = {
            "Interkommunal ersättning": "Inter-municipal compensation",
            "att anta modellen": "to adopt the model",
            "att årligen återrapportera modellens effekter till nätverket": (
                "to report the model's effects to the network every year"
            ),
        }
        with cls.captureOnCommitCallbacks(execute=True):
            for page in (cls.network.get_parent(), cls.network, cls.decided, cls.reported_in):
                translate_page(page, english, texts)
        cls.english_network = cls.network.get_translation(english)
        cls.english_decided = cls.decided.get_translation(english)

    def test_the_english_register_shows_the_follow_ups_in_english(self):
        response = self.client.get(f"{self.english_network.url}decisions/")
        self.assertEqual(response.status_code, 200)
        decisions = response.context["register"].decisions
        self.assertEqual(
            {d.clause: d.follow_ups for d in decisions if d.follow_ups},
            {
                "to report the model's effects to the network every year": [self.yearly],
                "att ta fram underlag": [self.proposal],
            },
        )
        self.assertContains(response, "State: In progress")
        self.assertContains(response, "State: Reported")
        self.assertNotContains(response, "Frågan återkommer vid nästa möte.")

    def test_the_english_minutes_item_shows_its_follow_up_history(self):
        response = self.client.get(self.english_decided.url)
        self.assertContains(
            response, "to report the model&#x27;s effects to the network every year"
        )
        self.assertContains(response, "State: In progress")
        self.assertContains(response, "State: Reported")
        self.assertNotContains(response, "Frågan återkommer vid nästa möte.")

    def test_the_english_network_page_lists_the_open_follow_ups(self):
        response = self.client.get(self.english_network.url)
        self.assertEqual(list(response.context["open_follow_ups"]), [self.yearly])
        self.assertContains(response, "Open follow-ups")
        self.assertContains(response, "State: In progress")
        self.assertContains(response, f'href="{self.english_decided.url}#punkt-1"')
        self.assertContains(response, "Inter-municipal compensation</a>")
        self.assertContains(
            response, "to report the model&#x27;s effects to the network every year"
        )
        self.assertNotContains(response, "modellens effekter")


class EnglishAliasFollowUpTests(FollowUpPagesTestCase):
    """An alias of the Swedish minutes in the English tree shows their follow-ups."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), english)
        cls.alias = cls.decided.get_translation(english)

    def test_the_alias_shows_the_follow_up_history(self):
        self.assertEqual(self.alias.alias_of_id, self.decided.pk)
        response = self.client.get(self.alias.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "State: In progress")
        self.assertNotContains(response, "Frågan återkommer vid nästa möte.")
