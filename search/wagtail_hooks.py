from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from search.models import Synonym
from search.report import SearchQueryReportView, SearchReportMenuItem
from search.service.find import find_pages


class SynonymViewSet(SnippetViewSet):
    """Editors extend the words a query also finds (SKR for Sveriges Kommuner och Regioner)."""

    model = Synonym
    icon = "search"
    menu_label = _("Search synonyms")
    menu_name = "search_synonyms"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]
    search_backend_name = None
    ordering = ["language", "terms"]


register_snippet(SynonymViewSet)


# The report of popular searches and of searches that found nothing, under Reports.


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/searches/", SearchQueryReportView.as_view(), name="search_report"),
        path(
            "reports/searches/results/",
            SearchQueryReportView.as_view(results_only=True),
            name="search_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(
        _("Searches"), reverse("search_report"), name="searches", icon_name="search", order=950
    )


@hooks.register("search_pages")
def search_pages(text, locale, filters):
    """The site's search for the doors below the search service (a decision register)."""
    return find_pages(text, locale, filters).ids
