"""Which pages anyone may read: Wagtail's ``public()``, its restrictions read once.

Wagtail's ``PageQuerySet.public()`` reads every view restriction each time it is called,
and a page calls it for each listing it shows. The restricted sections change only with
content, so they are kept per generation (``core.per_generation``).
"""

from django.db.models import Q
from wagtail.models import PageViewRestriction

from core.per_generation import kept


def restricted_sections():
    """The (path, depth) of every page that has a view restriction, kept."""

    def find():
        restricted = PageViewRestriction.objects.values_list("page__path", "page__depth")
        return sorted(set(restricted))

    return kept("restricted sections", find)


def private_q():
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    # Wagtail's own: match no page when no section is private.
    return q if q else Q(pk__in=[])


def public(queryset):
    """``queryset.public()``: the pages outside every restricted section."""
    return queryset.exclude(private_q())
