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


def change_count(page):
    """How many times ``page`` has been saved: the ``SEQUENCE`` of the events it holds.

    A calendar program replaces an event it already has only when the sequence grows; each
    edit of the page adds a revision, so an edited meeting always replaces the old one.
    """
    return page.revisions.count()


def description(*parts):
    """An event's description: the non-empty parts, one paragraph each."""
    return "\n\n".join(part for part in parts if part)


def follow_ups_text(follow_ups):
    if not follow_ups:
        return ""
    return "\n".join(
        [
            _("Follow-ups due at this meeting:"),
            *(f"– {item.clause} ({item.get_state_display()})" for item in follow_ups),
        ]
    )


def agenda_text(headings):
    if not headings:
        return ""
    return "\n".join([_("Agenda:"), *(f"– {heading}" for heading in headings)])


def place_text(place, is_digital):
    location = _location(place, is_digital)
    return _("Place: %(place)s") % {"place": location} if location else ""


def stamp_changes(event, page, sequence):
    event.add("sequence", sequence)
    modified = page.last_published_at or page.latest_revision_created_at
    if modified:
        event.add("last-modified", modified)


def meeting_event(meeting, network, url, *, agenda=(), follow_ups=(), sequence=0):
    """An event for one row of a network's meeting schedule.

    Meetings without a start time ("lunch to lunch") are all-day events over their days.
    ``agenda`` holds the headings of the meeting's published agenda, if it has one, and
    ``follow_ups`` the follow-ups of decisions due at the meeting.
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
    location = _location(meeting.place, meeting.is_digital)
    if location:
        event.add("location", location)
    event.add(
        "description",
        description(
            meeting.time_note,
            place_text(meeting.place, meeting.is_digital),
            agenda_text(agenda),
            follow_ups_text(follow_ups),
            url,
        ),
    )
    event.add("url", url)
    event.add("dtstamp", timezone.now())
    stamp_changes(event, network, sequence)
    event.add("status", "CANCELLED" if meeting.cancelled else "CONFIRMED")
    return event


def conference_uid(conference):
    return f"conference-{conference.translation_key}-{conference.locale.language_code}@{UID_DOMAIN}"


def conference_event(conference, url, *, sequence=None):
    """An event for a conference; ``sequence`` is counted here unless given."""
    event = Event()
    event.add("uid", conference_uid(conference))
    event.add("summary", conference.title)
    event.add("dtstart", timezone.localtime(conference.start, STOCKHOLM))
    event.add("dtend", timezone.localtime(conference.end, STOCKHOLM))
    location = _location(conference.place, conference.is_digital)
    if location:
        event.add("location", location)
    event.add(
        "description",
        description(conference.intro, place_text(conference.place, conference.is_digital), url),
    )
    event.add("url", url)
    event.add("dtstamp", timezone.now())
    stamp_changes(event, conference, change_count(conference) if sequence is None else sequence)
    event.add("status", "CONFIRMED")
    return event
