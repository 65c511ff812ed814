"""Follow-ups of decisions: their rules, their history, and their closing by publication."""

import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase

from minutes.models.follow_up import FollowUp, FollowUpEvent, FollowUpState
from tests.editorial import build_editorial_world
from tests.factories import MinutesPageFactory, agenda_item


def follow_up(minutes, **fields):
    fields.setdefault("clause", "att återrapportera arbetet till nätverket")
    return FollowUp.objects.create(network=minutes.get_parent().specific, minutes=minutes, **fields)


class FollowUpRulesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.minutes = MinutesPageFactory(
            parent=cls.world.network_a, meeting_date=datetime.date(2024, 9, 12)
        )

    def test_a_dropped_follow_up_needs_a_reason(self):
        item = follow_up(self.minutes, state=FollowUpState.DROPPED)
        with self.assertRaises(ValidationError) as raised:
            item.full_clean()
        self.assertIn("dropped_reason", raised.exception.message_dict)
        item.dropped_reason = "Uppdraget togs över av regionen."
        item.full_clean()

    def test_a_reported_follow_up_names_the_minutes_reporting_it(self):
        item = follow_up(self.minutes, state=FollowUpState.REPORTED)
        with self.assertRaises(ValidationError) as raised:
            item.full_clean()
        self.assertIn("reported_in", raised.exception.message_dict)

    def test_due_at_the_next_meeting_or_a_named_one_not_both(self):
        item = follow_up(
            self.minutes, due_next_meeting=True, due_meeting_date=datetime.date(2024, 10, 15)
        )
        with self.assertRaises(ValidationError) as raised:
            item.full_clean()
        self.assertIn("due_meeting_date", raised.exception.message_dict)

    def test_due_by_a_meeting_when_due_then_or_overdue(self):
        october = datetime.date(2024, 10, 15)
        named = follow_up(self.minutes, due_meeting_date=october)
        self.assertTrue(named.is_due_by(october))
        self.assertTrue(named.is_due_by(datetime.date(2024, 12, 1)))
        self.assertFalse(named.is_due_by(datetime.date(2024, 10, 1)))
        self.assertTrue(follow_up(self.minutes, due_next_meeting=True).is_due_by(october))
        dated = follow_up(self.minutes, due_date=datetime.date(2024, 11, 30))
        self.assertFalse(dated.is_due_by(october))
        self.assertTrue(dated.is_due_by(datetime.date(2024, 12, 5)))
        self.assertFalse(follow_up(self.minutes).is_due_by(october), "no due date, never due")
        closed = follow_up(self.minutes, due_next_meeting=True, state=FollowUpState.DROPPED)
        self.assertFalse(closed.is_due_by(october))

    def test_a_change_of_state_is_logged_with_who_and_when(self):
        item = follow_up(self.minutes)
        editor = self.world.users["editor_a"]
        event = item.change_state(FollowUpState.IN_PROGRESS, editor, note="Utredning pågår")
        self.assertEqual(event.user, editor)
        self.assertEqual(event.state, FollowUpState.IN_PROGRESS)
        self.assertIsNotNone(event.at)
        self.assertIsNone(item.change_state(FollowUpState.IN_PROGRESS, editor))
        self.assertEqual(FollowUpEvent.objects.filter(follow_up=item).count(), 1)
        item.refresh_from_db()
        self.assertEqual(item.state, FollowUpState.IN_PROGRESS)


class ClosingByPublicationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.decided = MinutesPageFactory(
            parent=cls.world.network_a,
            meeting_date=datetime.date(2024, 9, 12),
            agenda=[agenda_item(4, "Ekonomi", decisions=["att återrapportera till mötet"])],
        )

    def draft_reporting(self, item):
        report = agenda_item(2, "Återrapportering: Ekonomi", section="Återrapportering")
        draft = MinutesPageFactory(
            parent=self.world.network_a,
            meeting_date=datetime.date(2025, 2, 6),
            agenda=[agenda_item(1, "Inledning"), report],
            live=False,
        )
        item.reported_in = draft
        item.reported_item_id = report["id"]
        item.save()
        return draft

    def test_publishing_the_minutes_that_report_it_closes_it(self):
        item = follow_up(self.decided, anchor="punkt-4", due_next_meeting=True)
        draft = self.draft_reporting(item)
        self.assertEqual(FollowUp.objects.get(pk=item.pk).state, FollowUpState.OPEN)
        approver = self.world.users["administrator"]
        draft.save_revision(user=approver).publish(user=approver)
        item.refresh_from_db()
        self.assertEqual(item.state, FollowUpState.REPORTED)
        self.assertEqual(item.reported_anchor, "punkt-2")
        self.assertEqual(item.events.get().user, approver)

    def test_an_item_removed_before_publication_reports_nothing(self):
        item = follow_up(self.decided, due_next_meeting=True)
        draft = self.draft_reporting(item)
        draft.agenda = [agenda_item(1, "Inledning")]
        draft.save_revision().publish()
        item.refresh_from_db()
        self.assertEqual(item.state, FollowUpState.OPEN)
        self.assertIsNone(item.reported_in)
        self.assertFalse(item.events.exists())

    def test_publishing_renumbered_minutes_moves_the_anchor_of_their_follow_ups(self):
        item = self.decided.agenda.raw_data[0]
        follow_up_of_item = follow_up(self.decided, item_id=item["id"], anchor="punkt-4")
        renumbered = agenda_item(7, "Ekonomi och skolskjuts", decisions=["att återrapportera"])
        renumbered["id"] = item["id"]
        self.decided.agenda = [renumbered]
        self.decided.save_revision().publish()
        follow_up_of_item.refresh_from_db()
        self.assertEqual(follow_up_of_item.anchor, "punkt-7")
        self.assertEqual(follow_up_of_item.heading, "Ekonomi och skolskjuts")
