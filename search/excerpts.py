"""The plain text a search result's snippet is cut from.

Taken from the same fields a page type indexes (its ``search_fields``), so that the words
that made a page match are there to be highlighted, and written as a reader sees them on the
page: a time as 09:30, a date as 11 mars 2027, a choice by its label. Stream fields are read
from their stored JSON along their block definitions: converting them to block values would
load every chosen document and image.
"""

import datetime
import html
import re

from django.core.exceptions import FieldDoesNotExist
from django.utils.dateformat import format as format_date
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from search.text.highlight import highlight

TAG = re.compile(r"<[^>]*>")
# Fields shown first: they summarise the page.
SUMMARY_FIELDS = ("search_description", "intro")


def plain_text(markup):
    """Text of an HTML fragment, with a space where each tag was."""
    return " ".join(html.unescape(TAG.sub(" ", markup)).split())


# As the page templates write them (minutes_page.html, programme_item_block.html).
SHOWN_FORMATS = {
    blocks.DateTimeBlock: (datetime.datetime.fromisoformat, "j F Y H:i"),
    blocks.DateBlock: (datetime.date.fromisoformat, "j F Y"),
    blocks.TimeBlock: (datetime.time.fromisoformat, "H:i"),
}


def shown_value(block, value):
    """A stored date, time or choice as the page shows it; other text as it is stored."""
    for kind, (parse, shown) in SHOWN_FORMATS.items():
        if isinstance(block, kind) and isinstance(value, str) and value:
            try:
                return format_date(parse(value), shown)
            except ValueError:
                return value
    if isinstance(block, blocks.ChoiceBlock):
        return str(dict(block.field.choices).get(value, value or ""))
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
        return plain_text(value)
    return value if isinstance(value, str) else ""


def shown_strings(block, data):
    """The texts a reader sees of a block's stored data, in the order of its definition.

    Chosen documents, pages and images are stored as ids and show no text of their own here.
    """
    if isinstance(block, blocks.BaseStreamBlock):
        for child in data if isinstance(data, list) else ():
            if isinstance(child, dict) and child.get("type") in block.child_blocks:
                yield from shown_strings(block.child_blocks[child["type"]], child.get("value"))
    elif isinstance(block, blocks.BaseStructBlock):
        if isinstance(data, dict):
            for name, child_block in block.child_blocks.items():
                yield from shown_strings(child_block, data.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in data if isinstance(data, list) else ():
            wrapped = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from shown_strings(block.child_block, item["value"] if wrapped else item)
    else:
        text = shown_value(block, data)
        if text:
            yield text


def field_text(page, field):
    value = getattr(page, field.name, None)
    if not value:
        return ""
    if isinstance(field, StreamField):
        return plain_text(" ".join(shown_strings(field.stream_block, list(value.raw_data))))
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
