"""Parsed minutes become a draft ``MinutesPage``, or update the one they made.

The draft is its importer's to correct: it enters the network's review only when the run
asks for that (``submit``), as an editor's own submission does.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import PurePath

from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import COMMENTS_RELATION_NAME

from core.bulk_load.tree import ChildPages
from importers.audit import PageLog
from importers.directory_lookup import Register
from importers.follow_up_proposals import proposed_follow_ups
from importers.follow_up_responsible import ResponsibleLookup
from importers.locked_pages import reason_to_leave_alone
from importers.personal_data import PersonalDataCheck, holds_publication
from importers.review import Review
from minutes.agenda import agenda_item_anchor, agenda_item_data
from minutes.models.follow_up import FollowUp, FollowUpState
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesAttendee, MinutesPage

CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"


@dataclass
class WriteResult:
    action: str
    page: MinutesPage
    people: list = field(default_factory=list)
    organisations: list = field(default_factory=list)
    # Why a page that would have changed was left alone (see ``importers.locked_pages``).
    reason: str = ""
    # The personal-data check's findings (``privacy.check``), masked.
    findings: list = field(default_factory=list)
    # A page the run would have published, kept a draft because of a blocking finding.
    held: bool = False


def content_hash(data):
    return hashlib.sha256(data).hexdigest()


def source_key(network, name):
    """Minutes files are known by their name within their network."""
    key = f"{network.translation_key}/{PurePath(name).name}"
    if len(key) > 255:
        key = f"{network.translation_key}/{hashlib.sha256(key.encode()).hexdigest()}"
    return key


def paragraphs_html(paragraphs):
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def parsed_item_data(item):
    """The stored form of a parsed agenda item, its texts cut to the fields' lengths."""
    return agenda_item_data(
        section=item.section[:255],
        number=item.number,
        heading=item.heading[:255],
        presenters=[presenter[:255] for presenter in item.presenters],
        body=paragraphs_html(item.paragraphs),
        decisions=item.decisions,
        schedule=[
            (meeting.date, meeting.time[:255], meeting.kind[:255]) for meeting in item.schedule
        ],
        follow_up=item.follow_up,
    )


def agenda_data(parsed):
    items = [parsed_item_data(item) for item in parsed.items]
    if parsed.unplaced:
        # Kept where an editor sees it, rather than lost.
        items.append(
            agenda_item_data(
                heading=gettext("Text that could not be placed"),
                body=paragraphs_html(text.text for text in parsed.unplaced),
            )
        )
    return items


