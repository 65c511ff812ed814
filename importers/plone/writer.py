"""Writing a checked Plone export's plan: pages, documents, images and translations.

Network folders become network pages owned by ``organisation``, their minutes and events
go under them, and those outside any network folder under ``network``; the folders that
became the network and conference indexes join the site's own where it has them.

In two passes: what every item becomes is found or made first, in the plan's order, then
each is filled, so that links between items can point at their new pages. The writer runs
inside the import run's transaction (``importers.runs.run_atomically``).
"""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models.pages import StandardPage
from importers.errors import ImportFailure
from importers.locked_pages import reason_to_leave_alone
from importers.minutes_parser import find_date, parse_minutes
from importers.minutes_writer import CREATED, SKIPPED, UPDATED, MinutesWriter
from importers.new_files import NewFiles
from importers.personal_data import PersonalDataCheck, holds_publication
from importers.plone.media import fill_media, new_media
from importers.plone.plan import INDEXES, MEDIA, UNDER_NETWORK, Becomes
from importers.plone.validation import failure, parse_date
from importers.rich_text import clean_html, html_to_text, rewrite_links
from importers.runs import Summary
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferenceIndexPage, ConferencePage
from networks.models.network_page import NetworkIndexPage, NetworkPage

PAGE_CLASSES = {
    Becomes.PAGE: StandardPage,
    Becomes.CONFERENCE: ConferencePage,
    Becomes.MINUTES: MinutesPage,
    Becomes.NETWORK: NetworkPage,
    Becomes.NETWORK_INDEX: NetworkIndexPage,
    Becomes.CONFERENCE_INDEX: ConferenceIndexPage,
}


def no_progress(iterable, **kwargs):
    return iterable


