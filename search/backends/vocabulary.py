"""Which terms the search index holds, for splitting and joining a query's compounds.

Asked once per query with a bounded list of candidate terms, in one query to the index,
and kept in the cache until the site's content changes (the page cache's generation).
A backend that cannot say (a search server) knows no terms, and queries keep to the
domain's own compound parts.
"""

import hashlib

from django.core.cache import cache
from wagtail.search.backends import get_search_backend

from core.models import PageCacheGeneration
from search.backends.expressions import safe

# One query to the index asks about this many terms at most.
MAX_CANDIDATES = 128
CACHE_SECONDS = 600


def known_terms(candidates):
    """The ``candidates`` (analysed terms) that occur somewhere in the search index."""
    terms = list(dict.fromkeys(safe(term) for term in candidates))[:MAX_CANDIDATES]
    if not terms:
        return frozenset()
    lookup = getattr(get_search_backend(), "known_terms", None)
    if lookup is None:
        return frozenset()
    generation = PageCacheGeneration.current()
    if generation == "initial":
        # Before the first change nothing names the index's state: asked afresh each time.
        return frozenset(lookup(terms))
    digest = hashlib.sha256(" ".join(sorted(terms)).encode()).hexdigest()
    key = f"search:known-terms:{generation}:{digest}"
    known = cache.get(key)
    if known is None:
        known = frozenset(lookup(terms))
        cache.set(key, known, CACHE_SECONDS)
    return known
