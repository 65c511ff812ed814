"""The one search every door asks: the search page, the search box's suggestions, the API's
``?search=`` and a network's decision register.

Each door passes what its visitor typed, the language (a ``Locale``) to search in and the
filters it understands, and gets the same pages in the same order: the query is cleaned the
same way (``search.query``), analysed in the locale's language whatever language the
request is in, limited to live public pages of that locale whose text is their own (an
alias or an untranslated copy shows another language's text and is found in that language
instead), and narrowed by the same filters as the search page's.
"""

from dataclasses import dataclass
from functools import cached_property

from django.utils import translation
from wagtail.models import Page

from core.text_language import with_own_text
from search.query import read_query
from search.service.filters import MatchSet, selected_filters
from search.service.kept_matches import search_matches

# The search box offers this many titles, and asks the backend for a few more to leave
# room for the pages whose text is not their own.
MAX_SUGGESTIONS = 8


@dataclass
class Found:
    """What a search found: the cleaned query, its matches described, the chosen filters."""

    parsed: object
    matches: MatchSet
    chosen: dict

    @cached_property
    def ids(self):
        """The ids of the pages found, best first, narrowed by the chosen filters."""
        return [match.id for match in self.matches.filtered(self.chosen)]


def find_pages(text, locale, filters=None, *, operator="and"):
    """Search ``locale``'s live public pages for ``text``, narrowed by ``filters``.

    ``filters`` are the search page's (``type``, ``network``, ``organisation``, ``year``)
    as strings, the way a query string gives them; malformed ones are ignored. With
    ``operator="or"`` a page needs only one of the words.
    """
    parsed = read_query(text)
    with translation.override(locale.language_code):
        matches = search_matches(parsed, locale, operator=operator)
    return Found(parsed=parsed, matches=matches, chosen=selected_filters(filters or {}))


def suggest_pages(text, locale):
    """Live public pages of ``locale`` whose titles begin with the words typed so far.

    The search box's door: the same cleaning, language and privacy as ``find_pages``, but
    matching the last word as a prefix.
    """
    typed = read_query(text).autocomplete_text()
    with translation.override(locale.language_code):
        candidates = list(
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .autocomplete(typed)[: MAX_SUGGESTIONS * 2]
        )
    own = set(
        with_own_text(Page.objects.filter(pk__in=[page.pk for page in candidates])).values_list(
            "pk", flat=True
        )
    )
    return [page for page in candidates if page.pk in own][:MAX_SUGGESTIONS]
