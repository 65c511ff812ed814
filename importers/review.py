"""Imported drafts enter their network's review as an editor's submission does, in fewer queries.

``Workflow.start`` finds the workflow's next task, validates the new workflow state with a
query for another active one, reads the page back through generic relations to find its
latest revision, and saves the state twice; with the page's workflow looked up again for
every page, starting the review was the largest part of importing a file. All the pages
of a run sit under one network, so ``Review`` finds the workflow and its first task once,
and writes the same rows, sends the same signals (the approvers' notifications hang on
them) and logs the same audit entry as ``Workflow.start``, in the run's ``PageLog``.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import AbstractGroupApprovalTask, Task, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_submitted

UNKNOWN = object()
# Tasks whose ``start`` only creates the task state, for a page nobody has locked.
PLAIN_STARTS = (Task.start, AbstractGroupApprovalTask.start)


class Review:
    """Starts the review of the pages of one run; they all share one parent page."""

    def __init__(self, page_log):
        self.page_log = page_log
        self.workflow = UNKNOWN
        self.first_tasks = {}

    def workflow_for(self, page):
        if self.workflow is UNKNOWN:
            self.workflow = page.get_workflow()
        return self.workflow

    def first_task(self, workflow):
        if workflow.pk not in self.first_tasks:
            task = workflow.tasks.filter(active=True).first()
            self.first_tasks[workflow.pk] = task.specific if task is not None else None
        return self.first_tasks[workflow.pk]

    def submit(self, page, revision, user, *, new_page):
        """Put ``page``'s ``revision`` in review unless it is already; a new page never is."""
        workflow = self.workflow_for(page)
        if workflow is None:
            return
        state = None if new_page else page.current_workflow_state
        if state is not None:
            if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                # Sent back for changes: the new file is the editor's resubmission, and
                # the review resumes at the step that sent it back, as on "Resubmit".
                self.page_log.write()
                state.resume(user)
            return
        task = self.first_task(workflow)
        if task is None or type(task).start not in PLAIN_STARTS or page.locked_by_id:
            # A workflow without tasks finishes (and publishes) at once, a task of its own
            # may start differently and a group approval task unlocks a page locked by
            # someone outside its groups: Wagtail's own path handles all three, and logs
            # at once, after the page's earlier entries.
            self.page_log.write()
            workflow.start(page, user)
            return
        self.start(workflow, task, page, revision, user)

    def start(self, workflow, task, page, revision, user):
        """What ``Workflow.start`` followed by ``Task.start`` writes, sends and logs."""
        state = WorkflowState(
            # From ContentType's cache, where ``page.get_content_type()`` would ask.
            content_type=ContentType.objects.get_for_id(page.content_type_id),
            base_content_type=page.get_base_content_type(),
            object_id=str(page.pk),
            workflow=workflow,
            status=WorkflowState.STATUS_IN_PROGRESS,
            requested_by=user,
        )
        # WorkflowState.save validates that the page has no other active state; the caller
        # has just checked that, and the database's own constraint still holds.
        models.Model.save(state)
        task_state = task.get_task_state_class().objects.create(
            workflow_state=state,
            status=TaskState.STATUS_IN_PROGRESS,
            revision=revision,
            task=task,
        )
        state.current_task_state = task_state
        models.Model.save(state, update_fields=["current_task_state"])
        task_submitted.send(sender=type(task_state), instance=task_state, user=user)
        workflow_submitted.send(sender=WorkflowState, instance=state, user=user)
        self.page_log.add(
            page,
            "wagtail.workflow.start",
            data={
                "workflow": {
                    "id": workflow.pk,
                    "title": workflow.name,
                    "status": state.status,
                    "next": {"id": task.pk, "title": task.name},
                    "task_state_id": task_state.pk,
                }
            },
            revision=revision,
            user=user,
        )
        return state
