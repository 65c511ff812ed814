from django.db import migrations

# modelsearch's PostgreSQL search matches a page against its title and body vectors joined
# (``title || body``). Joined in the query, they were joined again for every row a search
# read: for a common word, half of the search's time. Joined once, as the row is written,
# in a stored generated column, a search only matches them; the column's GIN index takes
# the place of the index on the joined expression (0004). The column is the database's
# own: modelsearch's model does not name it, so its writes leave it to PostgreSQL.
TABLE = "wagtailsearch_indexentry"
COLUMN = "whole_text"
INDEX = "search_indexentry_whole_text_column_gin"
# 0004's index on the joined expression.
EXPRESSION_INDEX = "search_indexentry_whole_text_gin"


def add_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {COLUMN} tsvector "
        "GENERATED ALWAYS AS (title || body) STORED"
    )
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({COLUMN})")
    schema_editor.execute(f"DROP INDEX IF EXISTS {EXPRESSION_INDEX}")


def remove_column(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {EXPRESSION_INDEX} ON {TABLE} USING gin ((title || body))"
    )
    # The column's index goes with it.
    schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [("search", "0006_full_text_prefix_indexes")]

    operations = [migrations.RunPython(add_column, remove_column, elidable=False)]
