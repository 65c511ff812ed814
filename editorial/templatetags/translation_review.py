"""The review of a translation, offered inside wagtail-localize's translation editor.

The editor takes the place of the page's edit view and has no workflow actions of its own,
so an approver who opens a translation awaiting their review would otherwise have to go
back to the dashboard to approve it. The forms post to Wagtail's own workflow action view,
which checks again that the user may act on the task.
"""

from django import template

register = template.Library()


@register.inclusion_tag("editorial/translation_review_actions.html", takes_context=True)
def translation_review_actions(context, page):
    """The current task's actions the user may take on ``page``: approve, request changes."""
    workflow_state = getattr(page, "current_workflow_state", None)
    task_state = workflow_state.current_task_state if workflow_state else None
    if task_state is None:
        return {"actions": []}
    task = task_state.task.specific
    actions = {}
    for name, label, _needs_data in task.get_actions(page, context["request"].user):
        actions.setdefault(name, label)
    return {
        "actions": sorted(actions.items(), key=lambda action: action[0] != "approve"),
        "page": page,
        "task": task,
        "task_state": task_state,
        "csrf_token": context.get("csrf_token"),
    }
