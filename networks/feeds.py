"""RSS and Atom feeds of newly published minutes and conferences."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

from core.access_policy import published
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage

FEED_LENGTH = 30


def newest_published(pages):
    """Minutes and conferences among ``pages``, newest publication first."""
    return (
        published(pages.type(MinutesPage, ConferencePage))
        .order_by("-first_published_at", "-pk")
        .specific()[:FEED_LENGTH]
    )


class PublicationsFeed(Feed):
    """Newly published minutes and conferences of the whole site, in the active language."""

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        return Locale.get_active()

    def title(self, locale):
        site = Site.find_for_request(self.request)
        name = site.site_name if site and site.site_name else "Samverkan"
        return _("%(site)s: minutes and conferences") % {"site": name}

    def link(self, locale):
        site = Site.find_for_request(self.request)
        home = site.root_page.get_translation_or_none(locale) if site else None
        return home.get_url(self.request) if home else "/"

    def description(self, locale):
        return _("Newly published minutes and conferences.")

    def items(self, locale):
        return newest_published(Page.objects.filter(locale=locale))

    def item_title(self, page):
        if isinstance(page, MinutesPage):
            return page.title
        return _("Conference: %(title)s") % {"title": page.title}

    def item_link(self, page):
        return page.get_url(self.request)

    def item_description(self, page):
        if isinstance(page, MinutesPage):
            where = _("Digital") if page.is_digital else page.place
            date = date_format(page.meeting_date, "j F Y")
            text = _("Minutes of the meeting on %(date)s") % {"date": date}
            return f"{text}, {where}." if where else f"{text}."
        start = date_format(timezone.localtime(page.start), "j F Y")
        where = _("Digital") if page.is_digital else page.place
        return " ".join(filter(None, [f"{start}, {where}.", page.intro]))

    def item_pubdate(self, page):
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at or page.first_published_at

    def item_guid(self, page):
        return f"{page.translation_key}-{page.locale_id}"

    item_guid_is_permalink = False


class PublicationsAtomFeed(PublicationsFeed):
    feed_type = Atom1Feed
    subtitle = PublicationsFeed.description


class NetworkRssFeed(PublicationsFeed):
    """Newly published minutes and conferences of one network."""

    def get_object(self, request, *args, network, **kwargs):
        return network

    def title(self, network):
        return _("%(network)s: minutes and conferences") % {"network": network.title}

    def link(self, network):
        return network.get_url(self.request)

    def description(self, network):
        return _("Newly published minutes and conferences of %(network)s.") % {
            "network": network.title
        }

    def items(self, network):
        return newest_published(Page.objects.child_of(network))


class NetworkAtomFeed(NetworkRssFeed):
    feed_type = Atom1Feed
    subtitle = NetworkRssFeed.description


# Feeds keep the request on the instance, so each request gets its own.
def site_rss_feed(request):
    return PublicationsFeed()(request)


def site_atom_feed(request):
    return PublicationsAtomFeed()(request)
