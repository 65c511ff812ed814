"""The synonym groups editors keep in the admin, read through the cache for the analysis.

``search.text.analysis`` reads no database: every door that analyses a visitor's query
asks here for the editors' synonyms and passes them in.
"""

from django.core.cache import cache
from django.db import DatabaseError

from search.models import Synonym
from search.text.analysis import (
    LANGUAGES,
    normalise_language,
    query_clauses,
    query_terms,
    synonym_group,
)

SYNONYM_CACHE_KEY = "search:synonyms:{language}"
SYNONYM_CACHE_SECONDS = 300


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
    """A visitor's query as clauses, expanded with the editors' synonyms."""
    return query_clauses(
        query, language, synonym_groups=synonym_groups(language), autocomplete=autocomplete
    )


def analysed_terms(query, language="sv"):
    """Every term a visitor's query can match, the editors' synonyms included."""
    return query_terms(query, language, synonym_groups=synonym_groups(language))


def clear_synonym_cache(**kwargs):
    cache.delete_many([SYNONYM_CACHE_KEY.format(language=language) for language in LANGUAGES])
