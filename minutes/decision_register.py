"""A network's decision register, read from its published minutes.

It takes a queryset of live public minutes pages and keeps its query count independent of
how many minutes there are: the pages in one query, their follow-ups in another.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from minutes.agenda import agenda_item_anchor, list_block_values
from minutes.dates import parse_year
from minutes.models.follow_up import FollowUp, FollowUpState, shown_on, worded_on
from minutes.models.minutes_page import MinutesPage
from search.excerpts import plain_text
from search.synonyms import analysed_query
from search.text.analysis import text_matches

# Whether a decision has no follow-up at all, asked for as a state.
WITHOUT_FOLLOW_UP = "none"


@dataclass
class Decision:
    minutes: object
    section: str
    number: int | None
    heading: str
    clause: str
    anchor: str
    item_id: str = ""
    follow_ups: list = field(default_factory=list)
    # The agenda item's whole text, for the word search.
    item_text: str = ""

    @property
    def meeting_date(self):
        return self.minutes.meeting_date

    @property
    def own_text(self):
        return f"{self.section} {self.heading} {self.clause}"


def same_text(one, other):
    return one.strip().rstrip(".").casefold() == other.strip().rstrip(".").casefold()


def public_follow_ups(pages):
    """The confirmed follow-ups of ``pages``, by the agenda item they belong to.

    A translation of minutes shows the follow-ups of its source: the block ids of the agenda
    items are the same in every translation.
    """
    follow_ups = (
        FollowUp.objects.exclude(state=FollowUpState.PROPOSED)
        .select_related(
            "responsible_person",
            "responsible_organisation__parent",
            "responsible_network",
            "reported_in",
        )
        .order_by("pk")
    )
    # Known by the item's block id, which survives renumbering, and by its anchor, which an
    # editor may write for a follow-up added by hand.
    by_item = {}
    shown = list(shown_on(follow_ups, pages))
    word_as_translated(shown)
    for page, follow_up in shown:
        if follow_up.item_id:
            by_item.setdefault((page.pk, follow_up.item_id), []).append(follow_up)
        by_item.setdefault((page.pk, f"#{follow_up.anchor}"), []).append(follow_up)
    return by_item


def word_as_translated(shown):
    """Give each follow-up shown on a translation the clause as the translation words it.

    Only a translated register asks for the source minutes: one query, for all of them.
    """
    sources = {f.minutes_id for page, f in shown if page.pk != f.minutes_id}
    if not sources:
        return
    agendas = {page.pk: page for page in MinutesPage.objects.filter(pk__in=sources).only("agenda")}
    for page, follow_up in shown:
        if page.pk != follow_up.minutes_id:
            # The source's agenda, to find which of the item's clauses it belongs to.
            follow_up.minutes = agendas[follow_up.minutes_id]
            follow_up.shown_clause = worded_on(follow_up, page)[1]


def attach_follow_ups(decisions, follow_ups):
    """Give each decision its follow-ups: those on its own clause, else the item's.

    A follow-up written as a sentence of the notes rather than as a clause belongs to the
    item as a whole; it is shown with the item's first decision.
    """
    items = {}
    for decision in decisions:
        items.setdefault((decision.minutes.pk, decision.item_id), []).append(decision)
    for (page_pk, item_id), item_decisions in items.items():
        item_follow_ups = follow_ups.get((page_pk, item_id)) or follow_ups.get(
            (page_pk, f"#{item_decisions[0].anchor}"), []
        )
        for follow_up in item_follow_ups:
            decision = next(
                (
                    d
                    for d in item_decisions
                    if same_text(getattr(follow_up, "shown_clause", follow_up.clause), d.clause)
                ),
                item_decisions[0],
            )
            decision.follow_ups.append(follow_up)


class DecisionRegister:
    """Every decision clause, newest meeting first, in agenda order within a meeting.

    With a word search, ``found`` is the ids of the minutes the site's search finds for
    it, best first (the network page asks ``search.service.find``): the register then lists
    those meetings in that order, each with the decisions of its agenda items that hold the
    words, or all its decisions when the words are elsewhere in the meeting (its title,
    notes or attachments). Without ``found`` the words are looked for as typed.
    """

    def __init__(self, minutes, *, year=None, query=None, state=None, responsible=None, found=None):
        self.years = sorted({d.year for d in minutes.dates("meeting_date", "year")}, reverse=True)
        self.year = parse_year(year)
        self.query = (query or "").strip()
        self.state = state if state in self.state_choices_values() else ""
        pages = minutes.order_by("-meeting_date", "-pk").only(
            "id",
            "title",
            "url_path",
            "meeting_date",
            "agenda",
            "locale_id",
            "translation_key",
            "alias_of_id",
        )
        if self.year:
            pages = pages.filter(meeting_date__year=self.year)
        self.found = found if self.query else None
        if self.found is not None:
            place = {page_id: index for index, page_id in enumerate(self.found)}
            pages = sorted(pages.filter(pk__in=self.found), key=lambda page: place[page.pk])
        pages = list(pages)
        decisions = [decision for page in pages for decision in self._decisions(page)]
        if self.found is not None and pages:
            decisions = found_decisions(decisions, self.query, pages[0].locale.language_code)
        attach_follow_ups(decisions, public_follow_ups(pages))
        self.responsible_choices = responsible_choices(decisions)
        keys = {key for key, _name in self.responsible_choices}
        self.responsible = responsible if responsible in keys else ""
        self.decisions = [decision for decision in decisions if self._matches(decision)]
        self.by_year = DecisionsByYear(self.decisions)

    @staticmethod
    def state_choices_values():
        return {WITHOUT_FOLLOW_UP, *(value for value, _label in public_states())}

    @property
    def state_choices(self):
        return public_states()

    def _decisions(self, page):
        for stored in page.agenda.raw_data:
            if stored.get("type") != "item":
                continue
            value = stored["value"]
            for clause in list_block_values(value.get("decisions")):
                yield Decision(
                    minutes=page,
                    section=value.get("section") or "",
                    number=value.get("number"),
                    heading=value.get("heading") or "",
                    clause=clause,
                    anchor=agenda_item_anchor(value),
                    item_id=stored.get("id") or "",
                    item_text=item_text(value),
                )

    def _matches(self, decision):
        return (
            self._matches_query(decision)
            and self._matches_state(decision)
            and self._matches_responsible(decision)
        )

    def _matches_query(self, decision):
        if not self.query or self.found is not None:
            return True
        needle = self.query.casefold()
        return any(
            needle in text.casefold()
            for text in (decision.clause, decision.heading, decision.section)
        )

    def _matches_state(self, decision):
        if not self.state:
            return True
        if self.state == WITHOUT_FOLLOW_UP:
            return not decision.follow_ups
        return any(f.state == self.state for f in decision.follow_ups)

    def _matches_responsible(self, decision):
        if not self.responsible:
            return True
        return any(f.responsible_key() == self.responsible for f in decision.follow_ups)


class DecisionsByYear:
    """How many decisions each year has, by the state of their follow-up, newest year first.

    A decision with several follow-ups counts under its first one's state.
    """

    def __init__(self, decisions):
        self.states = [
            (WITHOUT_FOLLOW_UP, _("No follow-up")),
            *((value, str(label)) for value, label in public_states()),
        ]
        by_year = {}
        for decision in decisions:
            state = decision.follow_ups[0].state if decision.follow_ups else WITHOUT_FOLLOW_UP
            counts = by_year.setdefault(decision.meeting_date.year, {})
            counts[state] = counts.get(state, 0) + 1
        self.rows = [
            (year, counts, sum(counts.values()))
            for year, counts in sorted(by_year.items(), reverse=True)
        ]

    def table(self):
        """Rows of ``(year, [(state's name, count) in the order of states], total)``."""
        return [
            (year, [(label, counts.get(state, 0)) for state, label in self.states], total)
            for year, counts, total in self.rows
        ]


def item_text(value):
    """An agenda item's words as a reader sees them: heading, notes and decisions."""
    clauses = list_block_values(value.get("decisions"))
    parts = [value.get("section"), value.get("heading"), plain_text(value.get("body") or "")]
    return " ".join(part for part in (*parts, *clauses) if isinstance(part, str) and part)


def found_decisions(decisions, query, language):
    """Of each found meeting, the decisions that hold the query's words.

    A decision holds them in its clause, its item's heading or its section; failing that,
    the decisions of the agenda items whose notes hold them; a meeting found for words
    outside its agenda items (its title or attachments) keeps all its decisions, so the
    register lists every meeting the site's search finds.
    """
    clauses = analysed_query(query, language)
    by_meeting = {}
    for decision in decisions:
        by_meeting.setdefault(decision.minutes.pk, []).append(decision)
    kept = []
    for meeting_decisions in by_meeting.values():
        own = [d for d in meeting_decisions if text_matches(d.own_text, clauses, language)]
        in_item = [d for d in meeting_decisions if text_matches(d.item_text, clauses, language)]
        kept.extend(own or in_item or meeting_decisions)
    return kept


def public_states():
    """The states a reader may filter by: an unconfirmed proposal is not public."""
    return [(value, label) for value, label in FollowUpState.choices if value != "proposed"]


def responsible_choices(decisions):
    """Everyone responsible for a follow-up in the register, as ``(key, name)`` by name."""
    choices = {
        follow_up.responsible_key(): str(follow_up.responsible)
        for decision in decisions
        for follow_up in decision.follow_ups
        if follow_up.responsible is not None
    }
    return sorted(choices.items(), key=lambda choice: choice[1].casefold())