class MinutesWriter:
    """Writes parsed minutes under one network; one instance serves a whole run."""

    def __init__(self, network, *, user=None, publish=False, submit=False):
        self.network = network
        self.user = user
        self.publish = publish
        self.submit = submit
        self.register = Register(network.locale)
        self.responsible = ResponsibleLookup(self.register, network)
        self.page_log = PageLog()
        self.review = Review(self.page_log)
        self.children = ChildPages(network)
        self.sources = None
        self.personal_data = PersonalDataCheck()

    def write(self, parsed, *, name, data_hash):
        key = source_key(self.network, name)
        source = self.source(key)
        page = source.page.specific if source and source.page else None
        if (
            page is not None
            and source.content_hash == data_hash
            and (page.live or not self.publish)
        ):
            return WriteResult(SKIPPED, page)
        reason = None if page is None else reason_to_leave_alone(page)
        if reason:
            return WriteResult(SKIPPED, page, reason=reason)

        people_before = len(self.register.created_people)
        organisations_before = len(self.register.created_organisations)
        with translation.override(self.network.locale.language_code):
            if page is None:
                page = self.create_page(parsed)
                action = CREATED
            else:
                page = self.update_page(page, parsed)
                action = UPDATED
        findings = self.personal_data.findings(page)
        held = self.publish and holds_publication(findings)
        self.send_on(page, new_page=action == CREATED, held=held)
        self.propose_follow_ups(page, parsed)
        if source is None:
            source = ImportSource(kind=ImportSource.Kind.MINUTES_FILE, key=key)
        source.page = page
        source.content_hash = data_hash
        source.save()
        self.sources[key] = source
        return WriteResult(
            action,
            page,
            people=self.register.created_people[people_before:],
            organisations=self.register.created_organisations[organisations_before:],
            findings=findings,
            held=held,
        )

    def propose_follow_ups(self, page, parsed):
        """Follow-ups for the editor to confirm, from the sentences promising one.

        A new import replaces the proposals of the earlier one; what an editor confirmed,
        changed or closed is kept, and its sentence is not proposed again.
        """
        FollowUp.objects.filter(minutes=page, state=FollowUpState.PROPOSED).delete()
        kept = set(FollowUp.objects.filter(minutes=page).values_list("clause", flat=True))
        stored = [item for item in page.agenda.raw_data if item.get("type") == "item"]
        follow_ups = [
            FollowUp(
                network=self.network,
                minutes=page,
                item_id=data["id"],
                anchor=agenda_item_anchor(data["value"])[:255],
                heading=item.heading[:255],
                clause=proposal.text,
                kind=proposal.kind,
                state=FollowUpState.PROPOSED,
                due_next_meeting=proposal.due_next_meeting,
                due_meeting_date=proposal.due_meeting_date,
                due_date=proposal.due_date,
                **self.responsible.fields(proposal.responsible),
            )
            for item, data in zip(parsed.items, stored, strict=False)
            for proposal in proposed_follow_ups(item, parsed.meeting_date)
            if proposal.text not in kept
        ]
        FollowUp.objects.bulk_create(follow_ups)

    def source(self, key):
        """The record of an earlier import of ``key``; all of them are loaded once per run."""
        if self.sources is None:
            prefix = source_key(self.network, "")
            self.sources = {
                source.key: source
                for source in ImportSource.objects.filter(
                    kind=ImportSource.Kind.MINUTES_FILE, key__startswith=prefix
                ).select_related("page")
            }
        return self.sources.get(key)

    def fill(self, page, parsed):
        """Set the page's fields from ``parsed``; its attendance rows are set in memory."""
        page.attendees = self.fill_fields(page, parsed)

    def fill_fields(self, page, parsed):
        """Set the page's fields and return its attendance rows, not yet attached."""
        page.title = gettext("Minutes %(date)s") % {
            "date": date_format(parsed.meeting_date, "j F Y")
        }
        page.meeting_date = parsed.meeting_date
        page.start_time = parsed.start_time
        page.end_time = parsed.end_time
        page.place = parsed.place
        page.is_digital = parsed.is_digital
        page.opening = paragraphs_html(parsed.opening)
        page.closing = paragraphs_html(parsed.closing)
        page.agenda = agenda_data(parsed)
        page.adjusters = ", ".join(parsed.adjusters)[:255]
        page.posted_on = parsed.posted_on
        attendees = []
        page.chair = page.secretary = None
        for attendee in parsed.attendees:
            organisation = self.register.organisation(attendee.organisation)
            person = self.register.person(attendee.name, organisation)
            attendees.append(
                MinutesAttendee(
                    person=person,
                    organisation=organisation,
                    area=attendee.area[:255],
                    role=attendee.role,
                    present=attendee.present,
                )
            )
            if attendee.role == "chair" and page.chair is None:
                page.chair = person
            if attendee.role == "secretary" and page.secretary is None:
                page.secretary = person
        return attendees

    def create_page(self, parsed):
        page = MinutesPage(
            slug=self.children.available_slug(
                f"minnesanteckningar-{parsed.meeting_date.isoformat()}"
            ),
            live=False,
            has_unpublished_changes=True,
            owner=self.user,
            locale=self.network.locale,
        )
        attendees = self.fill_fields(page, parsed)
        self.children.add(page)
        self.page_log.add(page, "wagtail.create", user=self.user, content_changed=True)
        # In one query rather than one a row.
        for sort_order, attendee in enumerate(attendees):
            attendee.page = page
            attendee.sort_order = sort_order
        MinutesAttendee.objects.bulk_create(attendees)
        # The page's rows as they now are in the database, held in memory, so that the
        # revision does not read them back: the attendees just written and no comments.
        page.attendees = attendees
        setattr(page, COMMENTS_RELATION_NAME, [])
        return page

    def update_page(self, page, parsed):
        draft = page.get_latest_revision_as_object()
        self.fill(draft, parsed)
        if not page.live:
            # A page never published shows its draft in listings and search.
            draft.save()
        return draft

    def send_on(self, page, *, new_page, held=False):
        """Publish, or save a revision, put in review through the page's workflow on ``submit``.

        A page ``held`` back by the personal-data check is not published: it is submitted
        to review instead, where the workflow's gate stops it until the finding is gone.
        """
        # A draft's row holds only what a draft's save checks: a title and a slug the
        # writer made free among the siblings. A live page's row is left alone, so its
        # new content is validated here.
        revision = page.save_revision(user=self.user, clean=page.live)
        self.page_log.add(
            page, "wagtail.edit", user=self.user, revision=revision, content_changed=True
        )
        if self.publish and not held:
            # Written first: publishing logs its own entries at once.
            self.page_log.write()
            revision.publish(user=self.user, skip_permission_checks=True)
            return
        if self.submit or held:
            self.review.submit(page, revision, self.user, new_page=new_page)
        self.page_log.write()
