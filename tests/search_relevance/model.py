"""The shape of the relevance corpora: minutes pages with agenda items and attachments."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attachment:
    """A document attached to an agenda item: ``kind`` is pdf, docx or pptx."""

    kind: str
    title: str
    pages: tuple


@dataclass(frozen=True)
class Item:
    heading: str
    body: str = ""
    decisions: tuple = ()
    presenters: tuple = ()
    attachment: Attachment | None = None


@dataclass(frozen=True)
class Minutes:
    slug: str
    title: str
    date: str
    items: tuple
    attendees: tuple = ()
    language: str = "sv"
    place: str = ""


@dataclass(frozen=True)
class Query:
    """A query and the pages that answer it: slug → 2 (what was asked for) or 1 (related)."""

    text: str
    relevant: dict
    language: str = "sv"
    kind: str = ""
    tags: tuple = field(default=())
