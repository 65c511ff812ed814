from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Workflow


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
