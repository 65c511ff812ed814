"""A network's attendance overview for a year, read from its published minutes.

It takes a queryset of live public minutes pages and keeps its query count independent of
how many minutes there are.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy as _

from minutes.dates import parse_year
from minutes.models.minutes_page import MinutesAttendee

# What a municipality's cell of a meeting says. A member organisation that is missing from a
# meeting's list was expected there, so it counts as absent; an organisation that is neither a
# member nor on the list came to other meetings as a guest and was not invited to this one.
PRESENT = "present"
ABSENT = "absent"
NOT_INVITED = "not_invited"
CELL_LABELS = {
    PRESENT: _("Present"),
    ABSENT: _("Absent"),
    NOT_INVITED: _("Not invited"),
}


@dataclass
class AttendanceRow:
    name: str
    attended: int


@dataclass
class Meeting:
    pk: int
    date: object
    title: str


@dataclass
class OrganisationRow:
    """A municipality or organisation's year: one cell per meeting, in date order."""

    name: str
    cells: list = field(default_factory=list)
    meetings: list = field(default_factory=list, repr=False)

    @property
    def attended(self):
        return self.cells.count(PRESENT)

    @property
    def expected(self):
        """The meetings it was invited to, which its rate is counted against."""
        return len(self.cells) - self.cells.count(NOT_INVITED)

    @property
    def rate(self):
        """The yearly attendance in whole per cent, or None if it was invited to none."""
        return round(100 * self.attended / self.expected) if self.expected else None

    @property
    def labelled_cells(self):
        """``(meeting, state, the state in words)`` for each meeting."""
        return [
            (meeting, cell, CELL_LABELS[cell])
            for meeting, cell in zip(self.meetings, self.cells, strict=True)
        ]


def organisation_rows(meetings, attendance, members):
    """One row per organisation on a list of the year or among the members, by name.

    ``attendance`` holds ``(page id, organisation id, name, present)``; ``members`` maps the
    member organisations' ids to their names.
    """
    names = dict(members)
    present, listed = set(), set()
    for page_id, organisation_id, name, is_present in attendance:
        names[organisation_id] = name
        listed.add((page_id, organisation_id))
        if is_present:
            present.add((page_id, organisation_id))

    def cell(meeting, organisation_id):
        if (meeting.pk, organisation_id) in present:
            return PRESENT
        if (meeting.pk, organisation_id) in listed or organisation_id in members:
            return ABSENT
        return NOT_INVITED

    rows = [
        OrganisationRow(name, [cell(meeting, pk) for meeting in meetings], meetings)
        for pk, name in names.items()
    ]
    return sorted(rows, key=lambda row: (-row.attended, row.name.casefold()))


class AttendanceOverview:
    """For one year: its meetings, and who attended how many of them.

    ``members`` is a queryset of the network's member people; their organisations are
    expected at every meeting, and appear even if they came to none.
    """

    def __init__(self, minutes, *, year=None, members=None):
        self.years = sorted({d.year for d in minutes.dates("meeting_date", "year")}, reverse=True)
        requested = parse_year(year)
        self.year = requested if requested else (self.years[0] if self.years else None)
        year_minutes = minutes.filter(meeting_date__year=self.year)
        self.meetings = [
            Meeting(row["pk"], row["meeting_date"], row["title"])
            for row in year_minutes.order_by("meeting_date", "pk").values(
                "pk", "meeting_date", "title"
            )
        ]
        self.meeting_count = len(self.meetings)
        attendees = MinutesAttendee.objects.filter(page__in=[m.pk for m in self.meetings])
        member_organisations = {}
        if members is not None and self.meetings:
            member_organisations = dict(
                members.filter(person__organisation__isnull=False).values_list(
                    "person__organisation_id", "person__organisation__name"
                )
            )
        self.organisations = organisation_rows(
            self.meetings,
            attendees.filter(organisation__isnull=False).values_list(
                "page_id", "organisation_id", "organisation__name", "present"
            ),
            member_organisations,
        )
        self.people = [
            AttendanceRow(row["attendee"], row["attended"])
            for row in attendees.filter(present=True)
            .annotate(attendee=Coalesce("person__name", NullIf(F("name"), Value(""))))
            .filter(attendee__isnull=False)
            .values("person_id", "attendee")
            .annotate(attended=Count("page", distinct=True))
            .order_by("-attended", "attendee")
        ]

    @property
    def cell_labels(self):
        return list(CELL_LABELS.items())
