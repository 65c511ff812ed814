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


class MeetingKind(models.TextChoices):
    MEETING = "meeting", _("Meeting")
    CONFERENCE = "conference", _("Conference")
    WORKSHOP = "workshop", _("Workshop")
