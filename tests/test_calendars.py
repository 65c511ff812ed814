"""iCalendar feeds and files: what a subscriber's calendar receives."""

import datetime

from django.test import TestCase
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from networks.models.network_page import NetworkPage
from tests.factories import (
    ConferencePageFactory,
    MinutesPageFactory,
    NetworkMeetingFactory,
    NetworkPageFactory,
    agenda_item,
    build_site_tree,
)

STOCKHOLM_NOON = datetime.datetime(2030, 5, 14, 12, 0)


def parse(response):
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


class CalendarTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Skolchefer Väst")
        cls.timed = NetworkMeetingFactory(
            page=cls.network,
            date=datetime.date(2030, 3, 7),
            start_time=datetime.time(8, 30),
            end_time=datetime.time(14, 30),
            time_note="",
            place="Göteborg, Gårda",
        )
        cls.residential = NetworkMeetingFactory(
            page=cls.network,
            date=datetime.date(2030, 4, 10),
            end_date=datetime.date(2030, 4, 11),
            kind="workshop",
            time_note="lunch till lunch",
            place="Varberg",
        )
        cls.cancelled = NetworkMeetingFactory(
            page=cls.network,
            date=datetime.date(2030, 5, 2),
            start_time=datetime.time(9, 0),
            end_time=datetime.time(11, 0),
            time_note="",
            place="",
            is_digital=True,
            cancelled=True,
        )
        start = timezone.make_aware(STOCKHOLM_NOON)
        cls.conference = ConferencePageFactory(
            parent=cls.network,
            title="Vårkonferensen",
            start=start,
            end=start + datetime.timedelta(hours=5),
            place="Borås",
        )
        cls.draft_conference = ConferencePageFactory(
            parent=cls.network, title="Utkastkonferensen", start=start, live=False
        )
        cls.private_conference = ConferencePageFactory(
            parent=cls.network, title="Lösenordskonferensen", start=start
        )
        PageViewRestriction.objects.create(
            page=cls.private_conference,
            restriction_type=PageViewRestriction.PASSWORD,
            password="hemligt",
        )
        cls.other_network = NetworkPageFactory(parent=cls.tree.network_index, title="Annat nät")
        cls.other_conference = ConferencePageFactory(
            parent=cls.other_network, title="Höstkonferensen", start=start
        )


