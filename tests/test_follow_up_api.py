"""Follow-ups in the minutes page's API representation."""

import datetime

from django.test import TestCase
from django.utils import translation

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
