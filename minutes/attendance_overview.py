"""A network's attendance overview for a year, read from its published minutes.

It takes a queryset of live public minutes pages and keeps its query count independent of
how many minutes there are.
"""

from dataclasses import dataclass

from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, NullIf

from minutes.dates import parse_year
from minutes.models.minutes_page import MinutesAttendee


@dataclass
class AttendanceRow:
    name: str
    attended: int


class AttendanceOverview:
    """For one year: how many meetings there were, and who attended how many of them."""

    def __init__(self, minutes, *, year=None):
        self.years = sorted({d.year for d in minutes.dates("meeting_date", "year")}, reverse=True)
        requested = parse_year(year)
        self.year = requested if requested else (self.years[0] if self.years else None)
        year_minutes = minutes.filter(meeting_date__year=self.year)
        self.meeting_count = year_minutes.count()
        present = MinutesAttendee.objects.filter(page__in=year_minutes.values("pk"), present=True)
        self.organisations = [
            AttendanceRow(row["organisation__name"], row["attended"])
            for row in present.filter(organisation__isnull=False)
            .values("organisation__name")
            .annotate(attended=Count("page", distinct=True))
            .order_by("-attended", "organisation__name")
        ]
        self.people = [
            AttendanceRow(row["attendee"], row["attended"])
            for row in present.annotate(
                attendee=Coalesce("person__name", NullIf(F("name"), Value("")))
            )
            .filter(attendee__isnull=False)
            .values("person_id", "attendee")
            .annotate(attended=Count("page", distinct=True))
            .order_by("-attended", "attendee")
        ]
