"""Behaviour every content page shares: a page owner and a visible last update."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.access_policy import SourceTextPermissionTester, published
from core.api_serializers import PersonSerializer
from core.blocks import RICH_TEXT_FEATURES
from core.public_pages import restricted_sections

HOLD_SCHEDULED_PUBLICATION_HOOK = "samverkan_hold_scheduled_publication"
# The log action Wagtail's ``publish_scheduled`` publishes a revision with.
SCHEDULED_PUBLICATION = "wagtail.publish.scheduled"


class BasePage(Page):
    """Abstract base of every Samverkan page type.

    Subclasses extend ``content_panels`` and ``search_fields``; the page owner panel is
    appended last so that it sits at the foot of every editing form.
    """

    page_owner = models.ForeignKey(
        "networks.Person",
        verbose_name=_("page owner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The person responsible for the content of this page (Sidansvarig)."),
    )

    search_fields = [*Page.search_fields, index.FilterField("locale_id")]
    owner_panels = [FieldPanel("page_owner")]
    # Read with the page when it is served (core.page_routing): every page shows its owner.
    serve_select_related = ("page_owner",)
    # Relations the API walks, loaded in bulk by config.api.
    api_prefetch = ("locale", "page_owner__organisation__parent")
    api_fields = [
        APIField("page_owner", serializer=PersonSerializer()),
        APIField("last_published_at"),
    ]

    class Meta:
        abstract = True

    def get_admin_display_title(self):
        """A live page is named by its live title in the admin's listings and choosers.

        They name it to every editor who may choose or find it, and only those who may read
        its draft may read the draft's title; the editor itself shows the draft's text.
        """
        if self.live:
            return self.title
        return super().get_admin_display_title()

    def get_sitemap_urls(self, request=None):
        """The page's URL, with its published translations as hreflang alternates."""
        urls = super().get_sitemap_urls(request)

        translations = getattr(self, "published_translations", None)
        if translations is None:
            translations = published(self.get_translations(inclusive=True)).select_related("locale")
        if len(translations) > 1:
            urls[0]["alternates"] = [
                {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
                for page in translations
            ]
        return urls

    def get_view_restrictions(self):
        """Wagtail's, spared its two queries on a site where no page is restricted."""
        if not restricted_sections():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def permissions_for_user(self, user):
        """Wagtail's permissions, with an alias or translation as private as its source."""
        return SourceTextPermissionTester(user, self)

    def publish(self, revision, *args, log_action=True, **kwargs):
        """Wagtail's publish, except a scheduled go-live a hook holds back.

        A ``samverkan_hold_scheduled_publication`` hook (a function of the page and the
        revision) that answers True keeps the revision waiting: the scheduler tries it
        again on its next run. Apps above this one hold publication for their own reasons
        (the personal-data check), so they say it by hook rather than by being imported.
        """
        if log_action == SCHEDULED_PUBLICATION:
            for hold in hooks.get_hooks(HOLD_SCHEDULED_PUBLICATION_HOOK):
                if hold(self, revision):
                    return None
        return super().publish(revision, *args, log_action=log_action, **kwargs)

    def get_workflow(self):
        """The workflow a ``samverkan_choose_page_workflow`` hook chooses, else the tree's.

        Apps above this one may decide some pages' workflows from their own data, so they
        say it by hook rather than by being imported here.
        """
        for choose in hooks.get_hooks("samverkan_choose_page_workflow"):
            workflow = choose(self)
            if workflow is not None:
                return workflow
        return super().get_workflow()

    @property
    def last_updated(self):
        """When the page's live content last changed, for the "last updated" line."""
        return self.last_published_at or self.first_published_at


class IntroIndexPage(BasePage):
    """Abstract base of a page that introduces what it lists with a short rich text.

    The home page and the network, conference and contact indexes hold nothing else of
    their own: what they list comes from the pages below or beside them.
    """

    intro = RichTextField(_("introduction"), features=RICH_TEXT_FEATURES, blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), *BasePage.owner_panels]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        abstract = True
