"""People named as contacts of a page, shown in the page's language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from core.api_serializers import PersonSerializer
from networks.models.directory import Person

CARD_RELATIONS = ("organisation__parent", "photo")


class PageContact(Orderable):
    """A contact row of a page; each page type adds the ``ParentalKey`` to itself."""

    person = models.ForeignKey(
        "networks.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person", serializer=PersonSerializer())]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return str(self.person)


def contacts_to_show(contacts, locale_id):
    """The contact rows with what their cards show, each person in the page's language.

    Contact rows are copied unchanged into a page's translation, so they still point at
    the people of the original language; a person's translation, where there is one,
    takes their place. The queries are the same whatever the number of contacts.
    """
    rows = list(
        contacts.select_related(*(f"person__{name}" for name in CARD_RELATIONS)).prefetch_related(
            "person__photo__renditions"
        )
    )
    keys = [row.person.translation_key for row in rows if row.person.locale_id != locale_id]
    if keys:
        translations = {
            person.translation_key: person
            for person in Person.objects.filter(translation_key__in=keys, locale_id=locale_id)
            .select_related(*CARD_RELATIONS)
            .prefetch_related("photo__renditions")
        }
        for row in rows:
            row.person = translations.get(row.person.translation_key, row.person)
    return rows
