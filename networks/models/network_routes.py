"""The calendar, feeds and registers served below a network page."""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import path, re_path

from networks.calendars import calendar_response, conference_event, meeting_event, new_calendar


class NetworkRoutesMixin:
    """Routes of ``NetworkPage``: ``kalender.ics``, ``moten/<id>.ics``, feeds and registers."""

    # The calendar and the registers hold what the network page lists: its live, public
    # conferences and minutes, aliases of untranslated ones included.
    def listed_conferences(self):
        from .conference_page import ConferencePage

        return ConferencePage.objects.child_of(self).live().public()

    def listed_minutes(self):
        from minutes.models import MinutesPage

        return MinutesPage.objects.child_of(self).live().public()

    # File routes end in a slash because Wagtail adds one; see config.urls.
    @re_path(r"^kalender\.ics/$", name="calendar")
    def calendar(self, request):
        calendar = new_calendar(self.title)
        page_url = self.get_full_url(request)
        for meeting in self.meetings.all():
            calendar.add_component(meeting_event(meeting, self, page_url))
        for conference in self.listed_conferences().select_related("locale"):
            calendar.add_component(conference_event(conference, conference.get_full_url(request)))
        return calendar_response(calendar)

    @re_path(r"^moten/(?P<meeting_id>\d+)\.ics/$", name="meeting_calendar")
    def meeting_calendar(self, request, meeting_id):
        meeting = get_object_or_404(self.meetings.all(), pk=int(meeting_id))
        calendar = new_calendar(self.title)
        calendar.add_component(meeting_event(meeting, self, self.get_full_url(request)))
        return calendar_response(calendar, filename=f"{self.slug}-{meeting.date:%Y-%m-%d}.ics")

    @path("flode/rss/", name="rss_feed")
    def rss_feed(self, request):
        from networks.feeds import NetworkRssFeed

        return NetworkRssFeed()(request, network=self)

    @path("flode/atom/", name="atom_feed")
    def atom_feed(self, request):
        from networks.feeds import NetworkAtomFeed

        return NetworkAtomFeed()(request, network=self)

    @path("beslut/", name="decisions")
    def decisions(self, request):
        from minutes.registers import DecisionRegister

        register = DecisionRegister(
            self.listed_minutes(), year=request.GET.get("ar"), query=request.GET.get("q")
        )
        return self.render_register(
            request, "minutes/decision_register.html", register, _("Decisions")
        )

    @path("narvaro/", name="attendance")
    def attendance(self, request):
        from minutes.registers import AttendanceOverview

        overview = AttendanceOverview(self.listed_minutes(), year=request.GET.get("ar"))
        return self.render_register(
            request, "minutes/attendance_overview.html", overview, _("Attendance")
        )

    def render_register(self, request, template, register, title):
        return self.render(
            request,
            template=template,
            context_overrides={"register": register, "register_title": title},
        )
