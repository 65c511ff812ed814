from django.db import migrations

# A query's terms are matched as prefixes (a stem finds its inflections, a compound's part
# the compounds made with it), and SQLite's full-text index merged the rows of every term
# beginning with a prefix before it gave the first match: for a part such as "kompet" in a
# large archive, most of a search's time. With prefix indexes for the lengths most prefixes
# have, FTS5 reads those rows as one term's. The table is made again with the option, from
# the index rows its triggers fill it from.
TABLE = "wagtailsearch_indexentry"
PREFIX_INDEXES = ", prefix='4 5 6 7 8'"


def make_full_text_table(connection, options=""):
    """Make the full-text table again with FTS5's ``options``, holding the same rows."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [f"{TABLE}_fts"]
        )
        if cursor.fetchone() is None:
            return
        cursor.execute(f"DROP TABLE {TABLE}_fts")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5(autocomplete, body, title{options})"
        )
        cursor.execute(
            f"INSERT INTO {TABLE}_fts (rowid, autocomplete, body, title) "  # noqa: S608
            f"SELECT id, autocomplete, body, title FROM {TABLE}"
        )


def add_prefix_indexes(apps, schema_editor):
    make_full_text_table(schema_editor.connection, PREFIX_INDEXES)


def remove_prefix_indexes(apps, schema_editor):
    make_full_text_table(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("search", "0005_page_id_as_text_index")]

    operations = [
        migrations.RunPython(add_prefix_indexes, remove_prefix_indexes, elidable=False)
    ]
