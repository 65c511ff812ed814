from django.db import migrations


class Migration(migrations.Migration):
    """The page cache's generation now belongs to the core app, which keeps this table."""

    dependencies = [
        ("home", "0005_site_links"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PageCacheGeneration")],
        ),
    ]
