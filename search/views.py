from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

# Visitors' queries are capped so that no input can make the backend work unboundedly.
MAX_QUERY_LENGTH = 200
MAX_TERMS = 32
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Drop control characters and unpaired quotes; cap the length and the number of terms.

    The database backends pass quotes through to SQLite FTS5 and PostgreSQL, which fail on
    an unterminated phrase or on a very long query.
    """
    printable = "".join(ch if ch.isprintable() else " " for ch in raw[: MAX_QUERY_LENGTH * 4])
    query = " ".join(printable.split()[:MAX_TERMS])[:MAX_QUERY_LENGTH]
    if query.count('"') % 2:
        query = query.replace('"', " ")
    return " ".join(query.split())


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .specific()
            .search(query, operator="and")
        )
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page = paginator.page(1)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "search_results": page}
    )
