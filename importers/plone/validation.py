"""Checking a whole Plone export before anything is written, and planning its import.

The export is a JSON list of content items, each with ``@id`` (its URL), ``@type``,
``UID``, ``parent`` (``@id``, ``UID``, ``@type``), ``review_state``, ``language``, dates,
``text`` and, for files and images, the blob as base64. The check stops at the first
fault, raising ``ImportFailure`` with the item at fault.

The check reads no database: what it must know of the site (``Surroundings``) is read
beforehand by ``importers.plone.surroundings.read_surroundings``.
"""

import base64
import binascii
import io
import json
from dataclasses import dataclass, replace

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

from importers.errors import ImportFailure
from importers.plone.plan import (
    FILE_TYPES,
    IMAGE_TYPES,
    LANGUAGE_ROOT_TYPES,
    MEDIA,
    PUBLISHED_STATES,
    SITE_ROOT_TYPES,
    UNDER_NETWORK,
    Becomes,
    Plan,
    PloneItem,
)
from importers.plone.structure import find_structure

MAX_EXPORT_SIZE = 200 * 1024 * 1024


@dataclass(frozen=True)
class Surroundings:
    """What deciding the plan must know of the site the export goes into."""

    default_language: str
    languages: frozenset[str]
    has_network: bool
    # UIDs of Plone items imported as pages by an earlier run, which items may be placed under.
    imported_pages: frozenset[str] = frozenset()
    # Whether network folders have an owning organisation: named, or the site's only one.
    has_organisation: bool = True


def failure(message, item=None, *, source):
    location = None if item is None else str(item.get("@id") or item.get("UID") or "?")
    return ImportFailure(message, source=source, location=location)


def named(items, limit=10):
    """The addresses of ``items``, the first ``limit`` of them, for a message."""
    names = ", ".join(item.url for item in items[:limit])
    return names if len(items) <= limit else f"{names} … (+{len(items) - limit})"


