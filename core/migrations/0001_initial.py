from django.db import migrations, models


class Migration(migrations.Migration):
    """The page cache's generation, moved here from the home app with its table kept."""

    initial = True

    # The table was made by the home app's migration; this one only takes over its model.
    dependencies = [
        ("home", "0004_page_cache_generation"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PageCacheGeneration",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("token", models.CharField(default="", max_length=32)),
                    ],
                    options={
                        "verbose_name": "page cache generation",
                        "db_table": "home_pagecachegeneration",
                    },
                ),
            ],
        ),
    ]
