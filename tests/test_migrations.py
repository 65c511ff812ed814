"""A database made before the core app existed migrates to today's layout and keeps its data."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def manage(database, *args):
    env = {key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"}
    env.update(DJANGO_ENV="test", DATABASE_URL=f"sqlite:///{database}")
    return subprocess.run(  # noqa: S603 - the project's own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


# The migrations run on a throw-away SQLite file whichever database the suite uses, so
# the PostgreSQL run would only repeat it.
pytestmark = pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="runs on its own SQLite file; the SQLite run covers it",
)


MIGRATE_BEFORE_BOTH = """
from django.core.management import call_command
call_command("migrate", "editorial", "0002_register_entry_keepers", interactive=False)
call_command("migrate", "home", "0005_site_links", interactive=False)
"""

SETUP_ROLES_BEFORE_THE_CHECK = """
import uuid
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask
from editorial.models import OrganisationRoles
editors, approvers = Group.objects.create(name="R"), Group.objects.create(name="G")
workflows = []
for name in ("sidor", "protokoll"):
    workflow = Workflow.objects.create(name=name)
    task = GroupApprovalTask.objects.create(name=f"{name} granskning")
    task.groups.set([approvers])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflows.append(workflow)
OrganisationRoles.objects.create(
    organisation_key=uuid.uuid4(), editors=editors, approvers=approvers,
    page_workflow=workflows[0], minutes_workflow=workflows[1],
)
other = GroupApprovalTask.objects.create(name="Moderatorer")
"""

TASK_TYPES = """
from wagtail.models import Task
for task in Task.objects.order_by("name").specific():
    print(task.name, type(task).__name__, list(task.groups.values_list("name", flat=True)))
"""


@pytest.fixture(scope="module")
def migrated_from_before(tmp_path_factory):
    """A database from before the core app and the personal-data check, migrated once.

    It is migrated as far as the home app's page cache table, with a generation, and the
    editorial app's register keepers, with the organisations' workflow steps; neither
    state needs the core app, so one database holds both. Migrating the whole project
    takes most of a minute, so both changes are checked on the same run.
    """
    database = tmp_path_factory.mktemp("migrations") / "before.sqlite3"
    # One process for both partial migrations and the roles: each start of Django costs
    # seconds.
    manage(database, "shell", "-c", MIGRATE_BEFORE_BOTH + SETUP_ROLES_BEFORE_THE_CHECK)
    with sqlite3.connect(database) as connection:
        connection.execute(
            "INSERT INTO home_pagecachegeneration (id, token) VALUES (1, 'kept-token')"
        )
        # As the content types app records each model after a migration.
        connection.execute(
            "INSERT OR IGNORE INTO django_content_type (app_label, model)"
            " VALUES ('home', 'pagecachegeneration')"
        )
    manage(database, "migrate", "--no-input")
    return database


def test_the_page_cache_generation_moves_to_core_with_its_row(migrated_from_before):
    shown = manage(
        migrated_from_before,
        "shell",
        "-c",
        "from core.models import PageCacheGeneration; print(PageCacheGeneration.current())",
    )
    assert shown.stdout.strip().splitlines()[-1] == "kept-token"
    with sqlite3.connect(migrated_from_before) as connection:
        labels = connection.execute(
            "SELECT app_label FROM django_content_type WHERE model = 'pagecachegeneration'"
        ).fetchall()
    assert labels == [("core",)]


def test_the_organisations_workflow_steps_come_to_check_personal_data(migrated_from_before):
    printed = manage(migrated_from_before, "shell", "-c", TASK_TYPES).stdout.splitlines()
    # Only the organisations' steps change; Wagtail's stock step and others stay.
    assert [line for line in printed if "Task " in line] == [
        "Moderatorer GroupApprovalTask []",
        "Moderators approval GroupApprovalTask ['Moderators']",
        "protokoll granskning PersonalDataCheckedTask ['G']",
        "sidor granskning PersonalDataCheckedTask ['G']",
    ]
