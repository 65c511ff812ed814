"""Matches inside attached documents as links a reader can follow.

A hit links to the document itself, at the matching page of a PDF (``#page=N``, which
browsers' PDF viewers open at), and to the agenda item of the minutes that attaches it.
A document the reader may not open is not shown at all.
"""

from dataclasses import dataclass
from pathlib import PurePath

from core.access_policy import may_view_document, prefetch_view_restrictions
from minutes.agenda import agenda_item_anchor
from search.attachments import matched_attachments_of

# Where a number is a slide rather than a page: a viewer cannot be sent to it by a link.
SLIDES = {".pptx"}


@dataclass(frozen=True)
class AttachmentHit:
    document: object
    number: int | None
    excerpt: str
    url: str
    is_slide: bool = False
    item_url: str = ""
    item_number: int | None = None
    item_heading: str = ""


def attaching_items(page):
    """``{document id: (anchor, number, heading)}`` of the agenda items of ``page``."""
    agenda = getattr(page, "agenda", None)
    items = {}
    for stored in agenda.raw_data if agenda is not None else ():
        value = stored.get("value") or {}
        if stored.get("type") != "item" or not isinstance(value, dict):
            continue
        for attachment in value.get("attachments") or []:
            pk = attachment.get("value") if isinstance(attachment, dict) else attachment
            if isinstance(pk, int):
                items.setdefault(
                    pk, (agenda_item_anchor(value), value.get("number"), value.get("heading", ""))
                )
    return items


def attachment_hits(request, pages, query, language):
    """``{page key: [AttachmentHit]}`` for the attachments of ``pages`` matching ``query``."""
    matched = matched_attachments_of(pages, query, language)
    prefetch_view_restrictions(
        [document for matches in matched.values() for document, _n, _e in matches]
    )
    by_pk = {page.pk: page for page in pages}
    hits = {}
    for page_pk, matches in matched.items():
        page = by_pk[page_pk]
        page_url = page.get_url(request)
        items = attaching_items(page)
        for document, number, excerpt in matches:
            if not may_view_document(request, document):
                continue
            hits.setdefault(page_pk, []).append(hit(document, number, excerpt, page_url, items))
    return hits


def hit(document, number, excerpt, page_url, items):
    is_slide = PurePath(document.file.name).suffix.lower() in SLIDES
    url = document.url
    if number and not is_slide:
        url = f"{url}#page={number}"
    anchor, item_number, heading = items.get(document.pk, ("", None, ""))
    return AttachmentHit(
        document=document,
        number=number,
        excerpt=excerpt,
        url=url,
        is_slide=is_slide,
        item_url=f"{page_url}#{anchor}" if anchor and page_url else "",
        item_number=item_number,
        item_heading=heading or "",
    )
