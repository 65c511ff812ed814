"""Pages an import leaves as they are: locked, scheduled to go live, or approved in part.

An import writes a new draft of a page it made before, and the page's workflow publishes
its latest draft when the last step is approved. A page someone locked, a page approved
for publishing at a set time, and a page of which an approver has approved a step of the
review in progress (the minutes' adjustment, say) stay as that person left them: an
import would otherwise put text nobody adjusted behind their approval.

A page still at the first step of its review, with nothing approved, may be updated: the
new file corrects the editor's own submission before anyone has signed it. The lock does
not depend on who imports: an approver who may edit the page by hand still does that in
the editor, where they see what they change.
"""

from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState


def reason_to_leave_alone(page):
    """Why an import must not change ``page``, or None when it may."""
    if page.locked:
        return _("the page is locked")
    if page.approved_schedule:
        return _("the page is approved and scheduled to go live")
    if page.workflow_states.filter(
        status=WorkflowState.STATUS_IN_PROGRESS, task_states__status=TaskState.STATUS_APPROVED
    ).exists():
        return _("a step of the page's review has been approved")
    return None
