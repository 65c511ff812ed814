"""A network's decision register and attendance overview, read from its published minutes.

Both take a queryset of live public minutes pages and keep their query count independent
of how many minutes there are.
"""

from dataclasses import dataclass

from django.db.models import Count, F, Value
from django.db.models.functions import Coalesce, NullIf

from minutes.agenda import agenda_item_anchor, list_block_values, raw_agenda_items
from minutes.models.minutes_page import MinutesAttendee


def parse_year(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass
class Decision:
    minutes: object
    section: str
    number: int | None
    heading: str
    clause: str
    anchor: str

    @property
    def meeting_date(self):
        return self.minutes.meeting_date


class DecisionRegister:
    """Every decision clause, newest meeting first, in agenda order within a meeting."""

    def __init__(self, minutes, *, year=None, query=None):
        self.years = sorted({d.year for d in minutes.dates("meeting_date", "year")}, reverse=True)
        self.year = parse_year(year)
        self.query = (query or "").strip()
        pages = minutes.order_by("-meeting_date", "-pk").only(
            "id", "title", "url_path", "meeting_date", "agenda", "locale_id"
        )
        if self.year:
            pages = pages.filter(meeting_date__year=self.year)
        self.decisions = [
            decision
            for page in pages
            for decision in self._decisions(page)
            if self._matches(decision)
        ]

    def _decisions(self, page):
        for value in raw_agenda_items(page):
            for clause in list_block_values(value.get("decisions")):
                yield Decision(
                    minutes=page,
                    section=value.get("section") or "",
                    number=value.get("number"),
                    heading=value.get("heading") or "",
                    clause=clause,
                    anchor=agenda_item_anchor(value),
                )

    def _matches(self, decision):
        if not self.query:
            return True
        needle = self.query.casefold()
        return any(
            needle in text.casefold()
            for text in (decision.clause, decision.heading, decision.section)
        )


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
