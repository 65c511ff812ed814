"""The side column of a minutes page: its agenda at a glance.

Read from the agenda the page renders anyway, so that the table of contents, the decisions
and the attachments cost no query of their own beyond the page's.
"""

from dataclasses import dataclass, field

from core.access_policy import may_view_document
from minutes.agenda import agenda_item_anchor


@dataclass
class OutlineItem:
    anchor: str
    number: int | None
    heading: str
    decisions: list = field(default_factory=list)
    # ``(document, whether the visitor may open it)``, as the agenda item shows them.
    attachments: list = field(default_factory=list)


class AgendaOutline:
    """The items in agenda order, and their decisions and attachments gathered."""

    def __init__(self, items):
        self.items = items
        self.decisions = [(item, clause) for item in items for clause in item.decisions]
        self.attachments = [
            (item, document, visible) for item in items for document, visible in item.attachments
        ]

    def __bool__(self):
        return bool(self.items)


def agenda_outline(page, request):
    """One entry per agenda item, linking to the item's ``#punkt-N``."""
    return AgendaOutline(
        [
            OutlineItem(
                anchor=agenda_item_anchor(item.value),
                number=item.value.get("number"),
                heading=item.value.get("heading") or "",
                decisions=list(item.value.get("decisions") or []),
                attachments=[
                    (document, may_view_document(request, document))
                    for document in item.value.get("attachments") or []
                    if document is not None
                ],
            )
            for item in page.agenda
            if item.block_type == "item"
        ]
    )
