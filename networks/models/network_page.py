import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable
from wagtail.search import index

from core.api_serializers import OrganisationSerializer, PersonSerializer
from core.blocks import RICH_TEXT_FEATURES
from core.pages import BasePage, IntroIndexPage
from core.per_generation import kept
from core.public_pages import public
from minutes.choices import NetworkRole
from minutes.listing import MinutesListing, years_of
from minutes.models.follow_up import open_follow_ups
from networks.blocks import AssignmentBlock, PriorityBlock, RoleBlock
from networks.models.choices import MeetingKind
from networks.models.contacts import PageContact, contacts_to_show
from networks.models.network_routes import NetworkRoutesMixin


class NetworkIndexPage(IntroIndexPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = ["networks.NetworkPage"]

    class Meta:
        verbose_name = _("network index page")
        verbose_name_plural = _("network index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["networks"] = (
            public(NetworkPage.objects.child_of(self).live())
            .select_related("organisation")
            .order_by("organisation__name", "title")
        )
        return context


class NetworkPage(NetworkRoutesMixin, RoutablePageMixin, BasePage):
    """A network, with its mission description, members and meeting schedule.

    Its calendar, feeds and registers are routes below the page (see ``NetworkRoutesMixin``).
    """

    organisation = models.ForeignKey(
        "networks.Organisation",
        verbose_name=_("owning organisation"),
        on_delete=models.PROTECT,
        related_name="networks",
        help_text=_("The organisation that hosts the network. Its editors maintain this page."),
    )
    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A short summary shown in listings.")
    )
    background = RichTextField(_("background"), features=RICH_TEXT_FEATURES, blank=True)
    strategy_start_year = models.PositiveSmallIntegerField(
        _("strategy period starts"), null=True, blank=True
    )
    strategy_end_year = models.PositiveSmallIntegerField(
        _("strategy period ends"), null=True, blank=True
    )
    priorities = StreamField(
        [("priority", PriorityBlock())], verbose_name=_("priority areas"), blank=True
    )
    assignments = StreamField(
        [("assignment", AssignmentBlock())], verbose_name=_("assignments"), blank=True
    )
    roles = StreamField(
        [("role", RoleBlock())], verbose_name=_("roles and responsibilities"), blank=True
    )
    meeting_rules = RichTextField(_("meeting rules"), features=RICH_TEXT_FEATURES, blank=True)
    minutes_email = models.EmailField(
        _("address for minutes"),
        blank=True,
        help_text=_("Where the secretary sends the minutes for publication."),
    )
    standing_sections = models.TextField(
        _("standing agenda sections"),
        blank=True,
        help_text=_(
            "One section name per line, in agenda order, for example: Decisions. "
            "A new agenda is prepared with one item per section."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("background"),
                FieldRowPanel([FieldPanel("strategy_start_year"), FieldPanel("strategy_end_year")]),
                FieldPanel("priorities"),
                FieldPanel("assignments"),
            ],
            heading=_("Mission"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("roles"),
                FieldPanel("meeting_rules"),
                FieldPanel("minutes_email"),
                FieldPanel("standing_sections"),
            ],
            heading=_("Roles and meetings"),
        ),
        InlinePanel("members", label=_("Members"), heading=_("Members")),
        InlinePanel("contacts", label=_("Contacts"), heading=_("Contacts")),
        InlinePanel("meetings", label=_("Meeting schedule"), heading=_("Meeting schedule")),
        *BasePage.owner_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("background"),
        index.SearchField("priorities"),
        index.SearchField("assignments"),
        index.SearchField("roles"),
        index.SearchField("meeting_rules"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.FilterField("organisation"),
    ]

    serve_select_related = (*BasePage.serve_select_related, "organisation")
    api_prefetch = (
        *BasePage.api_prefetch,
        "organisation",
        "members__person__organisation__parent",
        "contacts__person__organisation__parent",
        "meetings",
    )
    api_fields = [
        *BasePage.api_fields,
        APIField("organisation", serializer=OrganisationSerializer()),
        APIField("intro"),
        APIField("background"),
        APIField("strategy_start_year"),
        APIField("strategy_end_year"),
        APIField("priorities"),
        APIField("assignments"),
        APIField("roles"),
        APIField("meeting_rules"),
        APIField("minutes_email"),
        APIField("members"),
        APIField("contacts"),
        APIField("meetings"),
    ]
    parent_page_types = ["networks.NetworkIndexPage", "networks.NetworkPage"]
    # Standard pages hold what else a network publishes, such as those of an imported site.
    subpage_types = [
        "networks.NetworkPage",
        "minutes.MinutesPage",
        "networks.ConferencePage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("network page")
        verbose_name_plural = _("network pages")

    def clean(self):
        super().clean()
        start, end = self.strategy_start_year, self.strategy_end_year
        if start and end and end < start:
            raise ValidationError(
                {"strategy_end_year": _("The strategy period cannot end before it starts.")}
            )

    @property
    def standing_section_names(self):
        return [line.strip() for line in self.standing_sections.splitlines() if line.strip()]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        minutes = self.listed_minutes()
        # The archive's years change only with content: kept per generation of it.
        years = kept(("minutes years", self.pk), lambda: years_of(minutes))
        context["minutes"] = MinutesListing(minutes, year=request.GET.get("ar"), years=years)
        # Meetings over several days stay listed until their last day.
        # A list: the side column shows its first, and the page all of them.
        context["upcoming_meetings"] = list(
            self.meetings.filter(Q(date__gte=today) | Q(end_date__gte=today)).order_by(
                "date", "start_time"
            )
        )
        context["conferences"] = self.listed_conferences().order_by("-start")
        default_locale = kept("default locale", lambda: Locale.get_default().pk)
        context["open_follow_ups"] = open_follow_ups(
            self.published_minutes(), in_default_language=self.locale_id == default_locale
        )
        context["sub_networks"] = public(NetworkPage.objects.child_of(self).live())
        context["members"] = self.members.select_related("person__organisation__parent")
        context["contacts"] = contacts_to_show(self.contacts.all(), self.locale_id)
        return context


class NetworkMember(Orderable):
    page = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="members")
    person = models.ForeignKey(
        "networks.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=NetworkRole.choices, default=NetworkRole.MEMBER
    )
    area = models.CharField(
        _("area of responsibility"),
        max_length=255,
        blank=True,
        help_text=_("For example: preschool and compulsory school, upper secondary and adult"),
    )

    panels = [FieldPanel("person"), FieldRowPanel([FieldPanel("role"), FieldPanel("area")])]

    api_fields = [
        APIField("person", serializer=PersonSerializer()),
        APIField("role"),
        APIField("area"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return str(self.person)


class NetworkContact(PageContact):
    page = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="contacts")


class NetworkMeeting(Orderable):
    """One entry in a network's meeting schedule."""

    page = ParentalKey(NetworkPage, on_delete=models.CASCADE, related_name="meetings")
    # Calendar subscribers recognise an edited meeting by this; translations share it.
    uid = models.UUIDField(default=uuid.uuid4, editable=False, db_index=True)
    date = models.DateField(_("date"))
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("For meetings over several days.")
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=MeetingKind.choices, default=MeetingKind.MEETING
    )
    start_time = models.TimeField(_("starts"), null=True, blank=True)
    end_time = models.TimeField(_("ends"), null=True, blank=True)
    time_note = models.CharField(
        _("time as text"),
        max_length=50,
        blank=True,
        help_text=_("Instead of times, for example: lunch to lunch"),
    )
    place = models.CharField(_("place"), max_length=255, blank=True)
    is_digital = models.BooleanField(_("digital meeting"), default=False)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time"), FieldPanel("time_note")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("is_digital"), FieldPanel("cancelled")]),
    ]

    api_fields = [
        APIField(name)
        for name in (
            "date",
            "end_date",
            "kind",
            "start_time",
            "end_time",
            "time_note",
            "place",
            "is_digital",
            "cancelled",
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("scheduled meeting")
        verbose_name_plural = _("meeting schedule")

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"

    def clean(self):
        if self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The last day cannot be before the first.")})
        same_day = not self.end_date or self.end_date == self.date
        if same_day and self.start_time and self.end_time and self.end_time <= self.start_time:
            raise ValidationError({"end_time": _("The meeting must end after it starts.")})