class NetworkCalendarTests(CalendarTestCase):
    def test_network_feed_holds_its_meetings_and_live_public_conferences(self):
        calendar = parse(self.client.get(f"{self.network.url}kalender.ics"))
        summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
        self.assertEqual(len(summaries), 4)
        self.assertIn("Vårkonferensen", summaries)
        self.assertNotIn("Utkastkonferensen", summaries)
        self.assertNotIn("Lösenordskonferensen", summaries)
        self.assertNotIn("Höstkonferensen", summaries)
        self.assertEqual(
            {str(e["UID"]) for e in calendar.walk("VEVENT") if "meeting" in str(e["UID"])},
            {f"meeting-{m.uid}@samverkan" for m in (self.timed, self.residential, self.cancelled)},
        )

    def test_timed_meeting_is_in_stockholm_time_with_a_time_zone_definition(self):
        calendar = parse(self.client.get(f"{self.network.url}kalender.ics"))
        [timezone_component] = calendar.walk("VTIMEZONE")
        self.assertEqual(str(timezone_component["TZID"]), "Europe/Stockholm")
        event = self.event_of(calendar, self.timed)
        self.assertEqual(event["DTSTART"].params["TZID"], "Europe/Stockholm")
        self.assertEqual(
            event.decoded("DTSTART").replace(tzinfo=None), datetime.datetime(2030, 3, 7, 8, 30)
        )
        self.assertEqual(
            event.decoded("DTEND").replace(tzinfo=None), datetime.datetime(2030, 3, 7, 14, 30)
        )
        self.assertEqual(str(event["LOCATION"]), "Göteborg, Gårda")
        self.assertEqual(str(event["STATUS"]), "CONFIRMED")
        self.assertEqual(str(event["URL"]), self.network.full_url)

    def test_meeting_without_times_spans_its_days(self):
        event = self.event_of(
            parse(self.client.get(f"{self.network.url}kalender.ics")), self.residential
        )
        self.assertEqual(event.decoded("DTSTART"), datetime.date(2030, 4, 10))
        # DTEND is exclusive: the event covers the 10th and the 11th.
        self.assertEqual(event.decoded("DTEND"), datetime.date(2030, 4, 12))
        self.assertEqual(str(event["SUMMARY"]), "Skolchefer Väst: Workshop")

    def test_cancelled_meeting_is_sent_as_cancelled(self):
        event = self.event_of(
            parse(self.client.get(f"{self.network.url}kalender.ics")), self.cancelled
        )
        self.assertEqual(str(event["STATUS"]), "CANCELLED")
        self.assertEqual(str(event["LOCATION"]), "Digitalt")

    def test_changed_meeting_keeps_its_uid(self):
        page = NetworkPage.objects.get(pk=self.network.pk)
        meetings = list(page.meetings.all())
        changed = next(m for m in meetings if m.pk == self.timed.pk)
        changed.date = datetime.date(2030, 3, 14)
        changed.place = "Mölndal"
        page.meetings = meetings
        page.save_revision().publish()

        event = self.event_of(parse(self.client.get(f"{self.network.url}kalender.ics")), self.timed)
        self.assertEqual(str(event["LOCATION"]), "Mölndal")
        self.assertEqual(event.decoded("DTSTART").date(), datetime.date(2030, 3, 14))

    def test_meeting_describes_its_place_agenda_and_page(self):
        minutes = MinutesPageFactory(
            parent=self.network,
            meeting_date=self.timed.date,
            agenda=[agenda_item("1", "Budget 2031"), agenda_item("2", "Skolval")],
        )
        minutes.save_revision().publish()
        MinutesPageFactory(
            parent=self.network,
            meeting_date=self.residential.date,
            agenda=[agenda_item("1", "Utkastpunkten")],
            live=False,
        ).save_revision()

        calendar = parse(self.client.get(f"{self.network.url}kalender.ics"))
        description = str(self.event_of(calendar, self.timed)["DESCRIPTION"])
        self.assertIn("Plats: Göteborg, Gårda", description)
        self.assertIn("Föredragningslista:\n– Budget 2031\n– Skolval", description)
        self.assertIn(self.network.full_url, description)
        # A draft's agenda is not published through the calendar.
        residential = str(self.event_of(calendar, self.residential)["DESCRIPTION"])
        self.assertNotIn("Utkastpunkten", residential)
        self.assertIn("lunch till lunch", residential)

    def test_every_change_of_the_schedule_raises_the_sequence(self):
        before = self.event_of(
            parse(self.client.get(f"{self.network.url}kalender.ics")), self.timed
        )
        page = NetworkPage.objects.get(pk=self.network.pk)
        meetings = list(page.meetings.all())
        next(m for m in meetings if m.pk == self.timed.pk).place = "Mölndal"
        page.meetings = meetings
        page.save_revision().publish()

        after = self.event_of(parse(self.client.get(f"{self.network.url}kalender.ics")), self.timed)
        self.assertGreater(after.decoded("SEQUENCE"), before.decoded("SEQUENCE"))
        page.refresh_from_db()
        self.assertEqual(
            after.decoded("LAST-MODIFIED"), page.last_published_at.replace(microsecond=0)
        )
        meeting_file = parse(self.client.get(f"{self.network.url}moten/{self.timed.pk}.ics"))
        [event] = meeting_file.walk("VEVENT")
        self.assertEqual(event.decoded("SEQUENCE"), after.decoded("SEQUENCE"))

    def test_each_meeting_has_a_distinct_uid(self):
        uids = {m.uid for m in (self.timed, self.residential, self.cancelled)}
        self.assertEqual(len(uids), 3)

    def event_of(self, calendar, meeting):
        uid = f"meeting-{meeting.uid}@samverkan"
        [event] = [e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid]
        return event


