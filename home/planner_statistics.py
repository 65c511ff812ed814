"""Statistics for the database's query planner, gathered after content is created in bulk.

Without them SQLite takes an index on the page's language for a good filter and sorts
every minutes page to find the newest five; with them it reads the newest straight from
the index on the meeting date. PostgreSQL gathers its own in the background, but only
after a while, so a bulk load asks there too.
"""

from django.db import connections

VENDORS_WITH_ANALYZE = ("sqlite", "postgresql")


def gather_planner_statistics(using="default"):
    connection = connections[using]
    if connection.vendor in VENDORS_WITH_ANALYZE:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
