"""The database search backend for the database in use, with the Swedish text analysis.

Use as ``"BACKEND": "search.backends.database"``, in place of Wagtail's own.
"""

from django.db import connection


# Named as a class: Wagtail looks the backend up by this name.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        # Deferred: each backend module loads modelsearch's models for its own database only.
        from search.backends.postgres import SwedishPostgresSearchBackend

        return SwedishPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.utils import fts5_available

        if fts5_available():
            # Deferred: each backend module loads modelsearch's models for its own database only.
            from search.backends.sqlite import SwedishSQLiteSearchBackend

            return SwedishSQLiteSearchBackend(params)
    from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

    return DatabaseSearchBackend(params)
