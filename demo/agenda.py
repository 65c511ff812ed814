"""Shorthands for the structured parts of demo minutes and meeting schedules."""

import datetime
from dataclasses import dataclass

from demo.publishing import paragraphs
from minutes.agenda import agenda_item_data
from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesAttendee
from networks.models.choices import MeetingKind
from networks.models.network_page import NetworkMeeting


def agenda_item(
    heading,
    *,
    section="",
    number=None,
    presenters=(),
    body=(),
    decisions=(),
    schedule=(),
    attachments=(),
    follow_up="",
):
    """One ``item`` block of a minutes page's agenda; ``body`` holds plain paragraphs."""
    return agenda_item_data(
        section=section,
        number=number,
        heading=heading,
        presenters=presenters,
        body=paragraphs(*body),
        decisions=decisions,
        schedule=schedule,
        attachments=attachments,
        follow_up=follow_up,
    )


def attendee(person, area="", role="", *, present=True):
    return MinutesAttendee(
        person=person, organisation=person.organisation, area=area, role=role, present=present
    )


def guest(name, organisation=None, area=""):
    """An attendee who is not in the register, written as the minutes name them."""
    return MinutesAttendee(
        name=name, organisation=organisation, area=area, role=NetworkRole.GUEST, present=True
    )


@dataclass(frozen=True)
class ScheduledMeeting:
    """A meeting in a network's schedule; dates and times as ISO strings."""

    date: str
    end_date: str = ""
    start: str = "08:30"
    end: str = "14:30"
    time_note: str = ""
    kind: str = MeetingKind.MEETING
    place: str = ""
    digital: bool = False
    cancelled: bool = False

    @property
    def days(self):
        first = datetime.date.fromisoformat(self.date)
        last = datetime.date.fromisoformat(self.end_date) if self.end_date else first
        return [first + datetime.timedelta(days=n) for n in range((last - first).days + 1)]

    def as_network_meeting(self):
        timed = not self.time_note
        return NetworkMeeting(
            date=self.days[0],
            end_date=self.days[-1] if self.end_date else None,
            start_time=datetime.time.fromisoformat(self.start) if timed else None,
            end_time=datetime.time.fromisoformat(self.end) if timed else None,
            time_note=self.time_note,
            kind=self.kind,
            place=self.place,
            is_digital=self.digital,
            cancelled=self.cancelled,
        )

    def as_adopted_rows(self):
        """Rows for a schedule adopted in minutes, which list each day of a meeting."""
        time = self.time_note or f"{self.start}–{self.end}".replace(":", ".")
        kind = _KIND_AS_WRITTEN.get(self.kind, "")
        if self.digital:
            kind = f"{kind}, digitalt"
        return [(day, time, kind) for day in self.days]


# How the kinds are written in Swedish minutes; the content is Swedish, not the interface.
_KIND_AS_WRITTEN = {
    MeetingKind.MEETING: "möte",
    MeetingKind.CONFERENCE: "internat",
    MeetingKind.WORKSHOP: "workshop",
}
