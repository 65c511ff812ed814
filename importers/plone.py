"""Importing a Plone site exported with collective.exportimport.

The export is a JSON list of content items, each with ``@id`` (its URL), ``@type``,
``UID``, ``parent`` (``@id``, ``UID``, ``@type``), ``review_state``, ``language``, dates,
``text`` and, for files and images, the blob as base64. The whole export is checked
first; only when every item is sound is anything written, in two passes: the pages are
made in tree order, then filled, so that links between items can point at their new pages.
"""

import base64
import binascii
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urljoin, urlparse

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from PIL import Image as PillowImage
from PIL import UnidentifiedImageError
from wagtail.contrib.redirects.models import Redirect
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, Site

from home.models.pages import StandardPage
from importers.errors import ImportFailure
from importers.minutes_parser import TITLE, find_date, parse_minutes
from importers.minutes_writer import CREATED, SKIPPED, UPDATED, MinutesWriter
from importers.rich_text import clean_html, html_to_text, rewrite_links
from importers.runs import Summary, run_atomically
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage

MAX_EXPORT_SIZE = 200 * 1024 * 1024
PUBLISHED_STATES = {"published"}
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
# Plone's views of an item, which answer at the item's address followed by these.
VIEW_SUFFIXES = ("/view", "/@@download/file", "/@@images/image", "/image_view_fullscreen")
PRIVATE_COLLECTION = "Plone – private"


@dataclass
class PloneItem:
    data: dict
    index: int
    uid: str
    url: str
    type: str
    parent_uid: str | None
    language: str
    published: bool
    children: list = field(default_factory=list)
    translation_of: "PloneItem | None" = None
    blob: bytes | None = None

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


def failure(message, item=None, *, source):
    location = None if item is None else str(item.get("@id") or item.get("UID") or "?")
    return ImportFailure(message, source=source, location=location)


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
    """The items of an export, checked; raises ``ImportFailure`` at the first fault."""
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


