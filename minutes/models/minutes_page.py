from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from core.api_serializers import OrganisationSerializer, PersonSerializer
from core.blocks import RICH_TEXT_FEATURES
from core.pages import BasePage
from minutes.agenda import agenda_item_anchor
from minutes.blocks import AgendaBlock
from minutes.choices import NetworkRole
from minutes.follow_up_api import FollowUpsSerializer, attach_follow_ups
from minutes.models.follow_up import FollowUp, FollowUpState, worded_on
from minutes.outline import agenda_outline
from minutes.pdf import pdf_response
from search import attachments


class MinutesPage(RoutablePageMixin, BasePage):
    """One meeting's minutes: agenda items with decisions, and who attended."""

    # Indexed: the newest minutes are listed on the home page, network pages and feeds.
    meeting_date = models.DateField(_("meeting date"), db_index=True)
    start_time = models.TimeField(_("starts"), null=True, blank=True)
    end_time = models.TimeField(_("ends"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    is_digital = models.BooleanField(_("digital meeting"), default=False)
    chair = models.ForeignKey(
        "networks.Person",
        verbose_name=_("chair"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    secretary = models.ForeignKey(
        "networks.Person",
        verbose_name=_("secretary"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # A committee's protocol is adjusted (justerat) by named members, then posted on the
    # notice board; the posting starts the time for appeals.
    adjusters = models.CharField(
        _("adjusters"),
        max_length=255,
        blank=True,
        help_text=_("Who adjusts the minutes, as their names are written."),
    )
    posted_on = models.DateField(
        _("posted on"),
        null=True,
        blank=True,
        help_text=_("The day the adjusted protocol was posted on the notice board."),
    )
    opening = RichTextField(_("opening"), features=RICH_TEXT_FEATURES, blank=True)
    agenda = StreamField(AgendaBlock(), verbose_name=_("agenda"), blank=True)
    closing = RichTextField(_("closing"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("meeting_date"), FieldPanel("start_time"), FieldPanel("end_time")]
                ),
                FieldRowPanel([FieldPanel("place"), FieldPanel("is_digital")]),
                FieldRowPanel([FieldPanel("chair"), FieldPanel("secretary")]),
                FieldRowPanel([FieldPanel("adjusters"), FieldPanel("posted_on")]),
            ],
            heading=_("Meeting"),
        ),
        FieldPanel("opening"),
        FieldPanel("agenda"),
        FieldPanel("closing"),
        InlinePanel("attendees", label=_("Attendee"), heading=_("Attendance")),
        *BasePage.owner_panels,
    ]
    # Indexing in bulk (core.bulk_load.indexing) loads the attendees' people at once.
    bulk_index_prefetch = ("attendees__person",)
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("opening"),
        index.SearchField("agenda"),
        index.SearchField("closing"),
        index.SearchField("place"),
        index.RelatedFields(
            "attendees", [index.SearchField("name"), index.SearchField("person_name")]
        ),
        index.RelatedFields("chair", [index.SearchField("name")]),
        index.RelatedFields("secretary", [index.SearchField("name")]),
        # The text of the attached documents, so that a word only on a slide finds the meeting.
        index.SearchField("attachment_text"),
        index.FilterField("meeting_date"),
    ]
    serve_select_related = (*BasePage.serve_select_related, "chair", "secretary")
    api_prefetch = (
        *BasePage.api_prefetch,
        "chair__organisation__parent",
        "secretary__organisation__parent",
        "attendees__person",
        "attendees__organisation",
    )
    api_fields = [
        *BasePage.api_fields,
        APIField("meeting_date"),
        APIField("start_time"),
        APIField("end_time"),
        APIField("place"),
        APIField("is_digital"),
        APIField("chair", serializer=PersonSerializer()),
        APIField("secretary", serializer=PersonSerializer()),
        APIField("adjusters"),
        APIField("posted_on"),
        APIField("opening"),
        APIField("agenda"),
        APIField("closing"),
        APIField("attendees"),
        APIField("follow_ups", serializer=FollowUpsSerializer()),
    ]

    parent_page_types = ["networks.NetworkPage"]
    subpage_types = []

    @staticmethod
    def api_prepare(pages):
        """What the API's fields read of ``pages`` beyond their relations, in one query."""
        attach_follow_ups(pages)

    class Meta:
        verbose_name = _("minutes page")
        verbose_name_plural = _("minutes pages")

    def clean(self):
        super().clean()
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The meeting must end after it starts.")})

    def decisions(self):
        """Every decision clause, as ``(agenda item value, clause)`` in agenda order."""
        return [
            (item.value, clause)
            for item in self.agenda
            if item.block_type == "item"
            for clause in item.value["decisions"]
        ]

    # The same in every language: a file's type, not a word.
    @path("pdf/", name="pdf")
    def pdf(self, request):
        """The minutes as a PDF, as printed; see ``minutes.pdf``."""
        return pdf_response(request, self)

    def attachment_text(self):
        return attachments.attachment_text(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Each read only where its part of the page is rendered, not when the part's kept
        # fragment is served.
        attendees = SimpleLazyObject(
            lambda: list(self.attendees.select_related("person", "organisation__parent"))
        )
        context["present"] = SimpleLazyObject(lambda: [a for a in attendees if a.present])
        context["absent"] = SimpleLazyObject(lambda: [a for a in attendees if not a.present])
        context["follow_ups_by_anchor"] = SimpleLazyObject(self.follow_ups_by_anchor)
        context["outline"] = SimpleLazyObject(lambda: agenda_outline(self, request))
        return context

    def follow_ups_by_anchor(self):
        """The history of each item's follow-ups: those decided here, and those reported here.

        A translation, or an alias, shows those of its source, at its own item of the same
        block id. An unconfirmed proposal of the import is not shown.
        """
        anchors = {
            stored.get("id"): agenda_item_anchor(stored["value"])
            for stored in self.agenda.raw_data
            if stored.get("type") == "item"
        }
        by_anchor = {}
        # Both kinds in one query: a follow-up may be decided and reported at one meeting.
        this_meeting = [self.translation_key]
        decided = Q(minutes__translation_key__in=this_meeting) & ~Q(state=FollowUpState.PROPOSED)
        reported = Q(reported_in__translation_key__in=this_meeting, state=FollowUpState.REPORTED)
        if self.alias_of_id:
            decided |= Q(minutes=self.alias_of_id) & ~Q(state=FollowUpState.PROPOSED)
            reported |= Q(reported_in=self.alias_of_id, state=FollowUpState.REPORTED)
        follow_ups = (
            FollowUp.objects.filter(decided | reported)
            .select_related("minutes", "reported_in")
            .prefetch_related("events")
            .order_by("pk")
        )
        for follow_up in follow_ups:
            if self.shows(follow_up.minutes) and follow_up.state != FollowUpState.PROPOSED:
                follow_up.shown_heading, follow_up.shown_clause = worded_on(follow_up, self)
                anchor = anchors.get(follow_up.item_id, follow_up.anchor)
                by_anchor.setdefault(anchor, {"decided": [], "reported": []})
                by_anchor[anchor]["decided"].append(follow_up)
            if self.shows(follow_up.reported_in) and follow_up.state == FollowUpState.REPORTED:
                anchor = anchors.get(follow_up.reported_item_id, follow_up.reported_anchor)
                by_anchor.setdefault(anchor, {"decided": [], "reported": []})
                by_anchor[anchor]["reported"].append(follow_up)
        return by_anchor

    def shows(self, minutes):
        """Whether ``minutes`` are these, a translation of them, or what this alias shows."""
        return minutes is not None and (
            minutes.translation_key == self.translation_key or minutes.pk == self.alias_of_id
        )


class MinutesAttendee(Orderable):
    """A line of the attendance list: a registered person or a name as written."""

    page = ParentalKey(MinutesPage, on_delete=models.CASCADE, related_name="attendees")
    person = models.ForeignKey(
        "networks.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attendances",
    )
    name = models.CharField(
        _("name"), max_length=255, blank=True, help_text=_("Only if the person is not registered.")
    )
    organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("municipality or organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    area = models.CharField(
        _("area of responsibility"),
        max_length=255,
        blank=True,
        help_text=_("For example: preschool and compulsory school"),
    )
    role = models.CharField(_("role"), max_length=20, choices=NetworkRole.choices, blank=True)
    present = models.BooleanField(_("present"), default=True)

    panels = [
        FieldRowPanel([FieldPanel("person"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("organisation"), FieldPanel("area")]),
        FieldRowPanel([FieldPanel("role"), FieldPanel("present")]),
    ]
    api_fields = [
        APIField("display_name"),
        APIField("organisation", serializer=OrganisationSerializer()),
        APIField("area"),
        APIField("role"),
        APIField("present"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("attendee")
        verbose_name_plural = _("attendance")

    def __str__(self):
        return self.display_name

    def clean(self):
        if not self.person_id and not self.name.strip():
            raise ValidationError(_("Choose a person or write a name."))

    @property
    def display_name(self):
        return self.person.name if self.person_id else self.name

    @property
    def person_name(self):
        """Indexed, so that a search for a registered attendee's name finds the meeting."""
        return self.person.name if self.person_id else ""
