from django.db import models
from django.utils.translation import gettext_lazy as _


class NetworkRole(models.TextChoices):
    """The role a person has in a network, as its members list and its minutes record it."""

    CHAIR = "chair", _("Chair")
    VICE_CHAIR = "vice_chair", _("Vice chair")
    SECRETARY = "secretary", _("Secretary")
    COORDINATOR = "coordinator", _("Coordinator")
    MEMBER = "member", _("Member")
    CO_OPTED = "co_opted", _("Co-opted member")
    GUEST = "guest", _("Guest")
