"""The moderation workflow's e-mails go through the task queue to a real mail server.

Set up as tests/test_subscriptions_worker.py: the database queue, ``db_worker --batch`` in
the test's process, an SMTP server the test starts, and tests that commit.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from minutes.models.minutes_page import MinutesPage
from tests.editorial import build_editorial_world, minutes_form_data
from tests.smtp_server import SMTPServer, text_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
NOTIFICATION = "editorial.tasks.send_workflow_notification"


@pytest.fixture
def smtp():
    with SMTPServer() as server, override_settings(TASKS=DATABASE_QUEUE, **server.settings()):
        yield server


@pytest.fixture
def world(db):
    return build_editorial_world()


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def submit(client, world, title):
    """The editor changes the live minutes and submits them for moderation."""
    client.force_login(world.users["editor_a"])
    page = MinutesPage.objects.get(pk=world.minutes.pk)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, {**minutes_form_data(page, title=title), "action-submit": "1"})
    assert response.status_code == 302
    return page


def queued(status="READY"):
    return DBTaskResult.objects.filter(task_path=NOTIFICATION, status=status).count()


def test_the_approvers_mail_waits_for_the_worker_and_the_rejection_follows(client, smtp, world):
    page = submit(client, world, "Möte i september, rättat")
    # The editor's request only queued the message; no worker runs yet, nothing is lost.
    assert queued() == 2  # the workflow's start and its first task's
    assert smtp.messages == []
    run_worker()
    (submitted,) = smtp.messages
    assert submitted.recipients == ["granskare-a@example.org"]
    assert "Möte i september" in submitted["Subject"]
    assert submitted["Auto-Submitted"] == "auto-generated"
    assert queued() == 0

    client.force_login(world.users["approver_a"])
    task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Närvarolistan saknar två namn."})
    assert len(smtp.messages) == 1
    run_worker()
    rejected = smtp.messages[-1]
    assert rejected.recipients == ["redaktor-a@example.org"]
    assert "Närvarolistan saknar två namn." in text_of(rejected)


@override_settings(MAIL_RETRIES=1, MAIL_RETRY_SECONDS=0)
def test_a_refused_notification_is_tried_again_then_recorded_failed(client, smtp, world, caplog):
    smtp.stop()  # the mail server goes down
    submit(client, world, "Möte i september, andra utkastet")
    with caplog.at_level("WARNING", logger="editorial.tasks"):
        run_worker()
    runs = DBTaskResult.objects.filter(task_path=NOTIFICATION)
    # The workflow's start (no one to tell), the approvers' first attempt, which queued the
    # retry, and the retry, which failed for good.
    statuses = sorted(runs.values_list("status", flat=True))
    assert statuses == ["FAILED", "SUCCESSFUL", "SUCCESSFUL"]
    assert "Workflow notification not sent, attempt 1" in caplog.text
    assert "Workflow notification not sent after 2 attempts" in caplog.text
