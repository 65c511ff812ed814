"""The demo's follow-ups: every state, across the meetings of one network."""

from django.test import TestCase

from minutes.models.follow_up import FollowUp, FollowUpState
from tests.test_demo_content import GR_NETWORK, load_demo


class DemoFollowUpTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo(no_admin=True)

    def test_every_state_across_at_least_three_meetings(self):
        follow_ups = FollowUp.objects.all()
        self.assertEqual(set(follow_ups.values_list("state", flat=True)), set(FollowUpState.values))
        self.assertGreaterEqual(follow_ups.values("minutes").distinct().count(), 3)
        self.assertEqual(follow_ups.values("network").distinct().count(), 1)

    def test_a_decision_of_2024_is_shown_reported_back_in_2025(self):
        reported = FollowUp.objects.get(state=FollowUpState.REPORTED)
        self.assertEqual(reported.minutes.meeting_date.year, 2024)
        self.assertEqual(reported.reported_in.meeting_date.year, 2025)
        response = self.client.get(GR_NETWORK + "beslut/", {"status": "reported"})
        self.assertContains(response, "att GR tar fram ett gemensamt underlag")
        self.assertContains(response, "Återrapporterad vid mötet den 16 maj 2025")
        self.assertContains(response, f'{reported.reported_in.url}#punkt-3"')

    def test_loading_again_adds_no_follow_up(self):
        before = list(FollowUp.objects.order_by("pk").values())
        load_demo(no_admin=True)
        self.assertEqual(list(FollowUp.objects.order_by("pk").values()), before)
