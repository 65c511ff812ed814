"""What importing a checked Plone export will do, decided before anything is written.

The plan is plain data: the writer reads it and the tests can look at it without a
database. Each item keeps its exported JSON (``data``), which the plan never changes.
"""

import datetime
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from urllib.parse import urljoin

from importers.minutes_parser import TITLE

SITE_ROOT_TYPES = {"Plone Site"}
LANGUAGE_ROOT_TYPES = {"LRF"}
FOLDER_TYPES = {"Folder"}
DOCUMENT_TYPES = {"Document", "News Item"}
EVENT_TYPES = {"Event"}
FILE_TYPES = {"File"}
IMAGE_TYPES = {"Image"}
SUPPORTED_TYPES = (
    LANGUAGE_ROOT_TYPES | FOLDER_TYPES | DOCUMENT_TYPES | EVENT_TYPES | FILE_TYPES | IMAGE_TYPES
)
PUBLISHED_STATES = {"published"}
# Plone's views of an item, which answer at the item's address followed by these.
VIEW_SUFFIXES = ("/view", "/@@download/file", "/@@images/image", "/image_view_fullscreen")


class Becomes(StrEnum):
    """What an item of the export is made into."""

    NOTHING = "nothing"  # a type that is not imported
    HOME = "home"  # a language root folder: the site's home page in its language
    NETWORK_INDEX = "network index"  # the folder holding the network folders
    NETWORK = "network"  # a folder of a network's own minutes and events
    CONFERENCE_INDEX = "conference index"  # a folder of events only
    PAGE = "page"
    CONFERENCE = "conference"
    MINUTES = "minutes"
    DOCUMENT = "document"
    IMAGE = "image"


PAGES = {Becomes.PAGE, Becomes.CONFERENCE, Becomes.MINUTES, Becomes.NETWORK}
INDEXES = {Becomes.NETWORK_INDEX, Becomes.CONFERENCE_INDEX}
MEDIA = {Becomes.DOCUMENT, Becomes.IMAGE}
# Events and minutes live under a network: the one whose folder holds them, else the one
# the import names.
UNDER_NETWORK = {Becomes.CONFERENCE, Becomes.MINUTES}


@dataclass(frozen=True)
class PloneItem:
    """One checked item: its place in the export and the values read from it."""

    data: dict
    index: int
    uid: str
    url: str
    type: str
    parent_uid: str | None  # None: under the home page (or the network, see ``becomes``)
    language: str
    published: bool
    created: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    effective: datetime.datetime | None = None
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None
    translation_of: str | None = None  # the UID of the item this one translates
    blob: bytes | None = None
    # What the item's place in the tree makes of it (``importers.plone.structure``), if
    # more than its type says, and the network folder it is in.
    role: Becomes | None = None
    network_uid: str | None = None

    @property
    def title(self):
        return str(self.data.get("title") or self.data.get("id") or self.uid)[:255]

    @property
    def label(self):
        return self.data.get("id") or self.uid

    @property
    def digest(self):
        return hashlib.sha256(json.dumps(self.data, sort_keys=True).encode()).hexdigest()

    def text_html(self):
        text = self.data.get("text")
        if isinstance(text, dict):
            text = text.get("data")
        return text if isinstance(text, str) else ""

    def looks_like_minutes(self):
        return self.type in DOCUMENT_TYPES and bool(TITLE.match(self.title))

    @property
    def becomes(self):
        if self.role is not None:
            return self.role
        return self.becomes_by_type

    @property
    def becomes_by_type(self):
        if self.type not in SUPPORTED_TYPES:
            return Becomes.NOTHING
        if self.type in LANGUAGE_ROOT_TYPES:
            return Becomes.HOME
        if self.type in FILE_TYPES:
            return Becomes.DOCUMENT
        if self.type in IMAGE_TYPES:
            return Becomes.IMAGE
        if self.type in EVENT_TYPES:
            return Becomes.CONFERENCE
        if self.looks_like_minutes():
            return Becomes.MINUTES
        return Becomes.PAGE


@dataclass(frozen=True)
class Plan:
    """The items in the order they are written: parents first, originals before translations."""

    source: str
    items: tuple[PloneItem, ...]
    site_root_url: str
    by_uid: Mapping[str, PloneItem]
    by_url: Mapping[str, PloneItem]

    @classmethod
    def of(cls, source, items, *, site_root_url=""):
        items = tuple(items)
        return cls(
            source=source,
            items=items,
            site_root_url=site_root_url,
            by_uid=MappingProxyType({item.uid: item for item in items}),
            by_url=MappingProxyType({item.url: item for item in items}),
        )

    @property
    def translations(self):
        """(original, translation) pairs of UIDs."""
        return tuple((item.translation_of, item.uid) for item in self.items if item.translation_of)

    def linked_item(self, item, href):
        """The item of the export that a link in ``item``'s text points at, if any."""
        if href.startswith(("mailto:", "#")):
            return None
        lowered = href.lower()
        if "resolveuid/" in lowered:
            uid = href[lowered.index("resolveuid/") + len("resolveuid/") :].split("/")[0]
            return self.by_uid.get(uid.split("?")[0].split("#")[0])
        # Relative to the item as a folder (Plone 6, folderish pages) or as a page in its
        # parent (classic Plone's documents).
        for base in (item.url + "/", item.url):
            url = urljoin(base, href).split("?")[0].split("#")[0].rstrip("/")
            for suffix in VIEW_SUFFIXES:
                url = url.removesuffix(suffix)
            if url in self.by_url:
                return self.by_url[url]
        return None
