from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import pgettext_lazy
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
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
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
