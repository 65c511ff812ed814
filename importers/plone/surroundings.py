"""What the validator must know of the site before it checks an export: its one look at it."""

from django.conf import settings
from wagtail.models import Locale

from importers.plone.validation import Surroundings
from minutes.models.import_source import ImportSource
from networks.models.directory import Organisation


def read_surroundings(items, *, network, organisation=None):
    """The site's languages, and which parents named by ``items`` outside them were imported."""
    items = [data for data in items if isinstance(data, dict)]
    parents = [data["parent"].get("UID") for data in items if isinstance(data.get("parent"), dict)]
    outside = {uid for uid in parents if isinstance(uid, str) and uid} - {
        data.get("UID") for data in items
    }
    imported = ImportSource.objects.filter(
        kind=ImportSource.Kind.PLONE_ITEM, key__in=outside, page__isnull=False
    ).values_list("key", flat=True)
    return Surroundings(
        default_language=Locale.get_default().language_code,
        languages=frozenset(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES),
        has_network=network is not None,
        imported_pages=frozenset(imported) if outside else frozenset(),
        has_organisation=organisation is not None,
    )


def only_organisation():
    """The site's one top-level organisation, None when it has several or none."""
    found = list(Organisation.objects.filter(locale=Locale.get_default(), parent__isnull=True)[:2])
    return found[0] if len(found) == 1 else None
