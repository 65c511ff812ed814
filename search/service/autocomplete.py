"""Titles offered as the visitor types in the search box."""

from search.query import read_query
from search.service.find import suggest_pages

MIN_LENGTH = 2


def complete(raw, locale, request):
    """Live, public pages of ``locale`` whose titles begin with the words typed so far."""
    if len(read_query(raw).autocomplete_text()) < MIN_LENGTH:
        return []
    return [
        {
            "title": page.title,
            "url": page.get_url(request),
            "type": str(page.specific_class._meta.verbose_name) if page.specific_class else "",
        }
        for page in suggest_pages(raw, locale)
    ]
