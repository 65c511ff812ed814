"""The upkeep after bulk loads leaves SQLite nothing to guess and one index segment to read."""

import pytest
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from core.bulk_load.upkeep import after_bulk_load
from tests.factories import build_site_tree

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's treatment of tables without statistics"
)


def full_text_segments():
    # The model exists only where the default database is SQLite.
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(DISTINCT segid) FROM {SQLiteFTSIndexEntry._meta.db_table}_idx"  # noqa: S608
        )
        return cursor.fetchone()[0]


def table_statistics():
    """``{table: row count}`` of the table-wide rows of ``sqlite_stat1``."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT tbl, stat FROM sqlite_stat1 WHERE idx IS NULL")
        return {table: int(stat.split()[0]) for table, stat in cursor.fetchall()}


def unexplained_tables():
    """Ordinary tables of which ``sqlite_stat1`` says nothing at all."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            "AND name NOT IN (SELECT tbl FROM sqlite_stat1)"
        )
        return {name for (name,) in cursor.fetchall()}


def test_an_empty_table_is_recorded_as_small(db):
    # SQLite takes a table without statistics for a million rows: Wagtail's public() would
    # then read every page to find the restrictions of none of them.
    build_site_tree()
    assert not PageViewRestriction.objects.exists()

    after_bulk_load()

    assert unexplained_tables() == set()
    assert table_statistics()[PageViewRestriction._meta.db_table] == 1


def test_statistics_can_be_gathered_again(db):
    build_site_tree()
    after_bulk_load()
    after_bulk_load()

    assert unexplained_tables() == set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s",
            [PageViewRestriction._meta.db_table],
        )
        assert cursor.fetchone()[0] == 1


def test_the_full_text_index_is_merged_into_one_segment(db):
    # Each page saved in a transaction (or savepoint) of its own leaves a segment of the index.
    tree = build_site_tree()
    assert full_text_segments() > 1

    after_bulk_load()

    assert full_text_segments() == 1
    found = Page.objects.live().search(tree.network_index.title)
    assert tree.network_index.page_ptr in list(found)
