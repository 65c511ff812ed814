"""Wagtail's moderation e-mails, sent by the task worker (``manage.py db_worker``).

Wagtail sends them from the workflow's signals, inside the request of the editor who
submits, approves or rejects, which then waits for the mail server; and its sender logs a
refused message and forgets it. Here the signal only queues a task with the ids of what
happened; the task rebuilds the objects and asks Wagtail's own notifier for the
recipients, the templates and their context, so the messages read as Wagtail writes them.
Each recipient's message is sent on its own: one the server refuses is queued again for
that recipient alone (core/mail_retry.py), and the others are not sent twice.
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.template.loader import render_to_string
from django.utils.translation import override
from django_tasks import task
from wagtail.admin.mail import (
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
    send_mail,
)
from wagtail.models import TaskState, WorkflowState

from core.mail_retry import later, send_or_retry

logger = logging.getLogger(__name__)

# The workflow's events, by the name a task carries: what the signal's instance is, and the
# Wagtail notifier that writes its message.
NOTIFIERS = {
    "task_submitted": (TaskState, GroupApprovalTaskStateSubmissionEmailNotifier),
    "workflow_submitted": (WorkflowState, WorkflowStateSubmissionEmailNotifier),
    "workflow_approved": (WorkflowState, WorkflowStateApprovalEmailNotifier),
    "workflow_rejected": (WorkflowState, WorkflowStateRejectionEmailNotifier),
}


@task()
def send_workflow_notification(
    event, instance_id, user_id=None, task_state_id=None, recipient_id=None, attempt=1
):
    """Send the e-mails Wagtail sends for a workflow ``event`` on ``instance_id``.

    ``task_state_id`` is the task the event was about when it happened: a rejection's
    comment is read from it, even if the page was submitted again since. A retry carries
    the one ``recipient_id`` whose message was refused, and its ``attempt``.
    """
    model, notifier_class = NOTIFIERS[event]
    instance = model.objects.filter(pk=instance_id).first()
    if instance is None:
        return  # the page or its workflow was deleted meanwhile: nothing to tell
    if task_state_id and model is WorkflowState:
        instance.current_task_state_id = task_state_id
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    notifier = notifier_class()
    if not notifier.can_handle(instance, user=user):
        return
    recipients = notifier.get_valid_recipients(instance, user=user)
    if recipient_id is not None:
        recipients = [recipient for recipient in recipients if recipient.pk == recipient_id]
    templates = notifier.get_template_set(instance, user=user)
    context = notifier.get_context(instance, user=user)
    for recipient in sorted(recipients, key=lambda recipient: recipient.pk):
        send_or_retry(
            lambda recipient=recipient: send_to(recipient, templates, context),
            lambda next_attempt, recipient=recipient: later(send_workflow_notification).enqueue(
                event, instance_id, user_id, task_state_id, recipient.pk, next_attempt
            ),
            attempt,
            log=logger,
            what="Workflow notification",
        )


def send_to(recipient, templates, context):
    """One recipient's message, in their admin language, as Wagtail's notifier writes it."""
    context = {**context, "user": recipient}
    with override(recipient.wagtail_userprofile.get_preferred_language()):
        subject = render_to_string(templates["subject"], context).strip()
        text = render_to_string(templates["text"], context).strip()
        html = None
        if getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False):
            html = render_to_string(templates["html"], context)
    send_mail(subject, text, [recipient.email], html_message=html)
