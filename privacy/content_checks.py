"""The check's findings among Wagtail's content checks, in the preview panel's "Checks".

The preview panel runs axe in the preview with the configuration of the userbar's content
checker item; each finding becomes a rule of its own there, named by the finding's message
(masked, with its place), so the editor sees it beside the accessibility checks as they
write, before saving. The rule is on the page as a whole: a finding in an attachment has no
place in the preview, and a number in the text is where the message says.

The rule's check is axe's own "has-descendant" asked for an element no page has, so it
fails for every finding and needs no script of ours in the preview.
"""

from django.utils.translation import gettext as _
from wagtail.admin.userbar import ContentCheckerItem

CHECK = "samverkan-personal-data"
ABSENT = "samverkan-personal-data-never-present"


def rule_id(index):
    return f"{CHECK}-{index}"


class PersonalDataCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, with a rule for each personal-data finding."""

    def __init__(self, findings):
        super().__init__()
        self.findings = findings

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        ours = [rule_id(index) for index in range(len(self.findings))]
        return [*run_only, *ours] if run_only else run_only

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule_id(index),
                    "impact": "serious" if finding.blocking else "moderate",
                    "selector": "body",
                    "tags": [CHECK],
                    "any": [CHECK],
                    "enabled": True,
                }
                for index, finding in enumerate(self.findings)
            ),
        ]

    def get_axe_custom_checks(self, request):
        return [
            *super().get_axe_custom_checks(request),
            {"id": CHECK, "evaluate": "has-descendant-evaluate", "options": {"selector": ABSENT}},
        ]

    def get_axe_messages(self, request):
        messages = dict(super().get_axe_messages(request))
        for index, finding in enumerate(self.findings):
            messages[rule_id(index)] = {
                "error_name": finding.message,
                "help_text": _(
                    "Remove it before the page is approved, or ask an approver to let it "
                    "through with a reason."
                )
                if finding.blocking
                else _("A warning: the page may still be approved."),
            }
        return messages


def with_findings(items, findings):
    """Put the findings into the userbar's content checker, if it has one."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem):
            items[index] = PersonalDataCheckerItem(findings)
