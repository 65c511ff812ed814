from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.access_policy import published
from core.api_serializers import OrganisationSerializer
from core.blocks import BodyBlock
from core.pages import BasePage, IntroIndexPage
from core.public_pages import public
from networks.blocks import ProgrammeBlock
from networks.calendars import calendar_response, conference_event, new_calendar, own_calendar
from networks.models.contacts import PageContact, contacts_to_show


class ConferenceIndexPage(RoutablePageMixin, IntroIndexPage):
    """Upcoming and past conferences of every network.

    A listing rather than their parent: each conference lives under its network so that
    the network organisation's editors and approvers cover it.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("conference index page")
        verbose_name_plural = _("conference index pages")

    def listed_conferences(self):
        """What the page lists: live, public conferences of its language.

        The aliases of untranslated conferences are among them, with a notice that their
        text is Swedish; the calendar leaves them out (see ``published``).
        """
        return public(ConferencePage.objects.live()).filter(locale_id=self.locale_id)

    @path(pgettext_lazy("URL path", "calendar.ics/"), name="calendar")
    def calendar(self, request):
        calendar = new_calendar(self.title)
        conferences = published(ConferencePage.objects.filter(locale_id=self.locale_id))
        for conference in conferences.select_related("locale"):
            calendar.add_component(conference_event(conference, conference.get_full_url(request)))
        return calendar_response(calendar)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        conferences = self.listed_conferences().select_related("organiser")
        now = timezone.now()
        context["upcoming"] = conferences.filter(end__gte=now).order_by("start")
        context["past"] = conferences.filter(end__lt=now).order_by("-start")
        return context


class ConferencePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "networks.ConferencePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ConferencePage(RoutablePageMixin, BasePage):
    """A conference or meeting event of a network: programme, speakers and registration."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    is_digital = models.BooleanField(
        _("digital"), default=False, help_text=_("Held online, for example as a web broadcast.")
    )
    place = models.CharField(
        _("place"), max_length=255, blank=True, help_text=_("Venue and town, if not digital.")
    )
    organiser = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conferences",
    )
    audience = models.CharField(
        _("audience"),
        max_length=255,
        blank=True,
        help_text=_("For example: school directors and education politicians"),
    )
    topics = ClusterTaggableManager(
        verbose_name=_("focus topics"), through=ConferencePageTag, blank=True
    )
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A short summary shown in listings.")
    )
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("place"), FieldPanel("is_digital")]),
                FieldPanel("organiser"),
                FieldPanel("audience"),
                FieldPanel("topics"),
            ],
            heading=_("When, where and for whom"),
        ),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("programme"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("registration_url"), FieldPanel("registration_deadline")]
                ),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("contacts", label=_("Contacts"), heading=_("Contacts")),
        *BasePage.owner_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("programme"),
        index.SearchField("body"),
        index.SearchField("place"),
        index.SearchField("audience"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("organiser", [index.SearchField("name")]),
        index.FilterField("start"),
    ]

    serve_select_related = (*BasePage.serve_select_related, "organiser", "image")
    api_prefetch = (
        *BasePage.api_prefetch,
        "organiser",
        "tagged_items__tag",
        "contacts__person__organisation__parent",
    )
    api_fields = [
        *BasePage.api_fields,
        APIField("start"),
        APIField("end"),
        APIField("is_digital"),
        APIField("place"),
        APIField("organiser", serializer=OrganisationSerializer()),
        APIField("audience"),
        APIField("topics"),
        APIField("intro"),
        APIField("programme"),
        APIField("body"),
        APIField("registration_url"),
        APIField("registration_deadline"),
        APIField("image"),
        APIField("contacts"),
    ]
    parent_page_types = ["networks.NetworkPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("conference page")
        verbose_name_plural = _("conference pages")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The conference cannot end before it starts.")
        if (
            self.start
            and self.registration_deadline
            and self.registration_deadline > timezone.localdate(self.start)
        ):
            errors["registration_deadline"] = _(
                "The registration deadline must be on or before the first day."
            )
        if not self.is_digital and not self.place:
            errors["place"] = _("Give the place, or mark the conference as digital.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_upcoming(self):
        return self.end >= timezone.now()

    @property
    def registration_open(self):
        if not self.registration_url or not self.is_upcoming:
            return False
        return self.registration_deadline is None or (
            self.registration_deadline >= timezone.localdate()
        )

    @path(pgettext_lazy("URL path", "calendar.ics/"), name="calendar")
    def calendar(self, request):
        """The "add to calendar" file of this one conference."""
        own_calendar(self)
        calendar = new_calendar(self.title)
        calendar.add_component(conference_event(self, self.get_full_url(request)))
        return calendar_response(calendar, filename=f"{self.slug}.ics")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["contacts"] = contacts_to_show(self.contacts.all(), self.locale_id)
        return context


class ConferenceContact(PageContact):
    page = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="contacts")
