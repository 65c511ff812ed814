"""The calendar, feeds and registers served below a network page."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.contrib.routable_page.models import path

from core.access_policy import published
from core.public_pages import public
from minutes.agenda import raw_agenda_items
from minutes.attendance_overview import AttendanceOverview
from minutes.decision_register import DecisionRegister
from minutes.models.follow_up import open_follow_ups
from minutes.models.minutes_page import MinutesPage
from networks.calendars import (
    calendar_response,
    change_count,
    conference_event,
    follow_ups_at_meetings,
    meeting_event,
    new_calendar,
    own_calendar,
)
from networks.feeds import NetworkAtomFeed, NetworkRssFeed
from networks.models.conference_page import ConferencePage


class NetworkRoutesMixin:
    """Routes of ``NetworkPage``: calendars, feeds and registers.

    Their segments are in the page's language (``kalender.ics``, ``beslut/`` in Swedish;
    ``calendar.ics``, ``decisions/`` in English), like the site's own URLs.
    """

    # The network page lists its live, public conferences and minutes, the aliases of
    # untranslated ones included: they show with a notice that the text is Swedish.
    def listed_conferences(self):
        return public(ConferencePage.objects.child_of(self).live())

    def listed_minutes(self):
        return public(MinutesPage.objects.child_of(self).live())

    # The calendar and the registers hold published content only: an alias is another
    # language's page, which has its own calendar and registers.
    def published_conferences(self):
        return published(ConferencePage.objects.child_of(self))

    def published_minutes(self):
        return published(MinutesPage.objects.child_of(self))

    def follow_ups_at_meetings(self, meetings):
        """The open follow-ups of the published minutes, by the meeting they are due at."""
        return follow_ups_at_meetings(meetings, open_follow_ups(self.published_minutes()))

    def agendas_by_date(self):
        """The agenda headings of the published minutes, by meeting date, for the calendar."""
        return {
            minutes.meeting_date: [
                item.get("heading") for item in raw_agenda_items(minutes) if item.get("heading")
            ]
            for minutes in self.published_minutes().order_by("meeting_date")
        }

    def schedule_events(self, request, meetings):
        """Events for ``meetings``, rows of the network's schedule."""
        page_url = self.get_full_url(request)
        agendas = self.agendas_by_date()
        due = self.follow_ups_at_meetings(list(self.meetings.all()))
        sequence = change_count(self)
        return [
            meeting_event(
                meeting,
                self,
                page_url,
                agenda=agendas.get(meeting.date, ()),
                follow_ups=due.get(meeting.date, ()),
                sequence=sequence,
            )
            for meeting in meetings
        ]

    # File routes end in a slash because Wagtail adds one; see config.urls.
    @path(pgettext_lazy("URL path", "calendar.ics/"), name="calendar")
    def calendar(self, request):
        own_calendar(self)
        calendar = new_calendar(self.title)
        for event in self.schedule_events(request, self.meetings.all()):
            calendar.add_component(event)
        for conference in self.published_conferences().select_related("locale"):
            calendar.add_component(conference_event(conference, conference.get_full_url(request)))
        return calendar_response(calendar)

    @path(pgettext_lazy("URL path", "meetings/<int:meeting_id>.ics/"), name="meeting_calendar")
    def meeting_calendar(self, request, meeting_id):
        own_calendar(self)
        meeting = get_object_or_404(self.meetings.all(), pk=meeting_id)
        calendar = new_calendar(self.title)
        calendar.add_component(self.schedule_events(request, [meeting])[0])
        return calendar_response(calendar, filename=f"{self.slug}-{meeting.date:%Y-%m-%d}.ics")

    @path(pgettext_lazy("URL path", "feed/rss/"), name="rss_feed")
    def rss_feed(self, request):
        return NetworkRssFeed()(request, network=self)

    @path(pgettext_lazy("URL path", "feed/atom/"), name="atom_feed")
    def atom_feed(self, request):
        return NetworkAtomFeed()(request, network=self)

    def found_minutes(self, query):
        """The ids of this network's minutes the site's search finds for ``query``, best first.

        The search app offers its search as the ``search_pages`` hook (it lives in a layer
        above this one); None when no search is installed or nothing was typed.
        """
        searches = hooks.get_hooks("search_pages")
        if not searches or not (query or "").strip():
            return None
        filters = {"network": str(self.pk), "type": MinutesPage._meta.model_name}
        return searches[-1](query, self.locale, filters)

    @path(pgettext_lazy("URL path", "decisions/"), name="decisions")
    def decisions(self, request):
        query = request.GET.get("q")
        register = DecisionRegister(
            self.published_minutes(),
            year=request.GET.get("ar"),
            query=query,
            state=request.GET.get("status"),
            responsible=request.GET.get("ansvarig"),
            found=self.found_minutes(query),
        )
        return self.render_register(
            request, "minutes/decision_register.html", register, _("Decisions")
        )

    @path(pgettext_lazy("URL path", "attendance/"), name="attendance")
    def attendance(self, request):
        overview = AttendanceOverview(
            self.published_minutes(), year=request.GET.get("ar"), members=self.members.all()
        )
        return self.render_register(
            request, "minutes/attendance_overview.html", overview, _("Attendance")
        )

    def render_register(self, request, template, register, title):
        return self.render(
            request,
            template=template,
            context_overrides={"register": register, "register_title": title},
        )
