"""Which language a searchable object or a query is analysed in."""

from django.utils import translation

from search.text.analysis import normalise_language


def object_language(obj):
    """The language of a page or snippet's locale, or a document text's own language."""
    language = getattr(obj, "search_language", None)
    if language:
        return normalise_language(language)
    locale_id = getattr(obj, "locale_id", None)
    if locale_id:
        return normalise_language(obj.locale.language_code)
    return "sv"


def query_language():
    """Queries are analysed in the active language; the search is filtered to its locale."""
    return normalise_language(translation.get_language())
