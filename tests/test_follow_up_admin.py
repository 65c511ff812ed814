"""The admin's follow-ups: the network organisation's editors and approvers keep them."""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.test import TestCase
from django.urls import reverse
from wagtail.users.models import UserProfile

from core.access_policy import may_change_follow_up
from minutes.models.follow_up import FollowUp, FollowUpState
from tests.editorial import ROLES, build_editorial_world
from tests.factories import MinutesPageFactory, NetworkMeetingFactory

KEEPERS = {"editor_a", "approver_a", "administrator"}


def refused(response):
    """A 403 or 404, or the admin's redirect to the dashboard or to the login."""
    if response.status_code in (403, 404):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (
        location.rstrip("/").endswith("/admin") or "/login/" in location
    )


class FollowUpAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.minutes = MinutesPageFactory(
            parent=cls.world.network_a, meeting_date=datetime.date(2024, 9, 12)
        )
        cls.follow_up = FollowUp.objects.create(
            network=cls.world.network_a,
            minutes=cls.minutes,
            anchor="punkt-2",
            clause="att återrapportera kostnaderna för skolskjuts",
            due_next_meeting=True,
        )
        minutes_b = MinutesPageFactory(parent=cls.world.network_b)
        cls.other = FollowUp.objects.create(
            network=cls.world.network_b, minutes=minutes_b, clause="att följa upp lokalbehovet"
        )

    def client_for(self, role):
        if role != "anonymous":
            self.client.force_login(self.world.users[role])

    def edit_data(self, **fields):
        data = {
            "minutes": self.minutes.pk,
            "anchor": "punkt-2",
            "heading": "",
            "clause": self.follow_up.clause,
            "kind": "report_back",
            "state": "in_progress",
            "due_next_meeting": "on",
            "reported_anchor": "",
            "dropped_reason": "",
        }
        data.update(fields)
        return data

    def test_the_policy_answers_per_role(self):
        for role in ROLES:
            user = AnonymousUser() if role == "anonymous" else self.world.users[role]
            with self.subTest(role=role):
                self.assertEqual(may_change_follow_up(user, self.follow_up), role in KEEPERS)

    def test_every_view_answers_as_the_policy_does(self):
        views = [
            ("edit", [self.follow_up.pk]),
            ("history", [self.follow_up.pk]),
            ("usage", [self.follow_up.pk]),
        ]
        for role in ROLES:
            self.client.logout()
            self.client_for(role)
            for view, args in views:
                with self.subTest(role=role, view=view):
                    response = self.client.get(reverse(f"follow_ups:{view}", args=args))
                    self.assertEqual(response.status_code == 200, role in KEEPERS)
                    self.assertEqual(refused(response), role not in KEEPERS)

    def test_the_listing_shows_only_the_user_s_networks_follow_ups(self):
        self.client_for("editor_a")
        response = self.client.get(reverse("follow_ups:index"))
        self.assertContains(response, "kostnaderna för skolskjuts")
        self.assertNotContains(response, "lokalbehovet")
        self.client_for("administrator")
        response = self.client.get(reverse("follow_ups:index"))
        self.assertContains(response, "lokalbehovet")

    def test_the_listing_filters_by_state(self):
        self.client_for("administrator")
        url = reverse("follow_ups:index")
        response = self.client.get(url, {"state": "reported"})
        self.assertNotContains(response, "kostnaderna för skolskjuts")
        response = self.client.get(url, {"state": "open"})
        self.assertContains(response, "kostnaderna för skolskjuts")
        # The state in words, in the admin's language.
        self.assertContains(response, str(FollowUpState.OPEN.label))

    def test_an_editor_of_another_organisation_cannot_change_a_follow_up(self):
        for role in ("editor_b", "approver_b", "translator"):
            self.client_for(role)
            with self.subTest(role=role):
                response = self.client.post(
                    reverse("follow_ups:edit", args=[self.follow_up.pk]), self.edit_data()
                )
                self.assertTrue(refused(response), response)
                self.follow_up.refresh_from_db()
                self.assertEqual(self.follow_up.state, FollowUpState.OPEN)
                self.assertFalse(self.follow_up.events.exists())

    def test_an_editor_changes_the_state_and_the_change_is_logged(self):
        self.client_for("editor_a")
        response = self.client.post(
            reverse("follow_ups:edit", args=[self.follow_up.pk]), self.edit_data()
        )
        self.assertEqual(response.status_code, 302)
        self.follow_up.refresh_from_db()
        self.assertEqual(self.follow_up.state, FollowUpState.IN_PROGRESS)
        event = self.follow_up.events.get()
        self.assertEqual(event.user, self.world.users["editor_a"])
        self.assertEqual(event.state, FollowUpState.IN_PROGRESS)

    def test_dropping_without_a_reason_is_refused_and_changes_nothing(self):
        self.client_for("approver_a")
        response = self.client.post(
            reverse("follow_ups:edit", args=[self.follow_up.pk]), self.edit_data(state="dropped")
        )
        self.assertEqual(response.status_code, 200)
        self.follow_up.refresh_from_db()
        self.assertEqual(self.follow_up.state, FollowUpState.OPEN)
        self.assertFalse(self.follow_up.events.exists())

    def test_an_editor_cannot_add_a_follow_up_to_another_organisation_s_minutes(self):
        self.client_for("editor_a")
        response = self.client.post(
            reverse("follow_ups:add"),
            self.edit_data(minutes=self.other.minutes.pk, state="open"),
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(FollowUp.objects.count(), 2)
        response = self.client.post(reverse("follow_ups:add"), self.edit_data(state="open"))
        self.assertEqual(response.status_code, 302)
        added = FollowUp.objects.latest("pk")
        self.assertEqual(added.network_id, self.world.network_a.pk)
        self.assertEqual(added.events.get().user, self.world.users["editor_a"])


class DueMeetingTests(TestCase):
    """The due meeting is chosen from the schedule of the decision's network."""

    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        network_a, network_b = cls.world.network_a, cls.world.network_b
        cls.autumn = NetworkMeetingFactory(
            page=network_a, date=datetime.date(2024, 10, 15), place="Alingsås"
        )
        cls.cancelled = NetworkMeetingFactory(
            page=network_a, date=datetime.date(2024, 11, 19), cancelled=True
        )
        cls.elsewhere = NetworkMeetingFactory(page=network_b, date=datetime.date(2024, 10, 22))
        minutes = MinutesPageFactory(parent=network_a, meeting_date=datetime.date(2024, 9, 12))
        cls.follow_up = FollowUp.objects.create(
            network=network_a, minutes=minutes, clause="att återkomma med en lokalplan"
        )

    def setUp(self):
        # The messages are read in English: each admin user reads the admin in their own language.
        for role in ("editor_a", "administrator"):
            profile = UserProfile.get_for_user(self.world.users[role])
            profile.preferred_language = "en"
            profile.save()
        self.client.force_login(self.world.users["editor_a"])
        self.url = reverse("follow_ups:edit", args=[self.follow_up.pk])

    def post(self, due_meeting_date):
        return self.client.post(
            self.url,
            {
                "minutes": self.follow_up.minutes_id,
                "clause": self.follow_up.clause,
                "kind": "proposal",
                "state": "open",
                "due_meeting_date": due_meeting_date,
                "anchor": "",
                "heading": "",
                "reported_anchor": "",
                "dropped_reason": "",
            },
        )

    def test_the_form_offers_the_network_s_meetings_and_no_others(self):
        response = self.client.get(self.url)
        self.assertContains(response, '<option value="2024-10-15"')
        self.assertContains(response, "Alingsås")
        self.assertNotContains(response, '<option value="2024-11-19"')
        self.assertNotContains(response, '<option value="2024-10-22"')

    def test_a_meeting_of_the_schedule_is_saved(self):
        self.assertEqual(self.post("2024-10-15").status_code, 302)
        self.follow_up.refresh_from_db()
        self.assertEqual(self.follow_up.due_meeting_date, self.autumn.date)

    def test_a_date_outside_the_schedule_is_refused_and_changes_nothing(self):
        for date in ("2024-10-22", "2024-11-19", "2024-10-16", "15 oktober", "2024-02-30"):
            with self.subTest(date=date):
                response = self.post(date)
                self.assertEqual(response.status_code, 200)
                self.follow_up.refresh_from_db()
                self.assertIsNone(self.follow_up.due_meeting_date)

    def test_a_new_follow_up_is_offered_the_meetings_of_the_networks_the_editor_keeps(self):
        response = self.client.get(reverse("follow_ups:add"))
        self.assertContains(response, '<option value="2024-10-15"')
        self.assertNotContains(response, '<option value="2024-10-22"')
        minutes_b = MinutesPageFactory(parent=self.world.network_b)
        self.client.force_login(self.world.users["administrator"])
        response = self.client.post(
            reverse("follow_ups:add"),
            {
                "minutes": minutes_b.pk,
                "clause": "att återkomma",
                "kind": "proposal",
                "state": "open",
                "due_meeting_date": "2024-10-15",
            },
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Choose a meeting in the schedule of")
        self.assertFalse(FollowUp.objects.filter(minutes=minutes_b).exists())

    def test_a_date_set_before_the_schedule_is_kept_and_named_so(self):
        FollowUp.objects.filter(pk=self.follow_up.pk).update(
            due_meeting_date=datetime.date(2024, 12, 3)
        )
        response = self.client.get(self.url)
        self.assertContains(response, "(not in the schedule)")
        self.assertEqual(self.post("2024-12-03").status_code, 302)


class BulkStateTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        minutes_a = MinutesPageFactory(parent=cls.world.network_a)
        minutes_b = MinutesPageFactory(parent=cls.world.network_b)
        cls.own = [
            FollowUp.objects.create(
                network=cls.world.network_a, minutes=minutes_a, clause=f"att följa upp {n}"
            )
            for n in range(3)
        ]
        cls.other = FollowUp.objects.create(
            network=cls.world.network_b, minutes=minutes_b, clause="att följa upp i B"
        )
        cls.url = reverse("follow_ups_bulk_state")

    def post(self, role, query="", **data):
        self.client.force_login(self.world.users[role])
        return self.client.post(f"{self.url}?{query}", data)

    def states(self):
        return {f.pk: f.state for f in FollowUp.objects.all()}

    def test_an_editor_changes_the_listed_follow_ups_of_their_own_networks_only(self):
        response = self.post("editor_a", state="in_progress", note="Arbetet har börjat")
        self.assertEqual(response.status_code, 302)
        states = self.states()
        self.assertEqual({states[f.pk] for f in self.own}, {FollowUpState.IN_PROGRESS})
        self.assertEqual(states[self.other.pk], FollowUpState.OPEN)
        event = self.own[0].events.get()
        self.assertEqual(
            (event.user, event.note), (self.world.users["editor_a"], "Arbetet har börjat")
        )

    def test_the_listing_s_filters_choose_the_follow_ups(self):
        self.own[0].change_state(FollowUpState.IN_PROGRESS, None)
        self.post("approver_a", query="state=open", state="dropped", dropped_reason="Inaktuellt")
        states = self.states()
        self.assertEqual(states[self.own[0].pk], FollowUpState.IN_PROGRESS)
        self.assertEqual(states[self.own[1].pk], FollowUpState.DROPPED)
        self.assertEqual(FollowUp.objects.get(pk=self.own[1].pk).dropped_reason, "Inaktuellt")

    def test_an_editor_of_another_organisation_changes_nothing_here(self):
        before = self.states()
        self.post("editor_b", query=f"network={self.world.network_a.pk}", state="in_progress")
        self.assertEqual(self.states(), before)

    def test_bad_input_changes_nothing(self):
        before = self.states()
        for query, data in (
            ("", {"state": "dropped"}),
            ("", {"state": "reported"}),
            ("", {"state": "<script>"}),
            ("network=nosuch", {"state": "in_progress"}),
        ):
            with self.subTest(query=query, data=data):
                response = self.post("editor_a", query=query, **data)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(self.states(), before)

    def test_the_view_is_refused_to_those_who_keep_no_follow_ups(self):
        self.client.force_login(self.world.users["translator"])
        self.assertTrue(refused(self.client.get(self.url)))
        self.client.logout()
        self.assertTrue(refused(self.client.get(self.url)))
        self.client.force_login(self.world.users["editor_a"])
        response = self.client.get(self.url)
        self.assertContains(response, "att följa upp 0")
        self.assertNotContains(response, "i B")
        listing = self.client.get(reverse("follow_ups:index"))
        self.assertContains(listing, self.url)