class PloneWriter:
    """Writes a plan and remembers, in ``targets``, what each item became.

    ``progress`` wraps an iterable to show a progress bar, as ``tqdm`` does.
    """

    def __init__(
        self,
        plan,
        *,
        network=None,
        organisation=None,
        user=None,
        submit=False,
        dry_run=False,
        progress=None,
        new_files=None,
    ):
        self.plan = plan
        self.source = plan.source
        self.network = network
        self.organisation = organisation
        self.submit = submit
        self.user = user
        self.dry_run = dry_run
        self.progress = progress or no_progress
        # What the run removes again if it is not kept (``importers.runs.run_atomically``).
        self.new_files = new_files or NewFiles()
        self.summary = Summary()
        self.targets = {}  # uid → page, document or image
        self.filled_media = set()
        self.personal_data = PersonalDataCheck()
        self.findings = {}  # uid → the personal-data check's findings of its page
        self.owners = {user.get_username(): user for user in get_user_model().objects.all()}
        self.home = Site.objects.get(is_default_site=True).root_page.specific

    def write(self):
        """Write every item; returns the summary, with a line per item in its plan."""
        pending = [entry for item in self.plan.items if (entry := self.find_or_create(item))]
        for item, source, action in self.progress(pending, desc=_("Importing")):
            self.fill(item)
            self.remember(item, source)
            self.record(action, item)
        return self.summary

    def find_or_create(self, item):
        """``(item, source, action)`` for an item to fill, None for one that needs nothing."""
        if item.becomes is Becomes.NOTHING:
            self.record(SKIPPED, item, _("type %(type)s is not imported") % {"type": item.type})
            return None
        if item.becomes is Becomes.HOME:
            language = item.language or self.home.locale.language_code
            self.targets[item.uid] = self.home_in(language, item, create=True)
            return None
        source = ImportSource.objects.filter(
            kind=ImportSource.Kind.PLONE_ITEM, key=item.uid
        ).first()
        if item.becomes in INDEXES and (source is None or source.target is None):
            existing = self.existing_index(item)
            if existing is not None:
                # The site's own index stays as its editors made it; the folder joins it.
                self.targets[item.uid] = existing
                self.remember(item, source)
                self.record(SKIPPED, item, _("merged into the existing page"))
                return None
        if source is not None and source.target is not None:
            self.targets[item.uid] = source.target.specific if source.page_id else source.target
            if source.content_hash == item.digest:
                self.record(SKIPPED, item, _("unchanged"))
                return None
            action = UPDATED
        else:
            self.targets[item.uid] = self.create(item)
            action = CREATED
        reason = self.reason_to_leave(item)
        if reason:
            self.record(SKIPPED, item, reason)
            return None
        return item, source, action

    def reason_to_leave(self, item):
        """Why the page found for ``item`` stays as it is, or None to fill it."""
        target = self.targets[item.uid]
        if not isinstance(target, Page):
            return None
        if target.latest_revision_id is None and not target.locked:
            # Without a revision a page has no schedule and no review: the pages this run
            # makes are not asked again.
            return None
        return reason_to_leave_alone(target)

    def remember(self, item, source):
        """Where the item went, so that importing it again updates it."""
        if source is None:
            source = ImportSource(kind=ImportSource.Kind.PLONE_ITEM, key=item.uid)
        target = self.targets[item.uid]
        source.page = target if isinstance(target, Page) else None
        source.document = target if isinstance(target, get_document_model()) else None
        source.image = target if isinstance(target, get_image_model()) else None
        source.content_hash = item.digest
        source.save()

    def record(self, action, item, note=""):
        notes = [note] if note else []
        if action != SKIPPED:
            notes.extend(self.notes(item))
        note = "; ".join(notes)
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

    def notes(self, item):
        """What the log says of an item beyond its action: where it went and who owns it."""
        if item.becomes in UNDER_NETWORK and item.network_uid is None and self.network:
            yield _("outside any network folder: under %(network)s") % {
                "network": self.network.title
            }
        findings = self.findings.get(item.uid, ())
        for finding in findings:
            yield _("personal data: %(finding)s") % {"finding": finding.message}
        if item.published and holds_publication(findings):
            yield _("not published: the personal-data check found what must not be published")
        creators = item.data.get("creators")
        known = isinstance(creators, list) and any(c in self.owners for c in creators)
        if item.becomes not in INDEXES and isinstance(creators, list) and creators and not known:
            yield _("no user %(creators)s here: owned by the importing user") % {
                "creators": ", ".join(str(creator) for creator in creators)
            }

    # -- where pages go --------------------------------------------------------------------

    def existing_index(self, item):
        """The index page of its kind the site already has in the item's language."""
        if item.translation_of is not None:
            original = self.targets.get(item.translation_of)
            translated = original and original.get_translation_or_none(self.locale_of(item))
            return translated.specific if translated else None
        home = self.home_in(self.locale_of(item).language_code, item)
        page_class = PAGE_CLASSES[item.becomes]
        return page_class.objects.child_of(home).filter(alias_of__isnull=True).first()

    def locale_of(self, item):
        code = item.language or self.home.locale.language_code
        locale, _created = Locale.objects.get_or_create(language_code=code)
        return locale

    def home_in(self, language, item, *, create=False):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        home = self.home.get_translation_or_none(locale)
        if home is None and not create:
            raise failure(
                _("The site has no home page in the language %(language)s.")
                % {"language": language},
                item.data,
                source=self.source,
            )
        if home is None:
            # The export's root folder of a language the site offers but has no pages in
            # yet: it becomes the home page's translation.
            home = self.home.copy_for_translation(locale)
            if self.home.live:
                home.save_revision(user=self.user, log_action=True).publish(
                    user=self.user, skip_permission_checks=True
                )
        return home.specific

    def parent_page(self, item):
        if item.becomes in UNDER_NETWORK:
            return self.targets[item.network_uid] if item.network_uid else self.network
        parent_item = self.plan.by_uid.get(item.parent_uid)
        if item.parent_uid is None or item.becomes in INDEXES:
            return self.home_in(self.locale_of(item).language_code, item)
        if item.becomes is not Becomes.NETWORK and parent_item and parent_item.becomes in INDEXES:
            # An index holds only networks; the other pages of its folder go to the home page.
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

    # -- making ----------------------------------------------------------------------------

    def create(self, item):
        if item.becomes in MEDIA:
            media = new_media(item)
            fill_media(item, media, owner=self.owner(item), new_files=self.new_files)
            self.filled_media.add(item.uid)
            return media
        if item.translation_of is not None:
            return self.create_translation(item)
        page_class = PAGE_CLASSES[item.becomes]
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

    def create_translation(self, item):
        original = self.targets[item.translation_of]
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
        if page_class is NetworkPage:
            return {"organisation": self.organisation}
        if page_class is ConferencePage:
            start, end = self.event_times(item)
            return {"start": start, "end": end}
        if page_class is MinutesPage:
            date = find_date(f"{item.title} {item.data.get('id', '')}")
            return {"meeting_date": date or (item.created or timezone.now()).date()}
        return {}

    def event_times(self, item):
        if item.start is not None:
            return item.start, item.end
        # A conference page made before from an item that is no longer an event.
        data = item.data
        start = parse_date(data.get("start"), data, "start", source=self.source, required=True)
        return start, parse_date(data.get("end"), data, "end", source=self.source) or start

    def owner(self, item):
        creators = item.data.get("creators")
        if isinstance(creators, list):
            for creator in creators:
                if creator in self.owners:
                    return self.owners[creator]
        return self.user

    # -- filling ---------------------------------------------------------------------------

    def fill(self, item):
        target = self.targets[item.uid]
        if item.becomes in MEDIA:
            if item.uid not in self.filled_media:
                fill_media(item, target, owner=self.owner(item), new_files=self.new_files)
            return
        page = target.get_latest_revision_as_object() if target.latest_revision_id else target
        page.title = item.title
        page.owner = self.owner(item) or page.owner
        self.fill_content(item, page)
        findings = self.findings[item.uid] = self.personal_data.findings(page)
        held = item.published and holds_publication(findings)
        if not page.live:
            page.save()
        revision = page.save_revision(user=self.owner(item), log_action=True)
        if not held:
            self.publish_as_in_plone(item, page, revision)
        if held or (self.submit and not item.published):
            self.submit_to_review(page)
        if item.modified:
            type(revision).objects.filter(pk=revision.pk).update(created_at=item.modified)
            Page.objects.filter(pk=page.pk).update(latest_revision_created_at=item.modified)

    def fill_content(self, item, page):
        body = rewrite_links(clean_html(item.text_html()), lambda href: self.resolve(item, href))
        if isinstance(page, MinutesPage):
            self.fill_minutes(item, page, body)
            return
        description = str(item.data.get("description") or "")
        if isinstance(page, NetworkPage):
            page.intro = description or html_to_text(body).split("\n\n")[0]
            page.background = body
            return
        if isinstance(page, (NetworkIndexPage, ConferenceIndexPage)):
            page.intro = f"<p>{escape(description)}</p>{body}" if description else body
            return
        if isinstance(page, ConferencePage):
            page.start, page.end = self.event_times(item)
            page.place = str(item.data.get("location") or "")[:255]
        page.intro = description
        page.body = [{"type": "paragraph", "value": body}] if body else []

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
        network = self.targets.get(item.network_uid) if item.network_uid else self.network
        writer = MinutesWriter(network, user=self.user)
        writer.fill(page, parsed)
        page.title = item.title

    def submit_to_review(self, page):
        """Into the page's workflow, as an editor's submission would."""
        workflow = page.get_workflow()
        if workflow is not None and not page.workflow_in_progress:
            workflow.start(page, self.user)

    def publish_as_in_plone(self, item, page, revision):
        """Published items go live with their Plone dates; others are drafts."""
        if item.published:
            revision.publish(user=self.owner(item), skip_permission_checks=True)
            first = item.effective or item.created
            dates = {}
            if first:
                dates["first_published_at"] = first
            if item.modified:
                dates["last_published_at"] = item.modified
            Page.objects.filter(pk=page.pk).update(**dates)
        elif page.live:
            page.unpublish(user=self.owner(item), log_action=True)

    def resolve(self, item, href):
        """The page or document an item's link points at, if it was imported."""
        linked = self.plan.linked_item(item, href)
        target = None if linked is None else self.targets.get(linked.uid)
        if isinstance(target, Page):
            return ("page", target.pk)
        if isinstance(target, get_document_model()):
            return ("document", target.pk)
        return None
