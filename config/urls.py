from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from core.health import healthz
from core.media_storage import PRIVATE_IMAGE_URL_NAME
from core.private_image_view import serve_private_image
from core.sitemap import robots_txt, sitemap_view
from networks import feeds
from search import views as search_views
from subscriptions import urls as subscription_urls

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Files of images in private collections; the web server serves the others itself.
    path("private-images/<path:name>", serve_private_image, name=PRIVATE_IMAGE_URL_NAME),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Public pages carry their language in the URL; Swedish, the default, needs no prefix.
urlpatterns += i18n_patterns(
    # Translated path: /sok/ in Swedish, /en/search/ in English.
    path(pgettext_lazy("URL path", "search/"), search_views.search, name="search"),
    # Titles for the search box as the visitor types: /sok/forslag/, /en/search/suggestions/.
    path(
        pgettext_lazy("URL path", "search/suggestions/"),
        search_views.autocomplete,
        name="search_autocomplete",
    ),
    # Newly published minutes and conferences: /flode/rss/ in Swedish, /en/feed/rss/ in English.
    path(pgettext_lazy("URL path", "feed/rss/"), feeds.site_rss_feed, name="feed_rss"),
    path(pgettext_lazy("URL path", "feed/atom/"), feeds.site_atom_feed, name="feed_atom"),
    # Following networks by e-mail: /prenumerera/ in Swedish, /en/subscribe/ in English.
    path("", include(subscription_urls)),
    # Calendar files (kalender.ics below a page) are page routes, served by Wagtail too;
    # its own pattern only takes paths of slash-terminated segments.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.ics)$", wagtail_views.serve, name="calendar_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
