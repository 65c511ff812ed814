"""One page of the public search: results, filters, sorting, paging and suggestions."""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from search.backends.vocabulary import one_search
from search.excerpts import snippet
from search.query import MAX_MATCHES, matching_ids, read_query
from search.service.attachment_hits import attachment_hits
from search.service.filters import FILTERS
from search.service.find import find_pages
from search.service.promotions import promotions
from search.service.suggestions import did_you_mean
from search.synonyms import analysed_terms, as_searched

RESULTS_PER_PAGE = 10
# Language names as they read inside a sentence: "3 sidor på engelska".
LANGUAGE_NAMES = {
    "sv": pgettext_lazy("language in a sentence", "Swedish"),
    "en": pgettext_lazy("language in a sentence", "English"),
}
SORTS = {"relevance": _("Relevance"), "date": _("Newest first")}


@dataclass
class Result:
    page: Page
    snippet: str
    date: date | None
    attachments: list = field(default_factory=list)
    # The kind of page in readers' words, as the type filter names it.
    kind: str = ""


@dataclass(frozen=True)
class Link:
    """A filter, sort or suggestion link, with its state for ``aria-current``."""

    label: str
    url: str
    count: int | None = None
    current: bool = False


@dataclass(frozen=True)
class OtherLanguage:
    """The results of the same search in another language, offered when this one found none."""

    language: str
    name: str
    count: int
    url: str


@dataclass(frozen=True)
class FacetLinks:
    name: str
    label: str
    links: list


def page_number(raw, last):
    """The page asked for, within 1..``last``; anything else is the first page."""
    if isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) < 7:
        return min(max(int(raw), 1), last)
    return 1


class SearchPage:
    """What the search template shows for one request."""

    max_matches = MAX_MATCHES

    def __init__(self, request):
        self.request = request
        self.language = get_language()
        self.locale = Locale.get_active()
        with one_search():
            found = find_pages(request.GET.get("q", ""), self.locale, request.GET)
            self.parsed = found.parsed
            self.query = self.parsed.text
            # The words to highlight, split and joined as the search was: asked together.
            with as_searched(found.matches.widened):
                self.terms = analysed_terms(self.query, self.language)
        sort = request.GET.get("sort", "")
        self.sort = sort if sort in SORTS else "relevance"
        self.chosen = found.chosen
        self.matches = found.matches
        filtered = self.matches.filtered(self.chosen)
        if self.sort == "date":
            filtered = sorted(filtered, key=lambda match: match.date or date.min, reverse=True)
        self.promoted = promotions(self.query, self.locale) if self.query else []
        promoted_ids = {page.pk for _title, page, _text in self.promoted if isinstance(page, Page)}
        filtered = [match for match in filtered if match.id not in promoted_ids]
        self.count = len(filtered)
        paginator = Paginator(filtered, RESULTS_PER_PAGE)
        self.page_obj = paginator.page(page_number(request.GET.get("page"), paginator.num_pages))
        if self.page_obj.number > 1:
            self.promoted = []

    @property
    def is_first_view(self):
        """A new search, not a further page or a narrowing of one already counted."""
        asked_for = self.request.GET.get("page", "1")
        return asked_for in ("", "1") and not self.chosen and self.sort == "relevance"

    @property
    def capped(self):
        return len(self.matches) >= MAX_MATCHES

    def url(self, **changes):
        params = {"q": self.query, "sort": self.sort, **self.chosen}
        params.update(changes)
        if params.get("sort") == "relevance":
            params.pop("sort")
        return "?" + urlencode({key: value for key, value in params.items() if value is not None})

    @cached_property
    def results(self):
        matches = list(self.page_obj.object_list)
        pages = Page.objects.filter(id__in=[match.id for match in matches]).specific()
        by_id = {page.pk: page for page in pages}
        terms = self.terms
        with one_search(), as_searched(self.matches.widened):
            attachments = attachment_hits(
                self.request, list(by_id.values()), self.query, self.language
            )
        results = []
        for match in matches:
            page = by_id.get(match.id)
            if page is None:
                continue
            results.append(
                Result(
                    page=page,
                    snippet=snippet(page, self.query, self.language, terms),
                    date=match.date,
                    attachments=attachments.get(page.pk, []),
                    kind=self.matches.label("type", match.type),
                )
            )
        return results

    @cached_property
    def facets(self):
        return [
            FacetLinks(
                name=facet.name,
                label=facet.label,
                links=[
                    Link(
                        label=option.label,
                        count=option.count,
                        current=option.selected,
                        url=self.url(**{facet.name: None if option.selected else option.value}),
                    )
                    for option in facet.options
                ],
            )
            for facet in self.matches.facets(self.chosen)
        ]

    @cached_property
    def chosen_filters(self):
        """Each chosen filter with the link that removes it, for loosening a narrow search."""
        return [
            Link(
                label=f"{FILTERS[name]}: {self.matches.label(name, value)}",
                url=self.url(**{name: None}),
                count=len(self.matches.filtered(self.chosen, leave_out=name)),
            )
            for name, value in self.chosen.items()
        ]

    @cached_property
    def sorts(self):
        return [
            Link(label=label, url=self.url(sort=key), current=key == self.sort)
            for key, label in SORTS.items()
        ]

    @cached_property
    def suggestion(self):
        """A corrected query that finds something, offered when nothing was found."""
        if len(self.matches) or not self.parsed:
            return None
        corrected = did_you_mean(self.query, self.locale)
        if not corrected or not matching_ids(read_query(corrected), self.locale):
            return None
        return Link(label=corrected, url="?" + urlencode({"q": corrected}))

    @cached_property
    def other_language(self):
        """The first other language whose pages match, when nothing matched in this one.

        A Swedish word typed on the English site, or an English term on the Swedish one,
        finds its pages there; the reader is told and sent to those results.
        """
        if self.count or self.promoted or self.chosen or not self.parsed:
            return None
        for locale in Locale.objects.exclude(pk=self.locale.pk).order_by("pk"):
            found = find_pages(self.query, locale)
            if found.ids:
                with translation.override(locale.language_code):
                    url = reverse("search") + "?" + urlencode({"q": self.query})
                name = LANGUAGE_NAMES.get(locale.language_code[:2])
                if name is None:
                    name = get_language_info(locale.language_code)["name_translated"]
                return OtherLanguage(
                    language=locale.language_code,
                    name=str(name),
                    count=len(found.ids),
                    url=url,
                )
        return None
