"""Which terms the search index holds, for splitting and joining a query's compounds.

Asked once per query with a bounded list of candidate terms, in one query to the index,
and kept as the search's matches are (``search.service.kept_matches``): in the "pages"
cache under the page cache's generation, which every change to content replaces, and only
while the page cache is on.
A backend that cannot say (a search server) knows no terms, and queries keep to the
domain's own compound parts.

Only the rows of pages anyone may read count: whether a query is split or joined must not
tell whether a draft or a private page uses a word.
"""

import hashlib

from django.conf import settings
from django.db.models import TextField
from django.db.models.functions import Cast
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.access_policy import published
from core.cached_pages import page_cache
from core.models import PageCacheGeneration
from search.backends.expressions import safe

# One query to the index asks about this many terms at most.
MAX_CANDIDATES = 128


def known_terms(candidates):
    """The ``candidates`` (analysed terms) that occur somewhere in the search index."""
    terms = list(dict.fromkeys(safe(term) for term in candidates))[:MAX_CANDIDATES]
    if not terms:
        return frozenset()
    lookup = getattr(get_search_backend(), "known_terms", None)
    if lookup is None:
        return frozenset()
    if settings.PAGE_CACHE_SECONDS <= 0:
        return frozenset(lookup(terms))
    generation = PageCacheGeneration.current()
    digest = hashlib.sha256(" ".join(sorted(terms)).encode()).hexdigest()
    key = f"search-known-terms:{generation}:{digest}"
    cache = page_cache()
    known = cache.get(key)
    if known is None:
        known = frozenset(lookup(terms))
        cache.set(key, known, settings.PAGE_CACHE_SECONDS)
    return known


def public_rows(index_entries):
    """SQL and parameters of the index rows (``id``) of the pages anyone may read."""
    public_ids = (
        published(Page.objects.all()).annotate(text_id=Cast("pk", TextField())).values("text_id")
    )
    rows = index_entries.filter(
        content_type_id__in=get_descendants_content_types_pks(Page), object_id__in=public_ids
    ).values("id")
    return rows.query.sql_with_params()
