"""The sitemap: every live public page of every language, aliases left out."""

from collections import defaultdict

from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page

from core.access_policy import published


class PublishedPagesSitemap(Sitemap):
    def items(self):
        # Each language's tree is a root of its own, so the site's root page alone won't do.
        return (
            published(Page.objects.filter(depth__gt=1))
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        # Wagtail's own loop asks every page for its alternates, one query each; here the
        # published translations of the whole sitemap page are fetched in one query instead.
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for translation in published(
            Page.objects.filter(translation_key__in={page.translation_key for page in pages})
        ).select_related("locale"):
            translations[translation.translation_key].append(translation)

        urls = []
        for item in pages:
            item.published_translations = translations[item.translation_key]
            urls.extend(item.get_sitemap_urls(self.request))
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": PublishedPagesSitemap})


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
