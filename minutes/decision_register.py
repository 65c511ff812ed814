"""A network's decision register, read from its published minutes.

It takes a queryset of live public minutes pages and keeps its query count independent of
how many minutes there are.
"""

from dataclasses import dataclass

from minutes.agenda import agenda_item_anchor, list_block_values, raw_agenda_items
from minutes.dates import parse_year


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
