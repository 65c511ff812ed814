from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.pages import BasePage, IntroIndexPage
from core.public_pages import public
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from networks.models.network_page import NetworkPage


class HomePage(IntroIndexPage):
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "networks.NetworkIndexPage",
        "networks.ConferenceIndexPage",
        "networks.ContactIndexPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming_conferences"] = (
            public(ConferencePage.objects.live())
            .filter(locale_id=self.locale_id, end__gte=timezone.now())
            # Listed by title and dates: their programmes would be decoded for nothing.
            .defer_streamfields()
            .order_by("start")[:4]
        )
        context["latest_minutes"] = (
            public(MinutesPage.objects.live())
            .filter(locale_id=self.locale_id)
            .defer_streamfields()
            .order_by("-meeting_date")[:5]
        )
        context["networks"] = (
            public(NetworkPage.objects.live())
            .filter(locale_id=self.locale_id, depth=self.depth + 2)
            .select_related("organisation")
            .order_by("title")
        )
        return context


class StandardPage(BasePage):
    """About, accessibility statement, privacy and other free-form pages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        *BasePage.owner_panels,
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body"),
    ]
    parent_page_types = ["home.HomePage", "home.StandardPage", "networks.NetworkPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
