"""Reading agenda items straight from the stored StreamField data."""

from django.utils.text import slugify


def agenda_item_anchor(value):
    """The fragment id of an agenda item: ``punkt-3``, or a slug of an unnumbered heading.

    ``minutes/blocks/agenda_item_block.html`` renders the same id.
    """
    if value.get("number"):
        return f"punkt-{value['number']}"
    return slugify(value.get("heading") or "")


def list_block_values(raw_items):
    """The values of a ListBlock's stored data, in either of the forms Wagtail stores.

    Newer saves wrap each value as ``{"type": "item", "value": …, "id": …}``; older data and
    data written directly keep plain values.
    """
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw_items or []
    ]


def raw_agenda_items(page):
    """The agenda item values of a minutes page, without loading documents or other blocks."""
    return [item["value"] for item in page.agenda.raw_data if item.get("type") == "item"]
