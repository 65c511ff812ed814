"""PostgreSQL full-text search with the Swedish and English text analysis.

modelsearch's PostgreSQL backend analyses with one ``SEARCH_CONFIG`` for every page whatever
its language, and hard-wires autocomplete to the ``simple`` config. This subclass gives
PostgreSQL terms already analysed by ``search.text.analysis`` (stemmed in the page's language,
folded, decompounded) under the ``simple`` config, which keeps them as they are, and
compiles queries from the same analysis; that part can be deleted when modelsearch lets a
project supply its own analysis to the database backends. It also ranks at most
``SEARCH_MAX_RANKED`` matches (``BoundedRankingMixin``).
"""

from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db import connection
from django.db.models import AutoField, BigAutoField, F, IntegerField, OuterRef, Subquery, Value
from django.db.models.expressions import Expression
from django.db.models.functions import Cast
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import Fuzzy, MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from core.wagtail_internals.queryset_kinds import yields_values
from search.backends.bounded_ranking import RankedResultsMixin, best_first, max_ranked
from search.backends.expressions import tsquery_expression
from search.backends.indexed_fields import ReadOnceMixin, is_autocomplete, is_body, is_title
from search.backends.language import query_language
from search.backends.vocabulary import public_entry
from search.synonyms import analysed_query
from search.text.analysis import index_text

ANALYSED_CONFIG = "simple"
# Matches no indexed term: every indexed term is letters and digits.
NOTHING = "'-'"


class StoredColumn(Expression):
    """A column of the queried table that its model does not name."""

    def __init__(self, name, output_field):
        super().__init__(output_field=output_field)
        self.name = name

    def as_sql(self, compiler, connection):
        table = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{table}.{connection.ops.quote_name(self.name)}", []


# A row's title and body vectors joined, so that a query's words match across the two: a
# column PostgreSQL keeps (search.migrations.0007), which modelsearch's model does not name.
WHOLE_TEXT = StoredColumn("whole_text", output_field=SearchVectorField())


class AnalysedObjectIndexer(ReadOnceMixin, ObjectIndexer):
    """ObjectIndexer giving analysed terms, reading each field's value once, not five times."""

    def weighted(self, wanted):
        return [(value, weight) for field, weight, value in self.values if wanted(field)]

    def plain(self, wanted):
        texts = (text.strip() for text, _weight in self.weighted(wanted))
        return " ".join(text for text in texts if text)

    def as_vector(self, texts, for_autocomplete=False):
        analysed = [(index_text(text, self.language), weight) for text, weight in texts]
        return super().as_vector(analysed, for_autocomplete=for_autocomplete)

    @cached_property
    def title(self):
        return self.as_vector(self.weighted(is_title))

    @cached_property
    def body(self):
        return self.as_vector(self.weighted(is_body))

    @cached_property
    def autocomplete(self):
        return self.as_vector(self.weighted(is_autocomplete), for_autocomplete=True)

    @cached_property
    def title_text(self):
        return self.plain(is_title)

    @cached_property
    def body_text(self):
        return self.plain(is_body)


class AnalysedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        """PostgresIndex.add_items with the analysing indexer; the original names its class."""
        if not model.get_search_fields():
            return
        indexers = [AnalysedObjectIndexer(obj, self.backend) for obj in objs]
        if not indexers:
            return
        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            values = [content_type_pk, indexer.id]
            placeholders = ["%s", "%s"]
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(name), getattr(indexer, name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                placeholders.append(sql)
                values.extend(value_params)
            values.extend([indexer.title_text, indexer.body_text])
            rows.append(f"({', '.join(placeholders)}, 1.0, %s, %s)")
            params.extend(values)
        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, "
                "title_norm, title_text, body_text) "
                f"(VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()


class AnalysedQueryMixin:
    AUTOCOMPLETE = False

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, (PlainText, Phrase)):
            if isinstance(query, Phrase):
                clauses = analysed_query(f'"{query.query_string}"', query_language())
                operator = "&"
            else:
                clauses = analysed_query(
                    query.query_string, query_language(), autocomplete=self.AUTOCOMPLETE
                )
                operator = "|" if query.operator.lower() == "or" else "&"
            expression = tsquery_expression(clauses, operator) or NOTHING
            if invert:
                expression = f"!({expression})"
            return SearchQuery(Value(expression), search_type="raw", config=ANALYSED_CONFIG)
        return super().build_tsquery_content(query, config=config, invert=invert)


