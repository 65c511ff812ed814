"""The daily reminders of follow-ups due at a network's next meeting."""

import datetime
import io

from django.core import mail
from django.core.management import CommandError, call_command
from django.test import TestCase
from django.utils import timezone
from wagtail.users.models import UserProfile

from minutes.choices import NetworkRole
from minutes.models.follow_up import FollowUp, FollowUpReminder, FollowUpState
from tests.editorial import build_editorial_world
from tests.factories import (
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkMemberFactory,
    PersonFactory,
)


class FollowUpReminderTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        today = timezone.localdate()
        cls.meeting = NetworkMeetingFactory(
            page=cls.network, date=today + datetime.timedelta(days=5)
        )
        cls.decided = MinutesPageFactory(
            parent=cls.network, meeting_date=today - datetime.timedelta(days=40)
        )
        cls.owner = PersonFactory(name="Ola Ansvarig", email="ola@example.org")
        cls.secretary = PersonFactory(name="Sara Sekreterare", email="sara@example.org")
        NetworkMemberFactory(page=cls.network, person=cls.secretary, role=NetworkRole.SECRETARY)

        def follow_up(clause, **fields):
            return FollowUp.objects.create(
                network=cls.network, minutes=cls.decided, clause=clause, **fields
            )

        cls.owned = follow_up(
            "att återrapportera kostnaderna", responsible_person=cls.owner, due_next_meeting=True
        )
        cls.unowned = follow_up("Frågan återkommer", due_meeting_date=cls.meeting.date)
        cls.later = follow_up("att följa upp i vår", due_date=today + datetime.timedelta(days=90))
        cls.closed = follow_up(
            "avskriven",
            due_next_meeting=True,
            state=FollowUpState.DROPPED,
            dropped_reason="Inaktuell",
        )

    def run_command(self, **options):
        out = io.StringIO()
        call_command("send_follow_up_reminders", stdout=out, **options)
        return out.getvalue()

    def test_reminders_go_to_the_responsible_or_the_secretary_in_the_network_s_language(self):
        # Neither address is a user's who chose a language: the network's is used.
        self.run_command()
        by_recipient = {message.to[0]: message for message in mail.outbox}
        self.assertEqual(set(by_recipient), {"ola@example.org", "sara@example.org"})
        to_owner = by_recipient["ola@example.org"]
        self.assertIn("Uppföljningar", to_owner.subject)
        self.assertIn("att återrapportera kostnaderna", to_owner.body)
        self.assertNotIn("Frågan återkommer", to_owner.body)
        to_secretary = by_recipient["sara@example.org"]
        self.assertIn("Frågan återkommer", to_secretary.body)
        for message in mail.outbox:
            self.assertNotIn("i vår", message.body)
            self.assertNotIn("avskriven", message.body)

    def test_a_recipient_who_chose_english_for_the_site_gets_it_in_english(self):
        user = self.world.users["editor_b"]
        user.email = "OLA@example.org"
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
        self.run_command()
        by_recipient = {message.to[0]: message for message in mail.outbox}
        to_owner = by_recipient["ola@example.org"]
        self.assertIn("Follow-ups due at", to_owner.subject)
        self.assertIn("att återrapportera kostnaderna", to_owner.body)
        self.assertIn("Uppföljningar", by_recipient["sara@example.org"].subject)

    def test_reminders_are_sent_once_per_follow_up_and_due_date(self):
        self.run_command()
        self.assertEqual(len(mail.outbox), 2)
        self.run_command()
        self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(FollowUpReminder.objects.count(), 2)
        # Due again at another meeting: reminded again, once.
        FollowUpReminder.objects.filter(follow_up=self.unowned).update(
            due_on=self.meeting.date - datetime.timedelta(days=60)
        )
        self.run_command()
        self.assertEqual(len(mail.outbox), 3)

    def test_a_meeting_far_ahead_is_not_reminded_of_yet(self):
        self.run_command(within_days=2)
        self.assertEqual(mail.outbox, [])
        self.assertFalse(FollowUpReminder.objects.exists())

    def test_a_negative_number_of_days_is_refused(self):
        with self.assertRaises(CommandError):
            self.run_command(within_days=-1)
        self.assertEqual(mail.outbox, [])
