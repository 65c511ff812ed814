"""The audit log entries of an imported page, written together in one query.

Wagtail saves each entry on its own after validating it, and the validation asks the
database whether the page, its revision and the content type exist: three queries for
each of the three entries (created, edited, submitted to review) of a page the importer
has just written. The entries are the ones Wagtail's ``log`` makes, with the same
context (user and action group), written in one insert when the page is done.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.log_actions import get_active_log_context
from wagtail.log_actions import registry as log_registry
from wagtail.models import PageLogEntry


class PageLog:
    def __init__(self):
        self.entries = []

    def add(self, page, action, *, user=None, revision=None, data=None, content_changed=False):
        if not log_registry.action_exists(action):
            raise ValueError(f"The log action {action!r} is not registered.")
        context = get_active_log_context()
        self.entries.append(
            PageLogEntry(
                page=page,
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                label=PageLogEntry.objects.get_instance_title(page),
                action=action,
                timestamp=timezone.now(),
                data=data or {},
                uuid=context.uuid,
                user=user or context.user,
                revision=revision,
                content_changed=content_changed,
            )
        )

    def write(self):
        PageLogEntry.objects.bulk_create(self.entries)
        self.entries = []
