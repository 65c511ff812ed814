"""Titles offered as the visitor types in the search box."""

from wagtail.models import Page

from search.query import read_query

MAX_SUGGESTIONS = 8
MIN_LENGTH = 2


def complete(raw, locale, request):
    """Live, public pages of ``locale`` whose titles begin with the words typed so far."""
    text = read_query(raw).autocomplete_text()
    if len(text) < MIN_LENGTH:
        return []
    # Aliases show another language's text; a few extra rows leave room to drop them.
    pages = Page.objects.live().public().filter(locale=locale).autocomplete(text)
    found = [page for page in pages[: MAX_SUGGESTIONS * 2] if page.alias_of_id is None]
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "type": str(page.specific_class._meta.verbose_name) if page.specific_class else "",
        }
        for page in found[:MAX_SUGGESTIONS]
    ]
