from django.db import migrations

# The search joins a page to its index row by the row's object_id, a text column, so
# PostgreSQL compares the page's id as text. Without an index on that expression it could
# not look a page up by its row: a search that found one row read every page to join it.
INDEX = "search_page_id_as_text"
TABLE = "wagtailcore_page"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} ((id::varchar(50)::text))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_index_entry_whole_text_index"),
        ("wagtailcore", "0001_squashed_0016_change_page_url_path_to_text_field"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
