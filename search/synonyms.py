"""The synonym groups editors keep in the admin, read through the cache for the analysis.

``search.text.analysis`` reads no database: every door that analyses a visitor's query
asks here for the editors' synonyms and passes them in.
"""

import contextvars
from contextlib import contextmanager, nullcontext

from django.core.cache import cache
from django.db import DatabaseError

from search.backends.vocabulary import known_terms
from search.models import Synonym
from search.text.analysis import (
    LANGUAGES,
    normalise_language,
    query_clauses,
    query_terms,
    synonym_group,
    vocabulary_candidates,
)

SYNONYM_CACHE_KEY = "search:synonyms:{language}"
SYNONYM_CACHE_SECONDS = 300
# Off while the words are searched as typed, to rank the pages that have them first.
_with_vocabulary = contextvars.ContextVar("search_with_vocabulary", default=True)


@contextmanager
def words_as_typed():
    """Analyse queries without the splits and joins the index's vocabulary offers."""
    token = _with_vocabulary.set(False)
    try:
        yield
    finally:
        _with_vocabulary.reset(token)


def as_searched(widened):
    """Analyse queries as a search was: with the vocabulary's splits and joins only if it
    searched them (``search.query.best_matches``)."""
    return nullcontext() if widened else words_as_typed()


def known_for(query, language, autocomplete=False):
    if autocomplete or not _with_vocabulary.get():
        return None
    return known_terms(vocabulary_candidates(query, language))


def widened_by_vocabulary(query, language="sv"):
    """Whether the index's vocabulary adds splits or joins to the query's own words."""
    known = known_for(query, language)
    if not known:
        return False
    groups = synonym_groups(language)
    return query_clauses(query, language, synonym_groups=groups) != query_clauses(
        query, language, synonym_groups=groups, known_terms=known
    )


def synonym_groups(language="sv"):
    """The synonym groups of a language, each a list of analysed alternatives.

    Read through the cache, which is cleared whenever a synonym is saved or deleted.
    """
    language = normalise_language(language)
    key = SYNONYM_CACHE_KEY.format(language=language)
    groups = cache.get(key)
    if groups is None:
        try:
            rows = list(Synonym.objects.filter(language=language).values_list("terms", flat=True))
        except DatabaseError:
            # Before the migrations have run, for example while the test database is built.
            rows = []
        groups = [group for group in (synonym_group(r, language) for r in rows) if len(group) > 1]
        cache.set(key, groups, SYNONYM_CACHE_SECONDS)
    return groups


def analysed_query(query, language="sv", *, autocomplete=False):
    """A visitor's query as clauses, expanded with the editors' synonyms and with the
    splits and joins of its compounds that the index's vocabulary holds."""
    known = known_for(query, language, autocomplete)
    return query_clauses(
        query,
        language,
        synonym_groups=synonym_groups(language),
        autocomplete=autocomplete,
        known_terms=known,
    )


def analysed_terms(query, language="sv"):
    """Every term a visitor's query can match, the editors' synonyms included."""
    return query_terms(
        query,
        language,
        synonym_groups=synonym_groups(language),
        known_terms=known_for(query, language),
    )


def clear_synonym_cache(**kwargs):
    cache.delete_many([SYNONYM_CACHE_KEY.format(language=language) for language in LANGUAGES])
