"""Wagtail's read-only API v2: live, public pages, images and unrestricted documents.

Every parameter a client sends is checked here before it reaches the database, so a
malformed one is answered with a 400 and a message in the API's JSON form, never a
server error.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import prefetch_related_objects
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from minutes.follow_up_filters import RESPONSIBLE_PARAMETER, STATE_PARAMETER, FollowUpFilter
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


# The fields whose filter values Wagtail's FieldsFilter converts, and answers 400 for.
WAGTAIL_CONVERTS = (models.BooleanField, models.IntegerField, models.AutoField)


class CheckedFieldsFilter(FieldsFilter):
    """Field filters (``?meeting_date=``) whose values must suit their field.

    Wagtail converts booleans, integers and keys itself and passes anything else, a date
    among them, to the database as it came, where a malformed value fails with a server
    error.
    """

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in fields:
                check_field_value(queryset.model, name, value)
        return super().filter_queryset(request, queryset, view)


def check_field_value(model, name, value):
    try:
        field = model._meta.get_field(name)
    except LookupError:
        return
    if field.is_relation or isinstance(field, WAGTAIL_CONVERTS):
        return
    try:
        field.to_python(value)
    except ValidationError as error:
        raise BadRequestError(
            f"field filter error. '{value}' is not a valid value for {name}"
        ) from error


# Far beyond any listing, and within the integers every database takes for an offset.
MAX_OFFSET = 1_000_000_000


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination with a bound on ``?offset=``; ``?limit=`` has one already."""

    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Not a number: Wagtail's own check answers it.
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


def checked(filter_backends):
    """Wagtail's filter backends, with the checked ones in place of its own."""
    replacements = {SearchFilter: CleanedSearchFilter, FieldsFilter: CheckedFieldsFilter}
    return [replacements.get(backend, backend) for backend in filter_backends]


class CheckedParametersMixin:
    """What every endpoint of the site checks in a request's parameters."""

    pagination_class = BoundedPagination

    def initial(self, request, *args, **kwargs):
        # A NUL reaches no database intact: PostgreSQL refuses it in any string.
        for name, values in request.GET.lists():
            if any("\x00" in text for text in (name, *values)):
                raise BadRequestError(f"null characters are not allowed in {name}")
        super().initial(request, *args, **kwargs)

    def find_object(self, queryset, request):
        object_id = request.GET.get("id")
        if object_id is not None and not (object_id.isascii() and object_id.isdigit()):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)


class PrefetchingPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    """Pages whose people and organisations load in a fixed number of queries.

    Each page type names, in ``api_prefetch``, the relations its API fields walk; without
    them every member, contact or attendee would cost queries of its own.
    """

    filter_backends = [*checked(PagesAPIViewSet.filter_backends), FollowUpFilter]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        [STATE_PARAMETER, RESPONSIBLE_PARAMETER]
    )

    def get_object(self):
        page = super().get_object()
        if not getattr(page, "_api_prefetched", False):
            prepare_for_api([page], type(page))
            page._api_prefetched = True
        return page

    def paginate_queryset(self, queryset):
        pages = super().paginate_queryset(queryset)
        prepare_for_api(pages, queryset.model)
        return pages


def prepare_for_api(pages, model):
    """Load what the API fields of ``model`` read: its ``api_prefetch``, its ``api_prepare``."""
    prefetch_related_objects(pages, *getattr(model, "api_prefetch", ()))
    prepare = getattr(model, "api_prepare", None)
    if prepare is not None:
        prepare(pages)


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = checked(ImagesAPIViewSet.filter_backends)


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = checked(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PrefetchingPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
