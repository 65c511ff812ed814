"""The planner statistics gathered after bulk loads leave SQLite nothing to guess."""

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction

from home.planner_statistics import gather_planner_statistics

from .factories import build_site_tree

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's treatment of tables without statistics"
)


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

    gather_planner_statistics()

    assert unexplained_tables() == set()
    assert table_statistics()[PageViewRestriction._meta.db_table] == 1


def test_statistics_can_be_gathered_again(db):
    build_site_tree()
    gather_planner_statistics()
    gather_planner_statistics()

    assert unexplained_tables() == set()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s",
            [PageViewRestriction._meta.db_table],
        )
        assert cursor.fetchone()[0] == 1
