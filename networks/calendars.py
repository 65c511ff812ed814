"""iCalendar (RFC 5545) files of meetings and conferences, in Stockholm time."""

import datetime
from zoneinfo import ZoneInfo

from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.text_language import untranslated_from

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PRODUCT_ID = "-//Samverkan//Kalender//SV"
UID_DOMAIN = "samverkan"


def new_calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Stockholm")
    return calendar


def own_calendar(page):
    """Refuse the calendar of an alias or of a translation not yet approved.

    Its events would be those of another language's page, which has the calendar; the
    untranslated page does not offer one.
    """
    if page.alias_of_id or untranslated_from(page):
        raise Http404("An untranslated page has no calendar of its own.")


def calendar_response(calendar, *, filename=None):
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _location(place, is_digital):
    if is_digital:
        return f"{_('Digital')} ({place})" if place else _("Digital")
    return place


def follow_ups_at_meetings(meetings, follow_ups):
    """``follow_ups`` by the date of the meeting they are due at, if due at one.

    "The next meeting" is the first meeting of the schedule after the decision's.
    """
    dates = sorted(meeting.date for meeting in meetings if not meeting.cancelled)
    by_date = {}
    for follow_up in follow_ups:
        date = follow_up.due_meeting_date
        if date is None and follow_up.due_next_meeting:
            date = next((d for d in dates if d > follow_up.minutes.meeting_date), None)
        if date is not None:
            by_date.setdefault(date, []).append(follow_up)
    return by_date


def meeting_description(meeting, follow_ups):
    lines = [meeting.time_note] if meeting.time_note else []
    if follow_ups:
        lines.append(_("Follow-ups due at this meeting:"))
        lines += [
            f"- {follow_up.clause} ({follow_up.get_state_display()})" for follow_up in follow_ups
        ]
    return "\n".join(lines)


def meeting_event(meeting, network, url, follow_ups=()):
    """An event for one row of a network's meeting schedule.

    Meetings without a start time ("lunch to lunch") are all-day events over their days.
    Its description names the follow-ups due at the meeting.
    """
    event = Event()
    event.add("uid", f"meeting-{meeting.uid}@{UID_DOMAIN}")
    event.add("summary", f"{network.title}: {meeting.get_kind_display()}")
    last_day = meeting.end_date or meeting.date
    if meeting.start_time:
        start = datetime.datetime.combine(meeting.date, meeting.start_time, tzinfo=STOCKHOLM)
        event.add("dtstart", start)
        if meeting.end_time:
            end = datetime.datetime.combine(last_day, meeting.end_time, tzinfo=STOCKHOLM)
            event.add("dtend", end)
    else:
        event.add("dtstart", meeting.date)
        event.add("dtend", last_day + datetime.timedelta(days=1))
    description = meeting_description(meeting, follow_ups)
    if description:
        event.add("description", description)
    location = _location(meeting.place, meeting.is_digital)
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("dtstamp", timezone.now())
    event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
    return event


def conference_uid(conference):
    return f"conference-{conference.translation_key}-{conference.locale.language_code}@{UID_DOMAIN}"


def conference_event(conference, url):
    event = Event()
    event.add("uid", conference_uid(conference))
    event.add("summary", conference.title)
    event.add("dtstart", timezone.localtime(conference.start, STOCKHOLM))
    event.add("dtend", timezone.localtime(conference.end, STOCKHOLM))
    location = _location(conference.place, conference.is_digital)
    if location:
        event.add("location", location)
    if conference.intro:
        event.add("description", conference.intro)
    event.add("url", url)
    event.add("dtstamp", timezone.now())
    event.add("last-modified", conference.last_published_at or conference.first_published_at)
    event.add("status", "CONFIRMED")
    return event
