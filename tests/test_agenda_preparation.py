"""Preparing a draft of the next meeting's minutes from the admin."""

import datetime

from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesPage
from tests.editorial import build_editorial_world
from tests.factories import (
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkMemberFactory,
    OrganisationFactory,
    PersonFactory,
)


class AgendaPreparationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.network.standing_sections = "Beslut\n\nRapport/information/diskussion\n Ventilen \n"
        cls.network.save()
        today = timezone.localdate()
        cls.past = NetworkMeetingFactory(page=cls.network, date=today - datetime.timedelta(days=3))
        cls.cancelled = NetworkMeetingFactory(
            page=cls.network, date=today + datetime.timedelta(days=2), cancelled=True
        )
        cls.next = NetworkMeetingFactory(
            page=cls.network,
            date=today + datetime.timedelta(days=9),
            start_time=datetime.time(8, 30),
            end_time=datetime.time(14, 30),
            place="Göteborg, Gårda",
        )
        NetworkMeetingFactory(page=cls.network, date=today + datetime.timedelta(days=40))
        lerum = OrganisationFactory(name="Lerums kommun")
        cls.chair = NetworkMemberFactory(
            page=cls.network,
            person=PersonFactory(name="Anna Ek", organisation=lerum),
            role=NetworkRole.CHAIR,
            area="Förskola och grundskola",
            sort_order=0,
        )
        cls.member = NetworkMemberFactory(
            page=cls.network,
            person=PersonFactory(name="Bo Gran"),
            area="Gymnasie- och vuxenutbildning",
            sort_order=1,
        )
        cls.url = reverse("networks_prepare_agenda", args=[cls.network.pk])

    def drafts(self):
        return MinutesPage.objects.child_of(self.network).filter(meeting_date=self.next.date)

    def test_get_asks_for_confirmation_and_creates_nothing(self):
        self.client.force_login(self.world.users["editor_a"])
        response = self.client.get(self.url)
        self.assertContains(response, "Skapa utkastet")
        self.assertFalse(self.drafts().exists())

    def test_post_creates_a_prefilled_draft_and_opens_it(self):
        editor = self.world.users["editor_a"]
        self.client.force_login(editor)
        response = self.client.post(self.url)
        page = self.drafts().get()
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertFalse(page.live)
        self.assertTrue(page.has_unpublished_changes)
        self.assertIsNone(page.first_published_at)
        self.assertEqual(page.owner, editor)
        self.assertEqual(
            (page.start_time, page.end_time), (datetime.time(8, 30), datetime.time(14, 30))
        )
        self.assertEqual(page.place, "Göteborg, Gårda")
        self.assertFalse(page.is_digital)
        self.assertEqual(
            [(item.value["section"], item.value["heading"]) for item in page.agenda],
            [
                ("Beslut", "Beslut"),
                ("Rapport/information/diskussion", "Rapport/information/diskussion"),
                ("Ventilen", "Ventilen"),
            ],
        )
        self.assertEqual(
            [
                (a.person.name, a.organisation.name, a.role, a.area, a.present)
                for a in page.attendees.order_by("sort_order")
            ],
            [
                ("Anna Ek", "Lerums kommun", "chair", "Förskola och grundskola", True),
                (
                    "Bo Gran",
                    self.member.person.organisation.name,
                    "member",
                    "Gymnasie- och vuxenutbildning",
                    True,
                ),
            ],
        )
        # A revision, so that the editor continues in the normal workflow.
        revision = page.latest_revision
        self.assertIsNotNone(revision)
        self.assertEqual(revision.user, editor)
        self.assertEqual(revision.as_object().meeting_date, self.next.date)
        self.assertEqual(
            self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code, 200
        )

    def test_draft_is_not_public(self):
        self.client.force_login(self.world.users["editor_a"])
        self.client.post(self.url)
        page = self.drafts().get()
        self.client.logout()
        self.assertEqual(self.client.get(f"{self.network.url}beslut/").status_code, 200)
        self.assertNotContains(self.client.get(self.network.url), page.title)

    def test_refuses_when_minutes_for_the_date_exist(self):
        MinutesPageFactory(parent=self.network, meeting_date=self.next.date, live=False)
        self.client.force_login(self.world.users["editor_a"])
        self.assertContains(self.client.get(self.url), "Det finns redan minnesanteckningar")
        response = self.client.post(self.url, follow=True)
        self.assertContains(response, "Det finns redan minnesanteckningar")
        self.assertEqual(self.drafts().count(), 1)

    def test_refuses_when_no_meeting_is_scheduled(self):
        self.network.meetings.exclude(pk__in=[self.past.pk, self.cancelled.pk]).delete()
        self.client.force_login(self.world.users["editor_a"])
        response = self.client.post(self.url, follow=True)
        self.assertContains(response, "inget kommande möte")
        self.assertFalse(MinutesPage.objects.child_of(self.network).filter(live=False).exists())

    def test_refuses_users_who_may_not_add_pages_under_the_network(self):
        before = MinutesPage.objects.count()
        for user in ("editor_b", "translator"):
            self.client.force_login(self.world.users[user])
            with self.subTest(user=user):
                response = self.client.post(self.url)
                self.assertIn(response.status_code, (302, 403))
                self.assertNotIn("/edit/", response.get("Location", ""))
        self.assertEqual(MinutesPage.objects.count(), before)

    def test_button_appears_for_editors_of_the_network_only(self):
        explore = reverse("wagtailadmin_explore", args=[self.network.pk])
        self.client.force_login(self.world.users["editor_a"])
        self.assertContains(self.client.get(explore), self.url)
        self.client.force_login(self.world.users["administrator"])
        index = reverse("wagtailadmin_explore", args=[self.network.get_parent().pk])
        self.assertContains(self.client.get(index), self.url)
        self.client.force_login(self.world.users["editor_b"])
        self.assertNotIn(self.url, self.client.get(explore).content.decode())