class BoundedRankingMixin:
    """Query compiler methods ranking at most ``SEARCH_MAX_RANKED`` matches
    (``search.backends.bounded_ranking``).

    modelsearch ranked every match of the title and body vectors joined: for a common word,
    PostgreSQL read the whole table to rank a third of it. Here a rare word's rows are
    still found through the GIN index on the joined vectors, and a common word's newest
    matches by walking the index rows newest first, which stops at the bound.
    """

    def ranking(self, config):
        """``(key, score)`` of the best matches, best first; ties go to the newest key.

        None, for modelsearch's own path, for no query or a negated or fuzzy one, a search
        of chosen fields, a queryset of values rather than objects, keys that are not
        integers.
        """
        queryset = self.queryset
        if (
            isinstance(self.query, (MatchAll, Not, Fuzzy))
            or self.fields is not None
            or yields_values(queryset)
            or not isinstance(queryset.model._meta.pk, (AutoField, BigAutoField, IntegerField))
        ):
            return None
        search_query = self.build_tsquery(self.query, config=config)
        key = Cast("object_id", IntegerField())
        # Each match's page looked up by key, once the row matches. As a value, not an
        # EXISTS, which PostgreSQL would make a join and, expecting a thousand matches
        # for a rare word, answer by reading every page; and tested for being there,
        # which PostgreSQL expects of most rows, as it is.
        searched = queryset.order_by().filter(pk=Cast(OuterRef("object_id"), IntegerField()))
        matches = (
            IndexEntry.objects.alias(whole_text=WHOLE_TEXT)
            .filter(
                whole_text=search_query,
                content_type_id__in=get_descendants_content_types_pks(queryset.model),
            )
            .alias(page=Subquery(searched.values("pk")[:1]))
            .filter(page__isnull=False)
            .order_by("-pk")
        )
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        rank = self._build_rank_expression(vectors, config)
        scored = matches.annotate(score=rank, key=key).values_list("pk", "key", "score")
        # Read newest first, and scored only as read.
        bound = max_ranked()
        candidates = list(scored[:bound])
        if len(candidates) == bound:
            # The matches not read are those older than the last read.
            older = scored.filter(pk__lt=candidates[-1][0])
            candidates.extend(older.filter(title=search_query)[:bound])
        scores = ((key, score) for _row, key, score in candidates)
        return best_first(scores, lower_is_better=False)


class AnalysedSearchQueryCompiler(
    BoundedRankingMixin, AnalysedQueryMixin, PostgresSearchQueryCompiler
):
    pass


class BoundedRankingSearchResults(RankedResultsMixin, PostgresSearchResults):
    pass


class AnalysedAutocompleteQueryCompiler(AnalysedQueryMixin, PostgresAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class SwedishPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = AnalysedSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedAutocompleteQueryCompiler
    index_class = AnalysedPostgresIndex
    results_class = BoundedRankingSearchResults

    def __init__(self, params):
        super().__init__({**params, "SEARCH_CONFIG": ANALYSED_CONFIG})
        self.autocomplete_config = ANALYSED_CONFIG

    def known_terms(self, terms):
        """Those of ``terms`` (letters and digits only) a public page's row holds; one query.

        Each term is one look-up in the GIN indexes of the title and body vectors, which
        stops at the first row of a public page. The look-up is fenced off (``OFFSET 0``)
        from the ``EXISTS`` around it: asked for one row, the planner otherwise reads the
        whole table in the hope of finding it early, a hundred times slower for a term
        that no row or few rows hold. The terms come as one array, so the query is
        planned once, not once per term.
        """
        table = connection.ops.quote_name(IndexEntry._meta.db_table)
        public, params = (
            IndexEntry.objects.filter(public_entry()).values("pk")[:1].query.sql_with_params()
        )
        term = f"to_tsquery('{ANALYSED_CONFIG}', quote_literal(candidate.term))"
        matching = (
            f"(SELECT * FROM {table} WHERE body @@ {term} OR title @@ {term} OFFSET 0) {table}"  # noqa: S608
        )
        holding = public.replace(f"FROM {table}", f"FROM {matching}", 1)
        sql = (
            "SELECT candidate.term FROM unnest(%s::text[]) AS candidate(term) "  # noqa: S608
            f"WHERE EXISTS ({holding})"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [list(terms), *params])
            return {row[0] for row in cursor.fetchall()}


SearchBackend = SwedishPostgresSearchBackend
