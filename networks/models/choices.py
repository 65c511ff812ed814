from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    REGION = "region", _("Region")
    FEDERATION = "federation", _("Federation of municipalities")
    MUNICIPALITY = "municipality", _("Municipality")
    ASSOCIATION = "association", _("Association")
    UNIVERSITY = "university", _("University")
    UNIT = "unit", _("Unit")
    OTHER = "other", _("Other")


class NetworkRole(models.TextChoices):
    """The role a person has in a network or at a meeting."""

    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    SECRETARY = "secretary", _("Secretary")
    COORDINATOR = "coordinator", _("Coordinator")
    MEMBER = "member", _("Member")
    CO_OPTED = "co_opted", _("Co-opted member")
    GUEST = "guest", _("Guest")


class MeetingKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
