"""Every piece of text a page holds, each with the place it stands, and its documents.

Read from the page object itself (a revision's page included), not from the search index
or the reference index, so a draft is checked as the editor wrote it: its fields, the blocks
of its StreamFields (agenda items, decisions …), the rows of its inline lists (attendance)
and the documents it attaches or links.
"""

import re
from dataclasses import dataclass, field

from django.db import models
from django.utils.html import strip_tags
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText

# Page fields of Wagtail's own that hold no text a visitor reads.
PAGE_TEXT_FIELDS = ("title", "seo_title", "search_description")
DOCUMENT_LINK = re.compile(r"<a[^>]*linktype=\"document\"[^>]*id=\"(\d+)\"", re.IGNORECASE)
CONTACT_LINK = re.compile(r"href=\"(?:mailto|tel):([^\"]+)\"", re.IGNORECASE)


@dataclass
class PageText:
    pieces: list = field(default_factory=list)  # [(place, text)]
    document_ids: list = field(default_factory=list)

    def add_rich_text(self, place, source):
        source = source.source if isinstance(source, RichText) else str(source or "")
        self.document_ids += [int(pk) for pk in DOCUMENT_LINK.findall(source)]
        links = " ".join(CONTACT_LINK.findall(source))
        # Block-level tags end a word: "<p>A</p><p>B</p>" is "A B", not "AB".
        text = strip_tags(re.sub(r"<(?:/p|br|/li|/h\d|/td)[^>]*>", "\n", source))
        self.add(place, f"{text} {links}".strip())

    def add(self, place, text):
        if text and str(text).strip():
            self.pieces.append((place, str(text)))


def quoted(label):
    return _("“%(label)s”") % {"label": label}


def field_place(model_field):
    return _("the field %(field)s") % {"field": quoted(capfirst(model_field.verbose_name))}


def item_place(block, index, value):
    """ "Agenda item 3 “Budget”": by its own number and heading where it has them."""
    struct = value if isinstance(value, blocks.StructValue) else {}
    number = struct.get("number") or index
    label = _("%(label)s %(number)s") % {"label": capfirst(block.label), "number": number}
    heading = struct.get("heading")
    return f"{label} {quoted(heading)}" if heading else label


def walk_block(block, value, place, found):
    """Add the text of one block's value, and its documents, to ``found``."""
    if value is None:
        return
    if isinstance(block, DocumentChooserBlock):
        found.document_ids.append(value.pk if hasattr(value, "pk") else value)
    elif isinstance(block, blocks.StreamBlock):
        for index, child in enumerate(value, start=1):
            walk_block(
                child.block,
                child.value,
                [*place, item_place(child.block, index, child.value)],
                found,
            )
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(value, start=1):
            walk_block(
                block.child_block, item, [*place, item_place(block.child_block, index, item)], found
            )
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            inner = (
                place
                if isinstance(child_block, blocks.ListBlock)
                else [*place, str(capfirst(child_block.label))]
            )
            walk_block(child_block, value.get(name), inner, found)
    elif isinstance(block, blocks.RichTextBlock):
        found.add_rich_text(", ".join(place), value)
    elif isinstance(value, str):
        found.add(", ".join(place), value)


def add_field(page_or_row, model_field, place, found):
    value = getattr(page_or_row, model_field.attname, None)
    if isinstance(model_field, StreamField):
        walk_block(model_field.stream_block, value, [place], found)
    elif isinstance(model_field, RichTextField):
        found.add_rich_text(place, value)
    elif isinstance(model_field, models.ForeignKey):
        if model_field.related_model is get_document_model() and value:
            found.document_ids.append(value)
    elif isinstance(model_field, (models.CharField, models.TextField)) and not model_field.choices:
        found.add(place, value)


def own_fields(model):
    for model_field in model._meta.concrete_fields:
        if model_field.model is Page and model_field.name not in PAGE_TEXT_FIELDS:
            continue
        yield model_field


def add_child_rows(page, found):
    """The rows of the page's inline lists, such as the attendance list.

    Wagtail's own (the editors' comments) are not published, so not checked.
    """
    for relation in get_all_child_relations(type(page)):
        if relation.related_model._meta.app_label.startswith("wagtail"):
            continue
        rows = getattr(page, relation.get_accessor_name()).all()
        options = relation.related_model._meta
        for number, row in enumerate(rows, start=1):
            row_place = _("%(list)s, row %(number)s") % {
                "list": capfirst(options.verbose_name_plural),
                "number": number,
            }
            for model_field in options.concrete_fields:
                if model_field.name in ("id", "sort_order"):
                    continue
                place = f"{row_place}, {capfirst(model_field.verbose_name)}"
                add_field(row, model_field, place, found)


def page_text(page):
    """A ``PageText`` of ``page`` (its specific object, or a revision's)."""
    found = PageText()
    for model_field in own_fields(type(page)):
        add_field(page, model_field, field_place(model_field), found)
    add_child_rows(page, found)
    found.document_ids = list(dict.fromkeys(pk for pk in found.document_ids if pk))
    return found
