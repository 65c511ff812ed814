"""Wagtail's read-only API v2: live, public pages, images and unrestricted documents."""

from django.db.models import prefetch_related_objects
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from search.query import read_query


class CleanedSearchFilter(SearchFilter):
    """``?search=`` cleaned as the search page cleans its query.

    Wagtail's filter hands the raw string to the backend, where an unpaired quote or an
    unknown ``search_operator`` fails with a server error instead of a clear answer.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator", "and")
        if operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        query = read_query(request.GET["search"]).backend_query(operator=operator)
        if query is None:
            raise BadRequestError("search must contain at least one word")
        cleaned = request.GET.copy()
        cleaned.pop("search_operator", None)
        cleaned["search"] = query
        return super().filter_queryset(CleanedRequest(request, cleaned), queryset, view)


class CleanedRequest:
    """The request as Wagtail's search filter reads it, with the query already parsed."""

    def __init__(self, request, params):
        self._request = request
        self.GET = params

    def __getattr__(self, name):
        return getattr(self._request, name)


class PrefetchingPagesAPIViewSet(PagesAPIViewSet):
    """Pages whose people and organisations load in a fixed number of queries.

    Each page type names, in ``api_prefetch``, the relations its API fields walk; without
    them every member, contact or attendee would cost queries of its own.
    """

    filter_backends = [
        CleanedSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

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
