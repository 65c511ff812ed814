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

import contextvars
import hashlib
from contextlib import contextmanager

from django.conf import settings
from django.db.models import Exists, IntegerField, OuterRef, Q
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
# Where a term goes in the query compiled once for every term: no analysed term has a space.
STAND_IN = "term to look up"


# The terms looked up during one search (``one_search``): its query is compiled several
# times (the match, its rank, the words as typed), and each asked the index again.
_looked_up = contextvars.ContextVar("search_known_terms", default=None)


@contextmanager
def one_search():
    """Look each list of candidates up once in the enclosed block, and in any around it."""
    if _looked_up.get() is not None:
        yield
        return
    token = _looked_up.set({})
    try:
        yield
    finally:
        _looked_up.reset(token)


def known_terms(candidates):
    """The ``candidates`` (analysed terms) that occur somewhere in the search index."""
    terms = list(dict.fromkeys(safe(term) for term in candidates))[:MAX_CANDIDATES]
    if not terms:
        return frozenset()
    looked_up = _looked_up.get()
    if looked_up is None:
        return _known_terms(terms)
    key = tuple(sorted(terms))
    if key not in looked_up:
        looked_up[key] = _known_terms(terms)
    return looked_up[key]


def _known_terms(terms):
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


def public_entry(object_id="object_id"):
    """The condition on index rows of pages anyone may read, checked row by row.

    ``object_id`` is the path to the row's ``object_id`` from the filtered model. Each row
    the full-text index yields is checked by its page's key, so a term that a public page
    holds is known at the first such row: listing every public row first cost seconds on a
    large archive, for every term.
    """
    pages = published(Page.objects.filter(pk=Cast(OuterRef(object_id), IntegerField())))
    content_type = object_id.removesuffix("object_id") + "content_type_id__in"
    return Q(Exists(pages), **{content_type: get_descendants_content_types_pks(Page)})


def union_of_known(terms, sql, params):
    """SQL and parameters selecting those of ``terms`` a public page's index row holds.

    ``sql`` and ``params`` select such rows for ``STAND_IN``, which each term replaces in
    the parameters: the query is built and compiled once, which cost more per term than
    running it.
    """
    selects, all_params = [], []
    for term in terms:
        selects.append(f"SELECT %s WHERE EXISTS ({sql})")
        all_params.append(term)
        all_params.extend(
            value.replace(STAND_IN, term) if isinstance(value, str) else value for value in params
        )
    return " UNION ALL ".join(selects), all_params
