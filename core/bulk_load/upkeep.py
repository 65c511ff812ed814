"""Upkeep of the database after content is created in bulk.

- Statistics for the query planner. Without them SQLite takes an index on the page's
  language for a good filter and sorts every minutes page to find the newest five; with
  them it reads the newest straight from the index on the meeting date. PostgreSQL
  gathers its own in the background, but only after a while, so a bulk load asks there too.
- SQLite's full-text index merged into one segment. Each batch of new index rows writes
  segments of its own, and a search reads every segment's list of matches for each term.
"""

from django.db import connections

VENDORS_WITH_ANALYZE = ("sqlite", "postgresql")


def after_bulk_load(using="default"):
    connection = connections[using]
    if connection.vendor not in VENDORS_WITH_ANALYZE:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            merge_full_text_segments(cursor, connection)
        cursor.execute("ANALYZE")
        if connection.vendor == "sqlite":
            note_empty_tables(cursor)


def merge_full_text_segments(cursor, connection):
    # The model exists only where the default database is SQLite.
    from modelsearch.backends.database.sqlite.query import SQLiteFTSIndexEntry

    table = SQLiteFTSIndexEntry._meta.db_table
    if table in connection.introspection.table_names(cursor):
        cursor.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608 - a model's table


def note_empty_tables(cursor):
    """Record SQLite's empty tables as small ones.

    ANALYZE leaves an empty table out of ``sqlite_stat1``, and SQLite then takes a table
    without statistics for a million rows. Joined with one it has counted, such as the page
    view restrictions (usually none) with the pages, it would read every page to find the
    restrictions of none of them.
    """
    cursor.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
        "AND name NOT IN (SELECT tbl FROM sqlite_stat1)"
    )
    empty = [name for (name,) in cursor.fetchall()]
    if empty:
        cursor.executemany(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (%s, NULL, '1')",
            [(name,) for name in empty],
        )
        # Statistics written by hand are read again by the planner after this.
        cursor.execute("ANALYZE sqlite_schema")
