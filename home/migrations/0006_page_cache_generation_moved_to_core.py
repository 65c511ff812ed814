from django.db import migrations


def move_content_type(apps, schema_editor):
    """Hand the model's content type, and the permissions on it, to the core app."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    moved = ContentType.objects.using(db).filter(app_label="home", model="pagecachegeneration")
    if ContentType.objects.using(db).filter(app_label="core", model="pagecachegeneration").exists():
        moved.delete()
    else:
        moved.update(app_label="core")


def return_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    ContentType.objects.using(db).filter(app_label="core", model="pagecachegeneration").update(
        app_label="home"
    )


class Migration(migrations.Migration):
    """The page cache's generation now belongs to the core app, which keeps this table."""

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("home", "0005_site_links"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PageCacheGeneration")],
        ),
        migrations.RunPython(move_content_type, return_content_type),
    ]
