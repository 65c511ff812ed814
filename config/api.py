"""Wagtail's read-only API v2: live, public pages, images and unrestricted documents."""

from django.db.models import prefetch_related_objects
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PrefetchingPagesAPIViewSet(PagesAPIViewSet):
    """Pages whose people and organisations load in a fixed number of queries.

    Each page type names, in ``api_prefetch``, the relations its API fields walk; without
    them every member, contact or attendee would cost queries of its own.
    """

    def get_object(self):
        page = super().get_object()
        if not getattr(page, "_api_prefetched", False):
            prefetch_related_objects([page], *getattr(page, "api_prefetch", ()))
            page._api_prefetched = True
        return page

    def paginate_queryset(self, queryset):
        pages = super().paginate_queryset(queryset)
        prefetch_related_objects(pages, *getattr(queryset.model, "api_prefetch", ()))
        return pages


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PrefetchingPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
