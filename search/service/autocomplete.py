"""Titles offered as the visitor types in the search box."""

from wagtail.models import Page

from core.text_language import with_own_text
from search.query import read_query

MAX_SUGGESTIONS = 8
MIN_LENGTH = 2


def complete(raw, locale, request):
    """Live, public pages of ``locale`` whose titles begin with the words typed so far."""
    text = read_query(raw).autocomplete_text()
    if len(text) < MIN_LENGTH:
        return []
    # Aliases and translations not yet approved show another language's text; a few extra
    # rows leave room to drop them. The search backend cannot filter on that itself.
    pages = list(
        Page.objects.live().public().filter(locale=locale).autocomplete(text)[: MAX_SUGGESTIONS * 2]
    )
    own = set(
        with_own_text(Page.objects.filter(pk__in=[page.pk for page in pages])).values_list(
            "pk", flat=True
        )
    )
    found = [page for page in pages if page.pk in own]
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "type": str(page.specific_class._meta.verbose_name) if page.specific_class else "",
        }
        for page in found[:MAX_SUGGESTIONS]
    ]
