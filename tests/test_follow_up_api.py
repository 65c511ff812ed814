"""Follow-ups in the minutes page's API representation."""

import datetime

from django.test import TestCase
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from demo.english import translate_page
from minutes.models.follow_up import FollowUp, FollowUpKind, FollowUpState
from tests.factories import (
    MinutesPageFactory,
    NetworkPageFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)


class FollowUpApiTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index)
        cls.network = network
        cls.minutes = MinutesPageFactory(
            parent=network,
            meeting_date=datetime.date(2024, 9, 12),
            agenda=[agenda_item(1, "Skolskjuts", decisions=["att återrapportera kostnaderna"])],
        )
        cls.person = PersonFactory(
            name="Ulla Uppföljare", email="ulla@example.org", contact_details_public=False
        )
        cls.confirmed = FollowUp.objects.create(
            network=network,
            minutes=cls.minutes,
            anchor="punkt-1",
            clause="att återrapportera kostnaderna",
            kind=FollowUpKind.REPORT_BACK,
            state=FollowUpState.IN_PROGRESS,
            responsible_person=cls.person,
            due_meeting_date=datetime.date(2024, 10, 15),
        )
        FollowUp.objects.create(
            network=network,
            minutes=cls.minutes,
            clause="Frågan återkommer.",
            state=FollowUpState.PROPOSED,
        )

    def test_the_confirmed_follow_ups_are_given_with_their_state_in_words(self):
        with translation.override("sv"):
            response = self.client.get(
                "/api/v2/pages/", {"type": "minutes.MinutesPage", "fields": "follow_ups"}
            )
        self.assertEqual(response.status_code, 200)
        (item,) = response.json()["items"]
        (follow_up,) = item["follow_ups"]
        self.assertEqual(follow_up["state"], "in_progress")
        self.assertEqual(follow_up["state_display"], "Pågår")
        self.assertEqual(follow_up["due_meeting_date"], "2024-10-15")
        self.assertEqual(follow_up["anchor"], "punkt-1")
        self.assertEqual(
            follow_up["responsible"],
            {"kind": "person", "id": self.person.pk, "name": "Ulla Uppföljare"},
        )
        self.assertNotIn("ulla@example.org", response.content.decode())


class FollowUpApiFilterTests(TestCase):
    """The decision register's filters in the API: by state, and by who owes the report."""

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index)
        cls.person = PersonFactory(name="Ulla Uppföljare")

        def minutes(day, clause):
            return MinutesPageFactory(
                parent=network,
                meeting_date=datetime.date(2024, 9, day),
                agenda=[agenda_item(1, "Skolskjuts", decisions=[clause])],
            )

        cls.owed = minutes(12, "att återrapportera kostnaderna")
        cls.reported = minutes(13, "att följa upp lokalerna")
        cls.without = minutes(14, "att anta budgeten")
        cls.proposed = minutes(15, "att återkomma")
        FollowUp.objects.create(
            network=network,
            minutes=cls.owed,
            item_id=cls.owed.agenda.raw_data[0]["id"],
            anchor="punkt-1",
            clause="att återrapportera kostnaderna",
            state=FollowUpState.IN_PROGRESS,
            responsible_person=cls.person,
        )
        FollowUp.objects.create(
            network=network,
            minutes=cls.reported,
            clause="att följa upp lokalerna",
            state=FollowUpState.REPORTED,
            reported_in=cls.owed,
        )
        FollowUp.objects.create(
            network=network, minutes=cls.proposed, clause="att återkomma", state="proposed"
        )
        english = Locale.objects.create(language_code="en")
        synchronize_tree(Locale.get_default(), english)
        texts = {
            "Skolskjuts": "School transport",
            "att återrapportera kostnaderna": "to report back on the costs",
        }
        with cls.captureOnCommitCallbacks(execute=True):
            for page in (network.get_parent(), network, cls.owed):
                translate_page(page, english, texts)
        cls.english_owed = cls.owed.get_translation(english)

    def found(self, **parameters):
        response = self.client.get(
            "/api/v2/pages/", {"type": "minutes.MinutesPage", "limit": 50, **parameters}
        )
        self.assertEqual(response.status_code, 200, response.content)
        return {item["id"] for item in response.json()["items"]}

    def test_the_minutes_are_found_by_the_state_of_their_follow_ups(self):
        self.assertEqual(self.found(follow_up_state="in_progress", locale="sv"), {self.owed.pk})
        self.assertEqual(self.found(follow_up_state="reported", locale="sv"), {self.reported.pk})
        self.assertEqual(self.found(follow_up_state="open"), set())
        # An unconfirmed proposal is no follow-up to a reader.
        self.assertEqual(
            self.found(follow_up_state="none", locale="sv"), {self.without.pk, self.proposed.pk}
        )

    def test_the_minutes_are_found_by_who_owes_the_report(self):
        found = self.found(follow_up_responsible=f"person-{self.person.pk}")
        self.assertEqual(found, {self.owed.pk, self.english_owed.pk})
        self.assertEqual(self.found(follow_up_responsible="organisation-999999"), set())
        self.assertEqual(
            self.found(follow_up_responsible=f"person-{self.person.pk}", follow_up_state="none"),
            set(),
        )

    def test_the_english_translation_shows_and_is_found_by_its_source_s_follow_ups(self):
        self.assertEqual(
            self.found(follow_up_state="in_progress", locale="en"), {self.english_owed.pk}
        )
        response = self.client.get(f"/api/v2/pages/{self.english_owed.pk}/")
        (follow_up,) = response.json()["follow_ups"]
        self.assertEqual(follow_up["clause"], "to report back on the costs")
        self.assertEqual(follow_up["state"], "in_progress")

    def test_a_bad_filter_value_is_a_clear_400(self):
        for parameters in (
            {"follow_up_state": "proposed"},
            {"follow_up_state": "<script>"},
            {"follow_up_responsible": "person"},
            {"follow_up_responsible": "person-0"},
            {"follow_up_responsible": "user-3"},
            {"follow_up_responsible": "person-99999999999999999999"},
        ):
            with self.subTest(parameters=parameters):
                response = self.client.get("/api/v2/pages/", parameters)
                self.assertEqual(response.status_code, 400)
                self.assertIn("follow_up_", response.json()["message"])
