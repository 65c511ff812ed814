"""Preparing the next meeting carries the follow-ups due then; publishing the report closes them."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from minutes.models.follow_up import FollowUp, FollowUpState
from minutes.models.minutes_page import MinutesPage
from tests.editorial import build_editorial_world
from tests.factories import MinutesPageFactory, NetworkMeetingFactory, agenda_item


class CarryingFollowUpsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        today = timezone.localdate()
        cls.next = NetworkMeetingFactory(page=cls.network, date=today + datetime.timedelta(days=9))
        cls.later = NetworkMeetingFactory(
            page=cls.network, date=today + datetime.timedelta(days=60)
        )
        cls.decided = MinutesPageFactory(
            parent=cls.network,
            meeting_date=today - datetime.timedelta(days=30),
            agenda=[agenda_item(4, "Skolskjuts", decisions=["att ta fram två alternativ"])],
        )
        cls.decided.save_revision().publish()

        def follow_up(clause, **fields):
            return FollowUp.objects.create(
                network=fields.pop("network", cls.network),
                minutes=fields.pop("minutes", cls.decided),
                anchor="punkt-4",
                heading="Skolskjuts",
                clause=clause,
                **fields,
            )

        cls.at_next = follow_up("due at the next meeting", due_next_meeting=True)
        cls.named = follow_up("named for that meeting", due_meeting_date=cls.next.date)
        cls.overdue = follow_up(
            "overdue", due_date=today - datetime.timedelta(days=2), state=FollowUpState.IN_PROGRESS
        )
        cls.not_yet = follow_up("due at a later meeting", due_meeting_date=cls.later.date)
        cls.later_date = follow_up("due later", due_date=today + datetime.timedelta(days=30))
        cls.undated = follow_up("no due date")
        cls.proposed = follow_up("unconfirmed", due_next_meeting=True, state=FollowUpState.PROPOSED)
        cls.dropped = follow_up(
            "dropped", due_next_meeting=True, state=FollowUpState.DROPPED, dropped_reason="Klart"
        )
        other_minutes = MinutesPageFactory(parent=cls.world.network_b)
        cls.elsewhere = follow_up(
            "another network's",
            network=cls.world.network_b,
            minutes=other_minutes,
            due_next_meeting=True,
        )
        cls.url = reverse("networks_prepare_agenda", args=[cls.network.pk])

    def prepare(self):
        self.client.force_login(self.world.users["editor_a"])
        self.client.post(self.url)
        return MinutesPage.objects.child_of(self.network).get(meeting_date=self.next.date)

    def test_preparing_carries_due_and_overdue_follow_ups_and_nothing_else(self):
        draft = self.prepare()
        report_items = [
            item.value for item in draft.agenda if item.value["section"] == "Återrapportering"
        ]
        self.assertEqual(len(report_items), 3)
        bodies = " ".join(item["body"].source for item in report_items)
        for clause in ("due at the next meeting", "named for that meeting", "overdue"):
            self.assertIn(f"”{clause}”", bodies)
        self.assertIn(f'<a linktype="page" id="{self.decided.pk}">', bodies)
        self.assertIn("punkt 4", bodies)
        self.assertTrue(all(item["heading"].startswith("Skolskjuts (") for item in report_items))
        carried = set(FollowUp.objects.filter(reported_in=draft))
        self.assertEqual(carried, {self.at_next, self.named, self.overdue})
        # Carried, not yet reported: the draft is not published.
        self.assertEqual(
            set(FollowUp.objects.filter(reported_in=draft).values_list("state", flat=True)),
            {FollowUpState.OPEN, FollowUpState.IN_PROGRESS},
        )

    def test_publishing_the_minutes_that_report_them_closes_them(self):
        draft = self.prepare()
        administrator = self.world.users["administrator"]
        draft.save_revision(user=administrator).publish(user=administrator)
        closed = FollowUp.objects.filter(state=FollowUpState.REPORTED)
        self.assertEqual(set(closed), {self.at_next, self.named, self.overdue})
        self.assertTrue(all(f.reported_anchor for f in closed))
        self.assertEqual(
            set(FollowUp.objects.exclude(state=FollowUpState.REPORTED)),
            {
                self.not_yet,
                self.later_date,
                self.undated,
                self.proposed,
                self.dropped,
                self.elsewhere,
            },
        )
        history = self.overdue.events.get()
        self.assertEqual((history.state, history.user), (FollowUpState.REPORTED, administrator))
