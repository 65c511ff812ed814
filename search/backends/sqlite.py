"""SQLite FTS5 search with the Swedish and English text analysis.

modelsearch's SQLite backend takes no tokenizer or analyser option: its FTS5 table uses the
default tokenizer and its indexer stores the fields' raw text. This subclass stores the
analysed terms instead and compiles queries from the same analysis.

It also ranks in one pass. modelsearch orders the matches by a score computed in a
correlated subquery, which runs the full-text query again for every matching row: a
search that matched a few thousand minutes took half a minute. Here the full-text query
runs once, scores and orders its matches among the rows of the searched queryset, and the
objects of the page asked for are then read by primary key. A search ranks at most
``SEARCH_MAX_RANKED`` of its matches (``search.backends.bounded_ranking``).
"""

import operator
from functools import reduce

from django.db import connection
from django.db.models import AutoField, BigAutoField, Exists, IntegerField, OuterRef
from django.db.models.expressions import Expression
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    BM25,
    MatchExpression,
    SearchQueryCombinable,
    SearchQueryField,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from core.wagtail_internals.queryset_kinds import yields_values
from search.backends.bounded_ranking import RankedResultsMixin, best_first, max_ranked
from search.backends.expressions import fts5_expression
from search.backends.indexed_fields import ReadOnceMixin, is_autocomplete, is_body, is_title
from search.backends.language import query_language
from search.backends.vocabulary import STAND_IN, public_entry, union_of_known
from search.synonyms import analysed_query
from search.text.analysis import index_text

TITLE_WEIGHT = 4.0
# Matches no indexed term: every indexed term is letters and digits.
NOTHING = '"-"'
# The columns of modelsearch's FTS table: a term is known wherever a public page holds it.
EVERY_COLUMN = ["autocomplete", "title", "body"]


class AnalysedObjectIndexer(ReadOnceMixin, ObjectIndexer):
    """ObjectIndexer storing analysed terms, reading each field's value once."""

    def analysed(self, wanted):
        text = " ".join(value for field, value in self.values if wanted(field))
        return index_text(text, self.language)

    @cached_property
    def title(self):
        return self.analysed(is_title)

    @cached_property
    def body(self):
        return self.analysed(is_body)

    @cached_property
    def autocomplete(self):
        return self.analysed(is_autocomplete)


class AnalysedSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs):
        """SQLiteIndex.add_items with the analysing indexer; the original names its class."""
        if not model.get_search_fields():
            return
        entries = {}
        for obj in objs:
            indexer = AnalysedObjectIndexer(obj, self.backend)
            entries[indexer.id] = {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
        if not entries:
            return
        content_type_pk = get_content_type_pk(model)
        for_type = self.entries.filter(content_type_id=content_type_pk)
        indexed = set(for_type.filter(object_id__in=entries).values_list("object_id", flat=True))
        for object_id in indexed:
            for_type.filter(object_id=object_id).update(**entries[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, **values)
            for object_id, values in entries.items()
            if object_id not in indexed
        )
        self._refresh_title_norms()


class FTSQuery(SearchQueryCombinable, Expression):
    """A ready-made FTS5 expression, combinable like modelsearch's own query expressions."""

    def __init__(self, expression):
        super().__init__(output_field=SearchQueryField())
        self.expression = expression

    def as_sql(self, compiler, connection):
        return "%s", [self.expression]


class AnalysedQueryMixin:
    AUTOCOMPLETE = False

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            clauses = analysed_query(
                query.query_string, query_language(), autocomplete=self.AUTOCOMPLETE
            )
            operator = "OR" if query.operator.lower() == "or" else "AND"
            return FTSQuery(fts5_expression(clauses, operator) or NOTHING)
        if isinstance(query, Phrase):
            clauses = analysed_query(f'"{query.query_string}"', query_language())
            return FTSQuery(fts5_expression(clauses) or NOTHING)
        return super().build_search_query_content(query, config=config)


class RankedInOnePassMixin:
    """Query compiler methods for matching and ranking with one run of the full-text query."""

    def matches(self, config, columns=None):
        """The index rows matching the query among the queryset's rows, or None to fall back.

        Matched in the searched fields, or in ``columns`` of them. None for what
        modelsearch's own path handles well or alone: no query, a negated one, a queryset
        of values rather than objects, keys that are not integers.
        """
        query = normalize(self.query)
        queryset = self.queryset
        if (
            isinstance(query, (MatchAll, Not))
            or yields_values(queryset)
            or not isinstance(queryset.model._meta.pk, (AutoField, BigAutoField, IntegerField))
        ):
            return None
        match = self.match_in(columns or self.fields or self.FTS_TABLE_FIELDS, config)
        # Each match's row looked up by key: quicker than listing every searchable key.
        searched = queryset.order_by().filter(
            pk=Cast(OuterRef("index_entry__object_id"), IntegerField())
        )
        return SQLiteFTSIndexEntry.objects.filter(
            match,
            Exists(searched),
            index_entry__content_type__in=get_descendants_content_types_pks(queryset.model),
        )

    def match_in(self, columns, config):
        """The full-text query, matched in the FTS table's ``columns``."""
        query = self.build_search_query(normalize(self.query), config=config)
        return MatchExpression(columns, query)

    def ranked(self, matches, config):
        """``(key, score)`` of the best matches, best first, ranked among at most
        ``SEARCH_MAX_RANKED`` of them (see ``search.backends.bounded_ranking``).

        Ties are broken by the newest key first, as modelsearch's ordering does.
        """
        rank = self._build_rank_expression(self.get_search_vectors(), config)
        key = Cast("index_entry__object_id", IntegerField())
        scored = matches.annotate(score=rank, key=key).values_list("pk", "key", "score")
        # FTS5 gives its rows newest first by itself, and scores only those read.
        bound = max_ranked()
        candidates = list(scored.order_by("-pk")[:bound])
        columns = self.fields or self.FTS_TABLE_FIELDS
        if len(candidates) == bound and "title" in columns:
            # The matches not read are those older than the last read. A match in the
            # title is one in the searched fields: one full-text query for both.
            older = self.matches(config, columns=["title"]).filter(pk__lt=candidates[-1][0])
            rows = list(older.order_by("-pk").values_list("pk", flat=True)[:bound])
            candidates.extend(scored.filter(pk__in=rows))
        scores = ((key, score) for _row, key, score in candidates)
        return best_first(scores, lower_is_better=True)

    def ranking(self, config):
        matches = self.matches(config)
        return None if matches is None else self.ranked(matches, config)


class RankedSQLiteSearchResults(RankedResultsMixin, SQLiteSearchResults):
    """Results ranked in one pass of the full-text query (see the module's docstring)."""


class TitleWeightedBM25(BM25):
    """BM25 that counts a match in the title as much as several in the body.

    Columns in the order of modelsearch's FTS table: autocomplete (the title again, so not
    counted), body, title.
    """

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class AnalysedSearchQueryCompiler(
    RankedInOnePassMixin, AnalysedQueryMixin, SQLiteSearchQueryCompiler
):
    def _build_rank_expression(self, vectors, config):
        """One ``bm25()`` for the whole query, times the sum of the vectors' weights.

        ``bm25()`` scores a row against the whole MATCH expression, whichever part of the
        query a rank is built for. modelsearch builds one per vector and per part of the
        query, so SQLite computed the same score two to four times, and it combines the
        parts of an ``And`` as (1 + b1)(1 + b2) - 1: bm25 is negative, lower is better, so
        below -2 that product grows and ranked the strongest matches of a query of words
        and a phrase last.
        """
        weight = reduce(operator.add, (boost for _vector, boost in vectors))
        return TitleWeightedBM25() * weight


class AnalysedAutocompleteQueryCompiler(
    RankedInOnePassMixin, AnalysedQueryMixin, SQLiteAutocompleteQueryCompiler
):
    AUTOCOMPLETE = True


class SwedishSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = AnalysedSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedAutocompleteQueryCompiler
    index_class = AnalysedSQLiteIndex
    results_class = RankedSQLiteSearchResults

    def known_terms(self, terms):
        """Those of ``terms`` (letters and digits only) a public page's row holds; one query.

        Each term is one look-up in the full-text index, which stops at the first row of a
        public page, not a scan of its vocabulary.
        """
        rows = SQLiteFTSIndexEntry.objects.filter(
            MatchExpression(EVERY_COLUMN, FTSQuery(f'"{STAND_IN}"')),
            public_entry("index_entry__object_id"),
        )
        sql, params = union_of_known(terms, *rows.values("pk")[:1].query.sql_with_params())
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return {row[0] for row in cursor.fetchall()}


SearchBackend = SwedishSQLiteSearchBackend
