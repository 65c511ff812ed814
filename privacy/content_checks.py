"""The check's findings among Wagtail's content checks, in the editor's "Checks" panel.

The panel runs axe from the editor's window into the preview frame: the rules asked for,
and the messages shown, come from the configuration the editor was rendered with; the
preview's own userbar configuration only defines the rules axe runs inside the frame, and
the frame must know every rule the editor asks for, or axe fails there and the panel shows
no check at all. So each finding is a rule of its own, named by the finding's message
(masked, with its place) and identified by the finding itself, in both configurations: in
the editor for the page as opened, in the preview for the page as opened and as written.
A finding of the page as opened that the editor has since removed stays a rule in the
preview, but one that applies to nothing there, so its row goes as the editor writes.

The rule is on the page as a whole: a finding in an attachment has no place in the
preview, and a number in the text is where the message says. Its check is axe's own
"has-descendant" asked for an element no page has, so it fails wherever it applies and
needs no script of ours in the preview.
"""

import hashlib

from django.utils.translation import gettext as _
from wagtail.admin.userbar import ContentCheckerItem

CHECK = "samverkan-personal-data"
ABSENT = "samverkan-personal-data-never-present"


def rule_id(finding):
    """The same in the editor and in the preview, whatever else was found."""
    key = f"{finding.fingerprint}|{finding.place}".encode()
    return f"{CHECK}-{hashlib.sha256(key).hexdigest()[:16]}"


class PersonalDataCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, with a rule for each personal-data finding.

    ``present`` are the findings still in the text being checked; a rule for any other
    finding applies to no element, and so never fails.
    """

    def __init__(self, findings, present=None, in_editor=False):
        super().__init__(in_editor=in_editor)
        self.findings = list(findings)
        self.present = set(self.findings if present is None else present)

    def get_axe_run_only(self, request):
        run_only = super().get_axe_run_only(request)
        ours = [rule_id(finding) for finding in self.findings]
        return [*run_only, *ours] if run_only else run_only

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule_id(finding),
                    "impact": "serious" if finding.blocking else "moderate",
                    "selector": "body" if finding in self.present else ABSENT,
                    "tags": [CHECK],
                    "any": [CHECK],
                    "enabled": True,
                }
                for finding in self.findings
            ),
        ]

    def get_axe_custom_checks(self, request):
        return [
            *super().get_axe_custom_checks(request),
            {"id": CHECK, "evaluate": "has-descendant-evaluate", "options": {"selector": ABSENT}},
        ]

    def get_axe_messages(self, request):
        messages = dict(super().get_axe_messages(request))
        for finding in self.findings:
            messages[rule_id(finding)] = {
                "error_name": finding.message,
                "help_text": _(
                    "Remove it before the page is approved, or ask an approver to let it "
                    "through with a reason."
                )
                if finding.blocking
                else _("A warning: the page may still be approved."),
            }
        return messages


def with_findings(items, findings, present=None):
    """Put the findings into the userbar's content checker, if it has one."""
    if not findings:
        return
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem):
            items[index] = PersonalDataCheckerItem(findings, present, in_editor=item.in_editor)
