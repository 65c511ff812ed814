"""The admin report of what visitors search for: the popular searches and those finding nothing."""

import datetime

import django_filters
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import policy_registry

from search.models import LANGUAGE_CHOICES, SearchQueryDay

PERIODS = [("30", _("Last 30 days")), ("90", _("Last 90 days"))]
KINDS = [("popular", _("All searches")), ("no_results", _("Searches that found nothing"))]
# Who may edit pages may read what readers look for: Wagtail's own page reports ask the same.
EDITOR_PERMISSIONS = ["add", "change", "publish"]


def within_period(days, value):
    """Rows of the chosen period, the first one unless another was chosen."""
    length = int(value) if value in dict(PERIODS) else int(PERIODS[0][0])
    return days.filter(date__gt=timezone.localdate() - datetime.timedelta(days=length))


class PeriodFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        return within_period(qs, value)


class KindFilter(django_filters.ChoiceFilter):
    def filter(self, qs, value):
        return qs.filter(results=0) if value == "no_results" else qs


class SearchQueryReportFilterSet(WagtailFilterSet):
    period = PeriodFilter(label=_("Period"), choices=PERIODS, empty_label=None)
    kind = KindFilter(label=_("Searches"), choices=KINDS, empty_label=None)
    language = django_filters.ChoiceFilter(label=_("Language"), choices=LANGUAGE_CHOICES)

    class Meta:
        model = SearchQueryDay
        fields = ["period", "kind", "language"]


class SearchQueryReportView(ReportView):
    page_title = _("Searches")
    header_icon = "search"
    filterset_class = SearchQueryReportFilterSet
    index_url_name = "search_report"
    index_results_url_name = "search_report_results"
    any_permission_required = EDITOR_PERMISSIONS
    list_export = ["query", "language", "searches", "results"]
    export_headings = {
        "query": _("Query"),
        "language": _("Language"),
        "searches": _("Searches"),
        "results": _("Results"),
    }
    columns = [
        Column("query", label=_("Query"), accessor=lambda row: row["query"]),
        Column("language", label=_("Language"), accessor=lambda row: row["language"]),
        Column("searches", label=_("Searches"), accessor=lambda row: row["searches"]),
        Column("results", label=_("Most results found"), accessor=lambda row: row["results"]),
    ]

    @cached_property
    def permission_policy(self):
        # The report lists queries, but reading it is for those who work on pages.
        return policy_registry.get_by_type(Page)

    def get_queryset(self):
        days = SearchQueryDay.objects.all()
        if self.filters and self.filters.is_valid():
            days = self.filters.filter_queryset(days)
        else:  # The default period applies when the filter form is malformed, too.
            days = within_period(days, None)
        return (
            days.values("query", "language")
            .annotate(searches=Sum("hits"), results=Max("results"))
            .order_by("-searches", "query")
        )

    def get_filtered_queryset(self):
        return self.get_queryset()

    def to_row_dict(self, item):
        return {field: item[field] for field in self.list_export}


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return policy_registry.get_by_type(Page).user_has_any_permission(
            request.user, EDITOR_PERMISSIONS
        )