def parse_date(value, item, name, *, source, required=False):
    if value in (None, "", "None"):
        if required:
            raise failure(
                _("The %(field)s date is missing.") % {"field": name}, item, source=source
            )
        return None
    moment = parse_datetime(str(value)) if isinstance(value, str) else None
    if moment is None:
        raise failure(
            _("The %(field)s date %(value)s is not a date and time.")
            % {"field": name, "value": str(value)[:40]},
            item,
            source=source,
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def decode_blob(item, key, *, source):
    blob = item.get(key)
    if not isinstance(blob, dict) or not isinstance(blob.get("data"), str):
        raise failure(
            _("The %(field)s has no data; export with blobs as base64.") % {"field": key},
            item,
            source=source,
        )
    try:
        data = base64.b64decode(blob["data"], validate=True)
    except (binascii.Error, ValueError) as error:
        raise failure(
            _("The %(field)s data is not valid base64.") % {"field": key}, item, source=source
        ) from error
    if not data:
        raise failure(_("The %(field)s is empty.") % {"field": key}, item, source=source)
    if not str(blob.get("filename") or "").strip():
        raise failure(_("The %(field)s has no file name.") % {"field": key}, item, source=source)
    return data


def check_image(item, data, *, source):
    try:
        with PillowImage.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise failure(_("The image is not a readable image file."), item, source=source) from error


def load_export(name, data):
    """The items of an export, read as JSON; raises ``ImportFailure`` at the first fault."""
    if not data:
        raise ImportFailure(_("The file is empty."), source=name)
    if len(data) > MAX_EXPORT_SIZE:
        raise ImportFailure(_("The export is larger than 200 MB."), source=name)
    try:
        content = json.loads(data)
    except UnicodeDecodeError as error:
        raise ImportFailure(_("The export is not UTF-8 text."), source=name) from error
    except json.JSONDecodeError as error:
        raise ImportFailure(
            _("The file is not valid JSON: %(reason)s") % {"reason": error.msg},
            source=name,
            location=error.lineno,
        ) from error
    if not isinstance(content, list):
        raise ImportFailure(
            _("This is not a collective.exportimport content export: it must be a list of items."),
            source=name,
        )
    if not content:
        raise ImportFailure(_("The export holds no items."), source=name)
    return content


def validate_export(items, *, source, surroundings, translation_groups=()):
    """The plan for importing the export's ``items``; raises ``ImportFailure`` at a fault.

    ``translation_groups`` are collective.exportimport's translations file: a list of
    ``{language: UID}``, read with ``importers.plone.export_files``.
    """
    return ExportValidator(
        items, source=source, surroundings=surroundings, translation_groups=translation_groups
    ).plan()


class ExportValidator:
    """Checks the items in passes: each alone, their tree, translations, then contents."""

    def __init__(self, raw_items, *, source, surroundings, translation_groups=()):
        self.raw_items = raw_items
        self.file_groups = translation_groups
        self.source = source
        self.surroundings = surroundings
        self.export_uids = {data.get("UID") for data in raw_items if isinstance(data, dict)}
        self.items = []
        self.by_uid = {}
        self.by_url = {}
        self.site_root_url = ""
        self.children = {}  # uid → the number of items placed under it
        self.translation_of = {}  # uid → the uid of the item it translates
        self.details = {}  # uid → what the contents check read: dates and blob

    def plan(self):
        for index, data in enumerate(self.raw_items):
            self.items.append(self.check_item(index, data))
        for item in self.items:
            self.place(item)
        self.check_cycles()
        self.pair_translations()
        structure = find_structure(self.items, self.translation_of)
        self.items = [
            replace(
                item,
                translation_of=self.translation_of.get(item.uid),
                role=structure[item.uid][0],
                network_uid=structure[item.uid][1],
            )
            for item in self.items
        ]
        for item in self.items:
            self.details[item.uid] = self.check_content(item)
        self.check_homes()
        planned = [replace(item, **self.details[item.uid]) for item in self.tree_order()]
        return Plan.of(self.source, planned, site_root_url=self.site_root_url)

    # -- each item alone -------------------------------------------------------------------

    def check_item(self, index, data):
        self.check_keys(index, data)
        url = data["@id"].rstrip("/")
        if data["UID"] in self.by_uid:
            raise failure(
                _("The UID %(uid)s is used twice.") % {"uid": data["UID"]}, data, source=self.source
            )
        if url in self.by_url:
            raise failure(
                _("The address %(url)s is used twice.") % {"url": url}, data, source=self.source
            )
        item = PloneItem(
            data=data,
            index=index,
            uid=data["UID"],
            url=url,
            type=data["@type"],
            parent_uid=self.parent_uid(data),
            language=str(data.get("language") or "").split("-")[0].lower(),
            published=data.get("review_state") in PUBLISHED_STATES,
        )
        self.by_uid[item.uid] = item
        self.by_url[url] = item
        return item

    def check_keys(self, index, data):
        if not isinstance(data, dict):
            raise ImportFailure(
                _("Item %(index)s is not an object.") % {"index": index + 1}, source=self.source
            )
        for key in ("@id", "@type", "UID"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise ImportFailure(
                    _("Item %(index)s has no %(key)s.") % {"index": index + 1, "key": key},
                    source=self.source,
                    location=str(data.get("@id") or data.get("UID") or f"#{index + 1}"),
                )

    def parent_uid(self, data):
        """The UID of the item's parent; None under the site or a language root not exported."""
        parent = data.get("parent")
        if parent is not None and not isinstance(parent, dict):
            raise failure(_("The parent is not an object."), data, source=self.source)
        if not parent:
            return None
        if parent.get("@type") in SITE_ROOT_TYPES:
            self.site_root_url = str(parent.get("@id") or "").rstrip("/")
            return None
        if parent.get("@type") in LANGUAGE_ROOT_TYPES and (
            parent.get("UID") not in self.export_uids
        ):
            # Plone's language root folders map to the site's home pages.
            return None
        if not parent.get("UID"):
            raise failure(_("The parent has no UID."), data, source=self.source)
        return parent.get("UID")

    # -- the tree and the translations -----------------------------------------------------

    def place(self, item):
        if item.parent_uid is None:
            return
        if item.parent_uid in self.by_uid:
            self.children[item.parent_uid] = self.children.get(item.parent_uid, 0) + 1
            return
        if item.parent_uid not in self.surroundings.imported_pages:
            raise failure(
                _("Its parent %(uid)s is neither in the export nor imported before.")
                % {"uid": item.parent_uid},
                item.data,
                source=self.source,
            )

    def check_cycles(self):
        for item in self.items:
            seen = {item.uid}
            parent = self.by_uid.get(item.parent_uid)
            while parent is not None:
                if parent.uid in seen:
                    raise failure(_("The item is its own ancestor."), item.data, source=self.source)
                seen.add(parent.uid)
                parent = self.by_uid.get(parent.parent_uid)

    def translation_groups(self):
        groups = {}
        for number, group in enumerate(self.file_groups):
            members = [self.by_uid[uid] for uid in group.values() if uid in self.by_uid]
            groups[f"file:{number}"] = members
        for item in self.items:
            group = item.data.get("translation_group")
            if isinstance(group, str) and group:
                groups.setdefault(group, []).append(item)
            translations = item.data.get("translations")
            if isinstance(translations, dict):
                for reference in translations.values():
                    other = self.by_uid.get(reference) or self.by_url.get(
                        str(reference).rstrip("/")
                    )
                    if other is not None and other is not item:
                        groups.setdefault(f"translations:{min(item.uid, other.uid)}", []).extend(
                            [item, other]
                        )
        return groups

    def pair_translations(self):
        """Items in another language that translate an item of the export in the default one."""
        default_language = self.surroundings.default_language
        for members in self.translation_groups().values():
            originals = [m for m in members if m.language in ("", default_language)]
            if not originals:
                continue
            original = originals[0]
            for member in members:
                if member is not original and member.language not in ("", default_language):
                    if member.type != original.type:
                        raise failure(
                            _("A translation must have the type of its original (%(type)s).")
                            % {"type": original.type},
                            member.data,
                            source=self.source,
                        )
                    self.translation_of[member.uid] = original.uid

    def tree_order(self):
        """Parents before children, originals before their translations."""

        def depth(item):
            level, parent = 0, self.by_uid.get(item.parent_uid)
            while parent is not None:
                level, parent = level + 1, self.by_uid.get(parent.parent_uid)
            return level

        return sorted(
            self.items,
            key=lambda item: (item.uid in self.translation_of, depth(item), item.index),
        )

    # -- contents --------------------------------------------------------------------------

    def check_content(self, item):
        """The item's dates and blob, read once its contents are found sound."""
        data = item.data
        details = {
            name: parse_date(data.get(name), data, name, source=self.source)
            for name in ("created", "modified", "effective")
        }
        if item.becomes is Becomes.NOTHING:
            return details
        if item.language and item.language not in self.surroundings.languages:
            raise failure(
                _("The language %(language)s is not one of the site's languages.")
                % {"language": item.language},
                data,
                source=self.source,
            )
        if item.becomes is Becomes.CONFERENCE:
            details["start"], details["end"] = self.event_times(item)
        if item.becomes in MEDIA:
            details["blob"] = self.blob(item)
        self.check_text(item)
        return details

    def check_homes(self):
        """Networks need an owner, and events and minutes outside them the named network."""
        originals = [item for item in self.items if item.translation_of is None]
        networks = [item for item in originals if item.becomes is Becomes.NETWORK]
        if networks and not self.surroundings.has_organisation:
            raise failure(
                _(
                    "The network folders %(items)s need an owning organisation and the site "
                    "has more than one, or none: name it with --organisation."
                )
                % {"items": named(networks)},
                networks[0].data,
                source=self.source,
            )
        homeless = [
            item for item in originals if item.becomes in UNDER_NETWORK and item.network_uid is None
        ]
        if homeless and not self.surroundings.has_network:
            raise failure(
                _(
                    "Events and minutes outside any network folder belong to a network: "
                    "name it with --network. They are: %(items)s"
                )
                % {"items": named(homeless)},
                homeless[0].data,
                source=self.source,
            )

    def event_times(self, item):
        data = item.data
        start = parse_date(data.get("start"), data, "start", source=self.source, required=True)
        end = parse_date(data.get("end"), data, "end", source=self.source) or start
        if end < start:
            raise failure(_("The event ends before it starts."), data, source=self.source)
        return start, end

    def blob(self, item):
        if item.type in FILE_TYPES:
            blob = decode_blob(item.data, "file", source=self.source)
        else:
            blob = decode_blob(item.data, "image", source=self.source)
        if item.type in IMAGE_TYPES:
            check_image(item.data, blob, source=self.source)
        if self.children.get(item.uid):
            raise failure(
                _("A file or image cannot hold other items."), item.data, source=self.source
            )
        return blob

    def check_text(self, item):
        data = item.data
        if not isinstance(data.get("title", ""), str):
            raise failure(_("The title is not text."), data, source=self.source)
        text = data.get("text")
        if text is not None and not isinstance(text, (str, dict)):
            raise failure(
                _("The text is neither HTML nor a rich text object."), data, source=self.source
            )
