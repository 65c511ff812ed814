"""Wagtail's read-only API v2: live, public pages, images and unrestricted documents.

Every parameter a client sends is checked here before it reaches the database, so a
malformed one is answered with a 400 and a message in the API's JSON form, never a
server error.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, Value, When, prefetch_related_objects
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from minutes.follow_up_filters import RESPONSIBLE_PARAMETER, STATE_PARAMETER, FollowUpFilter
from search.query import read_query
from search.service.find import find_pages


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


class SiteSearchFilter(SearchFilter):
    """``?search=`` answered by the site's own search (``search.service.find``).

    The query is cleaned and analysed as the search page does it, in the language of
    ``?locale=``; without ``locale=`` every language is searched, each page once in its
    own language's analysis, the default language's pages first. An alias, or a copy
    whose translation is not approved, shows another language's text and is found as
    that language's page. At most ``MAX_MATCHES`` pages per language are found. Without
    ``?order=`` the pages come best first; with it, in the order asked for.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        operator = request.GET.get("search_operator", "and")
        if operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        text = request.GET["search"]
        if not read_query(text):
            raise BadRequestError("search must contain at least one word")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError("filtering by tag with a search query is not supported")
        ids = []
        for locale in searched_locales(request.GET.get("locale")):
            ids.extend(find_pages(text, locale, operator=operator).ids)
        found = queryset.filter(pk__in=ids)
        if "order" in request.GET:
            return found
        rank = Case(*(When(pk=pk, then=Value(place)) for place, pk in enumerate(ids)))
        return found.order_by(rank) if ids else found


def searched_locales(language_code):
    """The locale ``?locale=`` names, or every locale, the default language's first."""
    if language_code is not None:
        return Locale.objects.filter(language_code=language_code)
    default = Locale.get_default()
    return sorted(Locale.objects.all(), key=lambda locale: (locale.pk != default.pk, locale.pk))


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


def checked(filter_backends, search=CleanedSearchFilter):
    """Wagtail's filter backends, with the checked ones in place of its own."""
    replacements = {SearchFilter: search, FieldsFilter: CheckedFieldsFilter}
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

    filter_backends = [
        *checked(PagesAPIViewSet.filter_backends, search=SiteSearchFilter),
        FollowUpFilter,
    ]
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
