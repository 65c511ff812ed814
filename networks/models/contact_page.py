from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.pages import IntroIndexPage
from networks.models.directory import Person


class ContactIndexPage(IntroIndexPage):
    """Everyone whose contact details are public, grouped per organisation and unit."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("contact index page")
        verbose_name_plural = _("contact index pages")

    def contact_groups(self):
        """Public contacts as ``[(organisation, [(unit or None, [person, ...]), ...]), ...]``.

        Each person appears in the page's language, or in the default language where they
        have not been translated yet.
        """
        translated = Person.objects.filter(locale_id=self.locale_id).values("translation_key")
        untranslated = Q(locale=Locale.get_default()) & ~Q(translation_key__in=translated)
        people = (
            Person.objects.filter(Q(locale_id=self.locale_id) | untranslated)
            .filter(contact_details_public=True)
            .select_related("organisation__parent__parent", "photo")
            .prefetch_related("photo__renditions")
            .order_by("name")
        )
        groups = {}
        for person in people:
            unit = person.organisation
            top = unit.top_level if unit else None
            units = groups.setdefault(top, {})
            units.setdefault(unit if unit != top else None, []).append(person)

        def by_name(organisation):
            return (organisation is None, organisation.name if organisation else "")

        return [
            (top, [(unit, units[unit]) for unit in sorted(units, key=by_name)])
            for top, units in sorted(groups.items(), key=lambda item: by_name(item[0]))
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contact_groups"] = self.contact_groups()
        return context