class PloneImport:
    def __init__(self, items, *, source, network=None, user=None):
        self.raw_items = items
        self.source = source
        self.network = network
        self.user = user
        self.items = []
        self.by_uid = {}
        self.by_url = {}
        self.site_root_url = ""
        self.targets = {}  # uid → page, document or image
        self.summary = Summary()
        self.dry_run = False
        self.filled_media = set()

    # -- checking --------------------------------------------------------------------------

    def check(self):
        self.export_uids = {data.get("UID") for data in self.raw_items if isinstance(data, dict)}
        for index, data in enumerate(self.raw_items):
            self.items.append(self.check_item(index, data))
        for item in self.items:
            self.place(item)
        self.check_cycles()
        self.pair_translations()
        self.default_locale = Locale.get_default()
        for item in self.items:
            self.check_content(item)

    def check_item(self, index, data):
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
        if data["UID"] in self.by_uid:
            raise failure(
                _("The UID %(uid)s is used twice.") % {"uid": data["UID"]}, data, source=self.source
            )
        url = data["@id"].rstrip("/")
        if url in self.by_url:
            raise failure(
                _("The address %(url)s is used twice.") % {"url": url}, data, source=self.source
            )
        parent = data.get("parent")
        if parent is not None and not isinstance(parent, dict):
            raise failure(_("The parent is not an object."), data, source=self.source)
        parent_uid = None
        if parent:
            if parent.get("@type") in SITE_ROOT_TYPES:
                self.site_root_url = str(parent.get("@id") or "").rstrip("/")
            elif parent.get("@type") in LANGUAGE_ROOT_TYPES and (
                parent.get("UID") not in self.export_uids
            ):
                # Plone's language root folders map to the site's home pages.
                pass
            else:
                parent_uid = parent.get("UID")
                if not parent_uid:
                    raise failure(_("The parent has no UID."), data, source=self.source)
        language = str(data.get("language") or "").split("-")[0].lower()
        item = PloneItem(
            data=data,
            index=index,
            uid=data["UID"],
            url=url,
            type=data["@type"],
            parent_uid=parent_uid,
            language=language,
            published=data.get("review_state") in PUBLISHED_STATES,
        )
        self.by_uid[item.uid] = item
        self.by_url[url] = item
        return item

    def place(self, item):
        if item.parent_uid is None:
            return
        parent = self.by_uid.get(item.parent_uid)
        if parent is not None:
            parent.children.append(item)
            return
        if not ImportSource.objects.filter(
            kind=ImportSource.Kind.PLONE_ITEM, key=item.parent_uid, page__isnull=False
        ).exists():
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

    def pair_translations(self):
        """English items that translate a Swedish item of the export."""
        groups = {}
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
        default_language = Locale.get_default().language_code
        for members in groups.values():
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
                    member.translation_of = original

    def check_content(self, item):
        data = item.data
        for name in ("created", "modified", "effective"):
            parse_date(data.get(name), data, name, source=self.source)
        if item.type not in SUPPORTED_TYPES:
            return
        languages = {code for code, name in settings.WAGTAIL_CONTENT_LANGUAGES}
        if item.language and item.language not in languages:
            raise failure(
                _("The language %(language)s is not one of the site's languages.")
                % {"language": item.language},
                data,
                source=self.source,
            )
        if item.type in EVENT_TYPES:
            start = parse_date(data.get("start"), data, "start", source=self.source, required=True)
            end = parse_date(data.get("end"), data, "end", source=self.source) or start
            if end < start:
                raise failure(_("The event ends before it starts."), data, source=self.source)
        if (item.type in EVENT_TYPES or item.looks_like_minutes()) and self.network is None:
            raise failure(
                _("Events and minutes belong to a network: name it with --network."),
                data,
                source=self.source,
            )
        if item.type in FILE_TYPES:
            item.blob = decode_blob(data, "file", source=self.source)
        if item.type in IMAGE_TYPES:
            item.blob = decode_blob(data, "image", source=self.source)
            check_image(data, item.blob, source=self.source)
        if item.type in FILE_TYPES | IMAGE_TYPES and item.children:
            raise failure(_("A file or image cannot hold other items."), data, source=self.source)
        if not isinstance(data.get("title", ""), str):
            raise failure(_("The title is not text."), data, source=self.source)
        text = data.get("text")
        if text is not None and not isinstance(text, (str, dict)):
            raise failure(
                _("The text is neither HTML nor a rich text object."), data, source=self.source
            )

    # -- writing ---------------------------------------------------------------------------

    def tree_order(self):
        """Parents before children, originals before their translations."""

        def depth(item):
            level, parent = 0, self.by_uid.get(item.parent_uid)
            while parent is not None:
                level, parent = level + 1, self.by_uid.get(parent.parent_uid)
            return level

        return sorted(
            self.items, key=lambda item: (item.translation_of is not None, depth(item), item.index)
        )

    def write(self, *, dry_run=False):
        self.dry_run = dry_run
        self.owners = {user.get_username(): user for user in get_user_model().objects.all()}
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        ordered = self.tree_order()
        pending = []
        for item in ordered:
            source = ImportSource.objects.filter(
                kind=ImportSource.Kind.PLONE_ITEM, key=item.uid
            ).first()
            if item.type not in SUPPORTED_TYPES:
                self.record(SKIPPED, item, _("type %(type)s is not imported") % {"type": item.type})
                continue
            if item.type in LANGUAGE_ROOT_TYPES:
                self.targets[item.uid] = self.home_in(
                    item.language or self.home.locale.language_code, item
                )
                continue
            if source is not None and source.target is not None:
                self.targets[item.uid] = source.target.specific if source.page_id else source.target
                if source.content_hash == item.digest:
                    self.record(SKIPPED, item, _("unchanged"))
                    continue
                pending.append((item, source, UPDATED))
            else:
                self.targets[item.uid] = self.create(item)
                pending.append((item, source, CREATED))
        for item, source, action in self.progress(pending, desc=_("Importing")):
            self.fill(item)
            if source is None:
                source = ImportSource(kind=ImportSource.Kind.PLONE_ITEM, key=item.uid)
            target = self.targets[item.uid]
            source.page = target if isinstance(target, Page) else None
            source.document = target if isinstance(target, get_document_model()) else None
            source.image = target if isinstance(target, get_image_model()) else None
            source.content_hash = item.digest
            source.save()
            self.record(action, item)
        for item in ordered:
            self.redirect(item)
        return self.summary

    def record(self, action, item, note=""):
        self.summary.count(action)
        target = self.targets.get(item.uid)
        label = {
            CREATED: (_("Created"), _("Would create")),
            UPDATED: (_("Updated"), _("Would update")),
            SKIPPED: (_("Skipped"), _("Skipped")),
        }[action][self.dry_run]
        kind = type(target)._meta.verbose_name if target is not None else item.type
        line = f"{label}: {item.type} {item.url} → {kind} “{item.title}”"
        self.summary.plan.append(f"{line} ({note})" if note else line)

    def locale_of(self, item):
        code = item.language or self.home.locale.language_code
        locale, _created = Locale.objects.get_or_create(language_code=code)
        return locale

    def home_in(self, language, item):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        home = self.home.get_translation_or_none(locale)
        if home is None:
            raise failure(
                _("The site has no home page in the language %(language)s.")
                % {"language": language},
                item.data,
                source=self.source,
            )
        return home.specific

    def parent_page(self, item):
        if item.type in EVENT_TYPES or item.looks_like_minutes():
            return self.network
        if item.parent_uid is None:
            return self.home_in(self.locale_of(item).language_code, item)
        parent = self.targets.get(item.parent_uid)
        if parent is None:
            source = ImportSource.objects.get(
                kind=ImportSource.Kind.PLONE_ITEM, key=item.parent_uid
            )
            parent = source.page.specific
        if not isinstance(parent, Page):
            raise failure(_("Its parent is not a page."), item.data, source=self.source)
        locale = self.locale_of(item)
        if parent.locale_id != locale.pk:
            translated = parent.get_translation_or_none(locale)
            if translated is None:
                raise failure(
                    _("Its parent has no page in the language %(language)s.")
                    % {"language": locale.language_code},
                    item.data,
                    source=self.source,
                )
            parent = translated.specific
        return parent

    def page_class(self, item):
        if item.type in EVENT_TYPES:
            return ConferencePage
        if item.looks_like_minutes():
            return MinutesPage
        return StandardPage

    def create(self, item):
        if item.type in FILE_TYPES | IMAGE_TYPES:
            return self.create_media(item)
        page_class = self.page_class(item)
        if item.translation_of is not None:
            return self.create_translation(item, page_class)
        parent = self.parent_page(item)
        if not page_class.can_create_at(parent):
            raise failure(
                _("A %(type)s cannot be placed under “%(parent)s”.")
                % {"type": page_class._meta.verbose_name, "parent": parent.title},
                item.data,
                source=self.source,
            )
        page = page_class(
            title=item.title,
            slug=find_available_slug(parent, str(item.data.get("id") or item.title)[:80]),
            live=False,
            has_unpublished_changes=True,
            owner=self.owner(item),
            locale=parent.locale,
            **self.required_fields(item, page_class),
        )
        parent.add_child(instance=page)
        return page

    def create_translation(self, item, page_class):
        original = self.targets[item.translation_of.uid]
        locale = self.locale_of(item)
        existing = original.get_translation_or_none(locale)
        if existing is not None and not existing.alias_of_id:
            return existing.specific
        if existing is not None:
            # An alias of the original in the other language tree gives way to the translation.
            Page.objects.filter(pk=existing.pk).update(alias_of=None)
            return Page.objects.get(pk=existing.pk).specific
        return original.copy_for_translation(locale, copy_parents=True).specific

    def required_fields(self, item, page_class):
        if page_class is ConferencePage:
            start, end = self.event_times(item)
            return {"start": start, "end": end}
        if page_class is MinutesPage:
            date = find_date(f"{item.title} {item.data.get('id', '')}")
            created = parse_date(item.data.get("created"), item.data, "created", source=self.source)
            return {"meeting_date": date or (created or timezone.now()).date()}
        return {}

    def event_times(self, item):
        start = parse_date(
            item.data.get("start"), item.data, "start", source=self.source, required=True
        )
        end = parse_date(item.data.get("end"), item.data, "end", source=self.source) or start
        return start, end

    def owner(self, item):
        creators = item.data.get("creators")
        if isinstance(creators, list):
            for creator in creators:
                if creator in self.owners:
                    return self.owners[creator]
        return self.user

    def collection(self, item):
        root = Collection.get_first_root_node()
        if item.data.get("review_state") in (None, "", *PUBLISHED_STATES):
            return root
        # Unpublished files stay behind a login, as they were behind Plone's.
        collection = root.get_children().filter(name=PRIVATE_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=PRIVATE_COLLECTION)
            CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.LOGIN
            )
        return collection

    def create_media(self, item):
        model = get_document_model() if item.type in FILE_TYPES else get_image_model()
        media = model(title=item.title, collection=self.collection(item))
        self.fill_media(item, media)
        self.filled_media.add(item.uid)
        return media

    def fill_media(self, item, media):
        key = "file" if item.type in FILE_TYPES else "image"
        filename = PurePosixPath(str(item.data[key]["filename"]).replace("\\", "/")).name
        media.title = item.title
        media.collection = self.collection(item)
        media.uploaded_by_user = self.owner(item)
        media.file = ContentFile(item.blob, name=filename[:100] or "file")
        if hasattr(media, "_set_image_file_metadata"):
            media._set_image_file_metadata()
        else:
            media._set_document_file_metadata()
        media.save()
        created = parse_date(item.data.get("created"), item.data, "created", source=self.source)
        if created:
            type(media).objects.filter(pk=media.pk).update(created_at=created)

    def fill(self, item):
        target = self.targets[item.uid]
        if item.type in FILE_TYPES | IMAGE_TYPES:
            if item.uid in self.filled_media:
                return
            self.fill_media(item, target)
            return
        page = target.get_latest_revision_as_object() if target.latest_revision_id else target
        page.title = item.title
        page.owner = self.owner(item) or page.owner
        body = rewrite_links(clean_html(item.text_html()), lambda href: self.resolve(item, href))
        description = str(item.data.get("description") or "")
        if isinstance(page, ConferencePage):
            page.start, page.end = self.event_times(item)
            page.place = str(item.data.get("location") or "")[:255]
            page.intro = description
            page.body = [{"type": "paragraph", "value": body}] if body else []
        elif isinstance(page, MinutesPage):
            self.fill_minutes(item, page, body)
        else:
            page.intro = description
            page.body = [{"type": "paragraph", "value": body}] if body else []
        if not page.live:
            page.save()
        revision = page.save_revision(user=self.owner(item), log_action=True)
        modified = parse_date(item.data.get("modified"), item.data, "modified", source=self.source)
        if item.published:
            revision.publish(user=self.owner(item), skip_permission_checks=True)
            effective = parse_date(
                item.data.get("effective"), item.data, "effective", source=self.source
            )
            created = parse_date(item.data.get("created"), item.data, "created", source=self.source)
            first = effective or created
            dates = {}
            if first:
                dates["first_published_at"] = first
            if modified:
                dates["last_published_at"] = modified
            Page.objects.filter(pk=page.pk).update(**dates)
        elif page.live:
            page.unpublish(user=self.owner(item), log_action=True)
        if modified:
            type(revision).objects.filter(pk=revision.pk).update(created_at=modified)
            Page.objects.filter(pk=page.pk).update(latest_revision_created_at=modified)

    def fill_minutes(self, item, page, body):
        """A minutes document is read like a minutes file; unreadable minutes stay text."""
        try:
            parsed = parse_minutes(
                html_to_text(item.text_html()),
                source=item.url,
                default_date=page.meeting_date,
            )
        except ImportFailure:
            page.opening = body
            return
        writer = MinutesWriter(self.network, user=self.user)
        writer.fill(page, parsed)
        page.title = item.title

    def resolve(self, item, href):
        """The page or document an item's link points at, if it was imported."""
        if href.startswith(("mailto:", "#")):
            return None
        lowered = href.lower()
        if "resolveuid/" in lowered:
            uid = href[lowered.index("resolveuid/") + len("resolveuid/") :].split("/")[0]
            uid = uid.split("?")[0].split("#")[0]
            target_item = self.by_uid.get(uid)
        else:
            url = urljoin(item.url + "/", href).split("?")[0].split("#")[0].rstrip("/")
            for suffix in VIEW_SUFFIXES:
                if url.endswith(suffix):
                    url = url[: -len(suffix)]
            target_item = self.by_url.get(url)
        if target_item is None:
            return None
        target = self.targets.get(target_item.uid)
        if isinstance(target, Page):
            return ("page", target.pk)
        if isinstance(target, get_document_model()):
            return ("document", target.pk)
        return None

    def old_path(self, item):
        path = urlparse(item.url).path
        root = urlparse(self.site_root_url).path.rstrip("/")
        if root and (path == root or path.startswith(root + "/")):
            path = path[len(root) :]
        return Redirect.normalise_path(path or "/")

    def redirect(self, item):
        target = self.targets.get(item.uid)
        if target is None:
            return
        path = self.old_path(item)
        if path == "/" or len(path) > 255:
            return
        if isinstance(target, Page):
            url = target.get_url()
            if url and Redirect.normalise_path(url) == path:
                # The page answers at its old address itself; a redirect would loop.
                Redirect.objects.filter(old_path=path, site=None).delete()
                return
            defaults = {"redirect_page": target, "redirect_link": "", "is_permanent": True}
        else:
            # Documents through their serving view, which applies collection restrictions.
            link = target.url if isinstance(target, get_document_model()) else target.file.url
            defaults = {"redirect_page": None, "redirect_link": link, "is_permanent": True}
        Redirect.objects.update_or_create(old_path=path, site=None, defaults=defaults)


def import_plone_export(name, data, *, network=None, user=None, dry_run=False, progress=None):
    """Import the export in ``data``; returns the summary, raises ``ImportFailure``.

    ``progress`` wraps an iterable to show a progress bar.
    """
    importer = PloneImport(load_export(name, data), source=name, network=network, user=user)
    importer.check()
    importer.progress = progress or (lambda iterable, **kwargs: iterable)
    return run_atomically(lambda: importer.write(dry_run=dry_run), dry_run=dry_run)
