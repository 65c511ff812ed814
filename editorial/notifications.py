"""The workflow's e-mails go through the task queue instead of Wagtail's own receivers.

Wagtail connects its notifiers to the workflow signals under fixed ``dispatch_uid``s
(wagtail/admin/signal_handlers.py). Connecting ours under the same uids replaces them
whichever app is ready first: Wagtail's receiver is disconnected if it is there, and if
it comes later its connection is refused, as a signal keeps one receiver per uid and
sender. The task is queued in the transaction that changed the workflow, so a database
queue gets it only if the change is committed.
"""

from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from editorial.tasks import send_workflow_notification

# Wagtail's uid for each signal, and the event name the task knows it by.
WAGTAIL_RECEIVERS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]
EVENTS = {
    task_submitted: "task_submitted",
    workflow_submitted: "workflow_submitted",
    workflow_rejected: "workflow_rejected",
    workflow_approved: "workflow_approved",
}


def queue_notification(sender, signal, instance, user=None, **kwargs):
    send_workflow_notification.enqueue(
        EVENTS[signal],
        instance.pk,
        user.pk if user else None,
        getattr(instance, "current_task_state_id", None),
    )


def send_notifications_from_the_queue():
    for signal, sender, uid in WAGTAIL_RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(queue_notification, sender=sender, dispatch_uid=uid)
