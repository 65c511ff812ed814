from django.db import migrations


def check_personal_data_in_every_step(apps, schema_editor):
    """Make every step of the organisations' workflows a personal-data checked one.

    The step keeps its row, its groups and its task states: only a row of the new type is
    added beneath it, and its content type says so.
    """
    OrganisationRoles = apps.get_model("editorial", "OrganisationRoles")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    PersonalDataCheckedTask = apps.get_model("editorial", "PersonalDataCheckedTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    workflows = set()
    for roles in OrganisationRoles.objects.all():
        workflows |= {roles.page_workflow_id, roles.minutes_workflow_id}
    task_ids = set(
        WorkflowTask.objects.filter(workflow_id__in=workflows).values_list("task_id", flat=True)
    )
    task_ids &= set(GroupApprovalTask.objects.values_list("pk", flat=True))
    task_ids -= set(PersonalDataCheckedTask.objects.values_list("pk", flat=True))
    if not task_ids:
        return
    content_type, _created = ContentType.objects.get_or_create(
        app_label="editorial", model="personaldatacheckedtask"
    )
    for pk in sorted(task_ids):
        # Only the new type's own row: the task's rows above it stay as they are.
        PersonalDataCheckedTask(groupapprovaltask_ptr_id=pk).save_base(raw=True)
    Task.objects.filter(pk__in=task_ids).update(content_type=content_type)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0003_personal_data_checked_task"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(check_personal_data_in_every_step, migrations.RunPython.noop)
    ]
