"""Filters of the search page: page type, network, organisation and year, with counts.

The search runs once and yields the ids of its best matches (at most ``MAX_MATCHES``); a
fixed number of queries then describe those pages, and filtering and counting happen in
Python. The counts of one filter take the other chosen filters into account, so each count
says how many results choosing that option would give.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateField, DateTimeField, F
from django.db.models.functions import Coalesce, TruncDate
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, get_page_models

from core.text_language import with_own_text
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from networks.models.network_page import NetworkPage

FILTERS = {
    "type": _("Type"),
    "network": _("Network"),
    "organisation": _("Organisation"),
    "year": _("Year"),
}
# Readers choose among kinds of pages, not page models: an index page counts with the
# pages it lists, and each kind is named in readers' words.
TYPE_GROUPS = {
    "networkindexpage": "networkpage",
    "conferenceindexpage": "conferencepage",
    "homepage": "standardpage",
}
TYPE_LABELS = {
    "minutespage": _("Minutes"),
    "networkpage": _("Networks"),
    "conferencepage": _("Conferences"),
    "contactindexpage": _("Contacts"),
    "standardpage": _("Other pages"),
}
# The date a result is sorted and filtered by; other pages go by their last publication.
DATE_FIELDS = {MinutesPage: "meeting_date", ConferencePage: "start"}
MAX_OPTIONS = 20


@dataclass(slots=True)
class Match:
    """What the filters need to know of one matching page."""

    id: int
    type: str
    date: date | None
    network: int | None
    organisation: int | None

    @property
    def year(self):
        return self.date.year if self.date else None

    def value(self, name):
        return self.year if name == "year" else getattr(self, name)


@dataclass(frozen=True)
class FacetOption:
    value: object
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list


def page_type_names():
    return {model._meta.model_name: model for model in get_page_models()}


def selected_filters(params):
    """The filters chosen in the query string; anything malformed is ignored."""
    chosen = {}
    page_type = params.get("type", "")
    if page_type in page_type_names():
        chosen["type"] = page_type
    for name in ("network", "organisation"):
        value = params.get(name, "")
        if value.isascii() and value.isdigit() and len(value) < 10:
            chosen[name] = int(value)
    year = params.get("year", "")
    if year.isascii() and year.isdigit() and len(year) == 4:
        chosen["year"] = int(year)
    return chosen


def match_date():
    """A match's date as one local date: its type's own date, else its last publication.

    Worked out by the database, so a thousand matches cost no conversions of values that
    are not used.
    """
    dates = []
    for model, field_name in DATE_FIELDS.items():
        chain = [*reversed(model._meta.get_parent_list()), model]
        names = [each._meta.model_name for each in chain if each is not Page]
        lookup = "__".join([*names, field_name])
        is_moment = isinstance(model._meta.get_field(field_name), DateTimeField)
        dates.append(TruncDate(lookup) if is_moment else F(lookup))
    return Coalesce(*dates, TruncDate("last_published_at"), output_field=DateField())


def nearest(networks_by_path, path):
    """The network at or nearest above the page at ``path``, by its tree path, or None."""
    for length in range(len(path), 0, -Page.steplen):
        network = networks_by_path.get(path[:length])
        if network is not None:
            return network
    return None


class MatchSet:
    """The best matches of a search, described for filtering, counting and sorting."""

    def __init__(self, ids, locale, *, widened=False):
        # Whether the search found the splits and joins of the query's compounds too.
        self.widened = widened
        # One query for all the matches: a thousand keys are costly to pass more than once.
        rows = (
            with_own_text(Page.objects.filter(id__in=ids))
            .order_by()
            .values_list("id", "path", "content_type_id", match_date())
        )
        networks = list(
            NetworkPage.objects.live()
            .public()
            .filter(locale=locale)
            .values_list("id", "path", "title", "organisation_id", "organisation__name")
        )
        self.labels = {
            "network": {network_id: title for network_id, _path, title, *_rest in networks},
            "organisation": {org_id: name for *_rest, org_id, name in networks},
        }
        networks_by_path = {network[1]: network for network in networks}
        type_names = {}
        described = {}
        for page_id, path, content_type_id, day in rows:
            network = nearest(networks_by_path, path)
            if content_type_id not in type_names:
                model = ContentType.objects.get_for_id(content_type_id).model_class()
                name = model._meta.model_name if model else ""
                type_names[content_type_id] = TYPE_GROUPS.get(name, name)
            described[page_id] = Match(
                id=page_id,
                type=type_names[content_type_id],
                date=day,
                network=network[0] if network else None,
                organisation=network[3] if network else None,
            )
        self.matches = [described[page_id] for page_id in ids if page_id in described]

    def __len__(self):
        return len(self.matches)

    def filtered(self, chosen, leave_out=None):
        return [
            match
            for match in self.matches
            if all(
                match.value(name) == value for name, value in chosen.items() if name != leave_out
            )
        ]

    def facets(self, chosen):
        """Each filter's options with the number of results each would give."""
        facets = []
        for name, label in FILTERS.items():
            counts = Counter(
                match.value(name)
                for match in self.filtered(chosen, leave_out=name)
                if match.value(name) is not None
            )
            if name in chosen:
                counts.setdefault(chosen[name], 0)
            if name == "year":
                values = sorted(counts, reverse=True)
            else:
                values = sorted(counts, key=lambda value: (-counts[value], self.label(name, value)))
            options = [
                FacetOption(
                    value=value,
                    label=self.label(name, value),
                    count=counts[value],
                    selected=chosen.get(name) == value,
                )
                for index, value in enumerate(values)
                if index < MAX_OPTIONS or chosen.get(name) == value
            ]
            if options:
                facets.append(Facet(name=name, label=label, options=options))
        return facets

    def label(self, name, value):
        if name == "type":
            # In the active language, not kept with the matches (search.service.kept_matches).
            if value in TYPE_LABELS:
                return str(TYPE_LABELS[value])
            model = page_type_names().get(value)
            return str(capfirst(model._meta.verbose_name_plural)) if model else str(value)
        return str(self.labels.get(name, {}).get(value, value))
