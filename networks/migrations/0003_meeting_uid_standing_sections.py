import uuid

from django.db import migrations, models


def give_each_meeting_its_own_uid(apps, schema_editor):
    NetworkMeeting = apps.get_model("networks", "NetworkMeeting")
    for meeting in NetworkMeeting.objects.filter(uid__isnull=True).only("pk"):
        meeting.uid = uuid.uuid4()
        meeting.save(update_fields=["uid"])


class Migration(migrations.Migration):
    dependencies = [
        ("networks", "0002_prefetched_image_block"),
    ]

    operations = [
        migrations.AddField(
            model_name="networkpage",
            name="standing_sections",
            field=models.TextField(
                blank=True,
                help_text="One section name per line, in agenda order, for example: Decisions. A new agenda is prepared with one item per section.",
                verbose_name="standing agenda sections",
            ),
        ),
        # Nullable first: a callable default would give every existing row the same value.
        migrations.AddField(
            model_name="networkmeeting",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_each_meeting_its_own_uid, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="networkmeeting",
            name="uid",
            field=models.UUIDField(db_index=True, default=uuid.uuid4, editable=False),
        ),
    ]
