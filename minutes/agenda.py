"""Agenda items in the form a minutes page's StreamField stores them.

Built here for the pages made outside the admin (imports, prepared drafts, demo content), and
read here without converting them to block values, which would load every attached document.
"""

import datetime
import uuid

from django.utils.text import slugify


def agenda_item_anchor(value):
    """The fragment id of an agenda item: ``punkt-3``, or a slug of an unnumbered heading.

    ``minutes/blocks/agenda_item_block.html`` renders the same id.
    """
    if value.get("number"):
        return f"punkt-{value['number']}"
    return slugify(value.get("heading") or "")


def list_block_data(values):
    """A ListBlock's stored data: each value wrapped with an id of its own, as Wagtail saves it."""
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def list_block_values(raw_items):
    """The values of a ListBlock's stored data, in either of the forms Wagtail stores.

    Newer saves wrap each value as ``{"type": "item", "value": …, "id": …}``; older data and
    data written directly keep plain values.
    """
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw_items or []
    ]


def _scheduled_date(date, time, kind):
    if isinstance(date, datetime.date):
        date = date.isoformat()
    return {"date": date, "time": time, "kind": kind}


def agenda_item_value(
    *,
    heading,
    section="",
    number=None,
    presenters=(),
    body="",
    decisions=(),
    schedule=(),
    attachments=(),
    follow_up="",
):
    """The stored value of an ``AgendaItemBlock``, as the admin would save it.

    ``body`` is rich text HTML; ``schedule`` holds ``(date, time, kind)`` rows, each date a
    ``datetime.date`` or an ISO string; ``attachments`` are documents or their ids. Values
    are stored as given: whoever reads them from elsewhere fits them to the fields' lengths.
    """
    return {
        "section": section,
        "number": number,
        "heading": heading,
        "presenters": list_block_data(presenters),
        "body": body,
        "decisions": list_block_data(decisions),
        "schedule": list_block_data(_scheduled_date(*row) for row in schedule),
        "attachments": list_block_data(
            getattr(document, "pk", document) for document in attachments
        ),
        "follow_up": follow_up,
    }


def agenda_item_data(**fields):
    """One ``item`` of a minutes page's ``agenda`` as stored; see ``agenda_item_value``."""
    return {"type": "item", "value": agenda_item_value(**fields), "id": str(uuid.uuid4())}


def raw_agenda_items(page):
    """The agenda item values of a minutes page, without loading documents or other blocks."""
    return [item["value"] for item in page.agenda.raw_data if item.get("type") == "item"]
