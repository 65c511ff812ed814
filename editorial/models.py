from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Page, Workflow

from privacy.gate import may_approve


class OrganisationRoles(models.Model):
    """The groups and workflows ``setup_roles`` made for one organisation that owns networks.

    Keyed on the organisation's translation key, so that the Swedish and the English
    version of an organisation share one set of roles.
    """

    organisation_key = models.UUIDField(_("organisation"), unique=True, editable=False)
    editors = models.OneToOneField(
        Group, verbose_name=_("editors"), on_delete=models.PROTECT, related_name="+"
    )
    approvers = models.OneToOneField(
        Group, verbose_name=_("approvers"), on_delete=models.PROTECT, related_name="+"
    )
    page_workflow = models.ForeignKey(
        Workflow, verbose_name=_("page workflow"), on_delete=models.PROTECT, related_name="+"
    )
    minutes_workflow = models.ForeignKey(
        Workflow, verbose_name=_("minutes workflow"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("organisation roles")
        verbose_name_plural = _("organisation roles")

    def __str__(self):
        return self.editors.name

    @classmethod
    def for_organisation(cls, organisation):
        return (
            cls.objects.filter(organisation_key=organisation.translation_key)
            .select_related("editors", "approvers", "page_workflow", "minutes_workflow")
            .first()
        )


class PersonalDataCheckedTask(GroupApprovalTask):
    """A step approved by members of its groups, except over personal data.

    A page whose latest text, or an attachment of it, holds a personal identity number or
    a register person's private contact details is not approved: "Approve" is not offered,
    and an approval that arrives anyway (a form sent before the text changed) leaves the
    step waiting. The finding must go, or an approver let it through with a reason.
    Every step of the organisations' workflows is one of these (``editorial.roles``).
    """

    class Meta:
        verbose_name = _("group approval with personal-data check")
        verbose_name_plural = _("group approvals with personal-data check")

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and isinstance(obj, Page) and not may_approve(obj):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object
        approving_a_page = action_name == "approve" and isinstance(page, Page)
        if approving_a_page and not may_approve(page, fresh=True):
            return None
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve, unless the page or an attachment holds "
            "personal data that no approver has let through."
        )