class AddToCalendarTests(CalendarTestCase):
    def test_meeting_file_is_an_attachment_with_one_event(self):
        response = self.client.get(f"{self.network.url}moten/{self.residential.pk}.ics")
        calendar = parse(response)
        self.assertTrue(response["Content-Disposition"].startswith("attachment;"))
        [event] = calendar.walk("VEVENT")
        self.assertEqual(str(event["UID"]), f"meeting-{self.residential.uid}@samverkan")

    def test_meeting_of_another_network_is_not_found(self):
        other = NetworkMeetingFactory(page=self.other_network)
        response = self.client.get(f"{self.network.url}moten/{other.pk}.ics")
        self.assertEqual(response.status_code, 404)

    def test_conference_file_has_a_uid_from_its_translation_key(self):
        response = self.client.get(f"{self.conference.url}kalender.ics")
        [event] = parse(response).walk("VEVENT")
        self.assertTrue(response["Content-Disposition"].startswith("attachment;"))
        self.assertEqual(
            str(event["UID"]), f"conference-{self.conference.translation_key}-sv@samverkan"
        )
        self.assertEqual(event.decoded("DTSTART").replace(tzinfo=None), STOCKHOLM_NOON)
        self.assertEqual(event["DTSTART"].params["TZID"], "Europe/Stockholm")
        self.assertEqual(str(event["LOCATION"]), "Borås")
        self.assertEqual(str(event["URL"]), self.conference.full_url)

    def test_conference_describes_its_place_and_page_and_counts_its_changes(self):
        def event():
            [found] = parse(self.client.get(f"{self.conference.url}kalender.ics")).walk("VEVENT")
            return found

        first = event()
        self.assertIn("Plats: Borås", str(first["DESCRIPTION"]))
        self.assertIn(self.conference.full_url, str(first["DESCRIPTION"]))
        self.assertIn("LAST-MODIFIED", first)
        self.conference.save_revision().publish()
        self.assertGreater(event().decoded("SEQUENCE"), first.decoded("SEQUENCE"))

    def test_network_page_announces_its_calendar(self):
        self.assertContains(
            self.client.get(self.network.url),
            f'<link rel="alternate" type="text/calendar" title="Skolchefer Väst: möten och '
            f'konferenser" href="{self.network.url}kalender.ics">',
            html=True,
        )

    def test_pages_link_their_calendars(self):
        network_page = self.client.get(self.network.url)
        self.assertContains(network_page, f'href="{self.network.url}kalender.ics"')
        self.assertContains(network_page, "Prenumerera på kalendern")
        self.assertContains(network_page, f'href="{self.network.url}moten/{self.timed.pk}.ics"')
        self.assertContains(
            self.client.get(self.conference.url), f'href="{self.conference.url}kalender.ics"'
        )
        self.assertContains(
            self.client.get(self.tree.conference_index.url),
            f'href="{self.tree.conference_index.url}kalender.ics"',
        )


class ConferenceCalendarTests(CalendarTestCase):
    def test_all_live_public_conferences_of_the_language(self):
        calendar = parse(self.client.get(f"{self.tree.conference_index.url}kalender.ics"))
        self.assertEqual(
            sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT")),
            ["Höstkonferensen", "Vårkonferensen"],
        )

    def test_draft_and_private_conferences_have_no_calendar_file(self):
        self.assertEqual(
            self.client.get(f"{self.draft_conference.url or '/x/'}kalender.ics").status_code, 404
        )
        response = self.client.get(f"{self.private_conference.url}kalender.ics")
        self.assertNotEqual(response.get("Content-Type"), "text/calendar; charset=utf-8")

    def test_private_network_calendar_is_not_served(self):
        PageViewRestriction.objects.create(
            page=self.other_network, restriction_type=PageViewRestriction.LOGIN
        )
        response = self.client.get(f"{self.other_network.url}kalender.ics")
        self.assertEqual(response.status_code, 302)
