"""The sitemap: every live public page of every language, aliases left out."""

from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.models import Page

from home.published import published


class PublishedPagesSitemap(Sitemap):
    def items(self):
        # Each language's tree is a root of its own, so the site's root page alone won't do.
        return (
            published(Page.objects.filter(depth__gt=1))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )


def sitemap_view(request):
    return sitemap(request, sitemaps={"pages": PublishedPagesSitemap})


def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
