from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from search.service.autocomplete import complete
from search.service.results import SearchPage
from search.service.statistics import is_robot, record_search


@require_GET
def search(request):
    page = SearchPage(request)
    if page.query and page.is_first_view and not is_robot(request):
        record_search(page.query, page.language, page.count + len(page.promoted))
    return TemplateResponse(
        request, "search/search.html", {"search": page, "search_query": page.query}
    )


@require_GET
def autocomplete(request):
    suggestions = complete(request.GET.get("q", ""), Locale.get_active(), request)
    return JsonResponse({"results": suggestions})
