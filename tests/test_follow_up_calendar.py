"""A follow-up due at a meeting is named in that meeting's calendar event."""

import datetime

from django.test import TestCase
from django.utils import translation

from minutes.models.follow_up import FollowUp, FollowUpState
from tests.factories import (
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkPageFactory,
    build_site_tree,
)
from tests.test_calendars import parse


class FollowUpCalendarTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.first = NetworkMeetingFactory(
            page=cls.network, date=datetime.date(2030, 3, 7), time_note="lunch till lunch"
        )
        cls.second = NetworkMeetingFactory(page=cls.network, date=datetime.date(2030, 5, 16))
        minutes = MinutesPageFactory(parent=cls.network, meeting_date=datetime.date(2030, 1, 10))
        minutes.save_revision().publish()
        draft = MinutesPageFactory(
            parent=cls.network, meeting_date=datetime.date(2030, 2, 1), live=False
        )

        def follow_up(page, clause, **fields):
            FollowUp.objects.create(network=cls.network, minutes=page, clause=clause, **fields)

        follow_up(minutes, "att återrapportera skolskjutsen", due_next_meeting=True)
        follow_up(minutes, "att återkomma om lokalerna", due_meeting_date=cls.second.date)
        follow_up(
            minutes,
            "att följa upp avtalet",
            due_next_meeting=True,
            state=FollowUpState.DROPPED,
            dropped_reason="Inaktuellt",
        )
        follow_up(draft, "ett utkasts uppföljning", due_next_meeting=True)

    def descriptions(self, url):
        with translation.override("sv"):
            calendar = parse(self.client.get(url))
        return {
            event.decoded("dtstart").isoformat(): str(event.get("description", ""))
            for event in calendar.walk("VEVENT")
        }

    def test_each_meeting_names_the_open_follow_ups_due_at_it(self):
        descriptions = self.descriptions(f"{self.network.url}kalender.ics")
        first, second = descriptions["2030-03-07"], descriptions["2030-05-16"]
        self.assertIn("lunch till lunch", first)
        self.assertIn("Uppföljningar till detta möte:", first)
        self.assertIn("att återrapportera skolskjutsen (Öppen)", first)
        self.assertNotIn("lokalerna", first)
        self.assertIn("att återkomma om lokalerna", second)
        for description in descriptions.values():
            self.assertNotIn("avtalet", description)
            self.assertNotIn("utkast", description)

    def test_a_meeting_s_own_calendar_names_them_too(self):
        url = f"{self.network.url}moten/{self.second.pk}.ics"
        (description,) = self.descriptions(url).values()
        self.assertIn("att återkomma om lokalerna", description)
