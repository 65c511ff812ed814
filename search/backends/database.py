"""The database search backend for the database in use, with the Swedish text analysis.

Use as ``"BACKEND": "search.backends.database"``, in place of Wagtail's own.
"""

from functools import cache

from django.db import connection


@cache
def sqlite_has_fts5():
    """Asked once per process: the answer is the SQLite library's, and Wagtail makes a
    backend for every search."""
    from modelsearch.backends.database.sqlite.utils import fts5_available

    return fts5_available()


# Named as a class: Wagtail looks the backend up by this name.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        # Deferred: each backend module loads modelsearch's models for its own database only.
        from search.backends.postgres import SwedishPostgresSearchBackend

        return SwedishPostgresSearchBackend(params)
    if connection.vendor == "sqlite" and sqlite_has_fts5():
        # Deferred: each backend module loads modelsearch's models for its own database only.
        from search.backends.sqlite import SwedishSQLiteSearchBackend

        return SwedishSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
