"""The plain text a search result's snippet is cut from.

Taken from the same fields a page type indexes (its ``search_fields``), so that the words
that made a page match are there to be highlighted. Stream fields are read from their stored
JSON: converting them to block values would load every chosen document and image.
"""

import html
import re

from django.core.exceptions import FieldDoesNotExist
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from search.text.highlight import highlight

TAG = re.compile(r"<[^>]*>")
# Fields shown first: they summarise the page.
SUMMARY_FIELDS = ("search_description", "intro")


def plain_text(markup):
    """Text of an HTML fragment, with a space where each tag was."""
    return " ".join(html.unescape(TAG.sub(" ", markup)).split())


def stream_strings(data):
    """Every string of a stream field's stored data, skipping block types and ids."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        if "type" in data and "value" in data:
            yield from stream_strings(data["value"])
        else:
            for value in data.values():
                yield from stream_strings(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from stream_strings(value)


def field_text(page, field):
    value = getattr(page, field.name, None)
    if not value:
        return ""
    if isinstance(field, StreamField):
        return plain_text(" ".join(stream_strings(list(value.raw_data))))
    if isinstance(field, RichTextField):
        return plain_text(value)
    return value if isinstance(value, str) else ""


def searchable_fields(model):
    """The model's own text fields that it indexes, summaries first, the title left out."""
    names = [
        field.field_name
        for field in model.get_search_fields()
        if isinstance(field, index.SearchField) and field.field_name != "title"
    ]
    ordered = [name for name in SUMMARY_FIELDS if name in names or name == "search_description"]
    ordered += [name for name in names if name not in ordered]
    fields = []
    for name in dict.fromkeys(ordered):
        try:
            fields.append(model._meta.get_field(name))
        except FieldDoesNotExist:
            continue
    return fields


def search_text(page):
    """The page's indexed text as one plain string, its summary first."""
    parts = (field_text(page, field) for field in searchable_fields(type(page)))
    return " ".join(part for part in parts if part)


def snippet(page, query, language, terms=None):
    """An excerpt of the page with the words of ``query`` (its ``terms``) marked, or empty."""
    text = search_text(page)
    return highlight(text, query, language=language, terms=terms) if text else ""
