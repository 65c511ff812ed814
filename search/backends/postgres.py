"""PostgreSQL full-text search with the Swedish and English text analysis.

modelsearch's PostgreSQL backend analyses with one ``SEARCH_CONFIG`` for every page whatever
its language, and hard-wires autocomplete to the ``simple`` config. This subclass gives
PostgreSQL terms already analysed by ``search.text.analysis`` (stemmed in the page's language,
folded, decompounded) under the ``simple`` config, which keeps them as they are, and
compiles queries from the same analysis. It can be deleted when modelsearch lets a project
supply its own analysis to the database backends.
"""

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Value
from django.db.models.sql.subqueries import InsertQuery
from django.utils.functional import cached_property
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.backends.expressions import tsquery_expression
from search.backends.indexed_fields import ReadOnceMixin, is_autocomplete, is_body, is_title
from search.backends.language import query_language
from search.backends.vocabulary import public_entry
from search.synonyms import analysed_query
from search.text.analysis import index_text

ANALYSED_CONFIG = "simple"
# Matches no indexed term: every indexed term is letters and digits.
NOTHING = "'-'"


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


class AnalysedSearchQueryCompiler(AnalysedQueryMixin, PostgresSearchQueryCompiler):
    pass


class AnalysedAutocompleteQueryCompiler(AnalysedQueryMixin, PostgresAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class SwedishPostgresSearchBackend(PostgresSearchBackend):
    query_compiler_class = AnalysedSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedAutocompleteQueryCompiler
    index_class = AnalysedPostgresIndex

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
