"""The matches of a search, kept until the site's content changes.

A visitor who pages through a search, sorts it or narrows it with a filter repeats the same
query, and popular queries repeat across visitors. The best matches of a query and their
descriptions for the filters (a ``MatchSet``) depend only on the query, the language and
the content, so they are kept in the "pages" cache under the page cache's generation
token, which every change to content replaces (``core.cache_invalidation``). The
results page itself, its excerpts and the search statistics are still made for each
request. With the page cache off (``PAGE_CACHE_SECONDS = 0``) nothing is kept.
"""

import hashlib

from django.conf import settings

from core.cached_pages import page_cache
from core.models import PageCacheGeneration
from search.query import best_matches
from search.service.filters import MatchSet


def search_matches(parsed, locale, *, operator="and"):
    """The ``MatchSet`` of the cleaned query ``parsed`` among ``locale``'s live public pages."""
    if settings.PAGE_CACHE_SECONDS <= 0 or not parsed:
        return described(parsed, locale, operator)
    query = repr((parsed.words, parsed.phrases, operator))
    parts = (query, str(locale.pk), PageCacheGeneration.current())
    # Versioned with the MatchSet's shape, which pickled copies keep.
    key = "search-matches-2:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()
    cache = page_cache()
    matches = cache.get(key)
    if matches is None:
        matches = described(parsed, locale, operator)
        cache.set(key, matches, settings.PAGE_CACHE_SECONDS)
    return matches


def described(parsed, locale, operator):
    found = best_matches(parsed, locale, operator=operator)
    return MatchSet(found.ids, locale, widened=found.widened)
