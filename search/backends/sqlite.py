"""SQLite FTS5 search with the Swedish and English text analysis.

modelsearch's SQLite backend takes no tokenizer or analyser option: its FTS5 table uses the
default tokenizer and its indexer stores the fields' raw text. This subclass stores the
analysed terms instead and compiles queries from the same analysis. It can be deleted when
modelsearch lets a project supply its own analysis to the database backends.
"""

from django.db.models.expressions import Expression
from django.utils.functional import cached_property
from modelsearch.backends.database.sqlite.query import (
    BM25,
    SearchQueryCombinable,
    SearchQueryField,
    SQLiteFTSIndexEntry,
)
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from search.analysis import index_text, parse_query

from .expressions import fts5_expression
from .language import object_language, query_language

TITLE_WEIGHT = 4.0
# Matches no indexed term: every indexed term is letters and digits.
NOTHING = '"-"'


def is_title(field):
    return isinstance(field, SearchField) and field.field_name == "title"


class AnalysedObjectIndexer(ObjectIndexer):
    """ObjectIndexer storing analysed terms, reading each field's value once.

    The original reads every field for the title, again for the body and again for the
    autocomplete, and a minutes page's agenda and attachments are costly to read.
    """

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = object_language(obj)

    @cached_property
    def values(self):
        return [
            pair for field in self.search_fields for pair in self.prepare_field(self.obj, field)
        ]

    def analysed(self, wanted):
        text = " ".join(value for field, value in self.values if wanted(field))
        return index_text(text, self.language)

    @cached_property
    def title(self):
        return self.analysed(is_title)

    @cached_property
    def body(self):
        return self.analysed(lambda field: isinstance(field, SearchField) and not is_title(field))

    @cached_property
    def autocomplete(self):
        return self.analysed(lambda field: isinstance(field, AutocompleteField))


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
            clauses = parse_query(
                query.query_string, query_language(), autocomplete=self.AUTOCOMPLETE
            )
            operator = "OR" if query.operator.lower() == "or" else "AND"
            return FTSQuery(fts5_expression(clauses, operator) or NOTHING)
        if isinstance(query, Phrase):
            clauses = parse_query(f'"{query.query_string}"', query_language())
            return FTSQuery(fts5_expression(clauses) or NOTHING)
        return super().build_search_query_content(query, config=config)


class TitleWeightedBM25(BM25):
    """BM25 that counts a match in the title as much as several in the body.

    Columns in the order of modelsearch's FTS table: autocomplete (the title again, so not
    counted), body, title.
    """

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class AnalysedSearchQueryCompiler(AnalysedQueryMixin, SQLiteSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            return TitleWeightedBM25() * boost if boost != 1.0 else TitleWeightedBM25()
        return super().build_tsrank(vector, query, config=config, boost=boost)


class AnalysedAutocompleteQueryCompiler(AnalysedQueryMixin, SQLiteAutocompleteQueryCompiler):
    AUTOCOMPLETE = True


class SwedishSQLiteSearchBackend(SQLiteSearchBackend):
    query_compiler_class = AnalysedSearchQueryCompiler
    autocomplete_query_compiler_class = AnalysedAutocompleteQueryCompiler
    index_class = AnalysedSQLiteIndex


SearchBackend = SwedishSQLiteSearchBackend
