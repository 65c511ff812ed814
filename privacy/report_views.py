"""The administrators' report of personal data on the live site, under Reports."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from wagtail.admin.menu import MenuItem

from core.access_policy import may_see_personal_data_report
from privacy.live_report import by_organisation, live_findings


def personal_data_report(request):
    if not may_see_personal_data_report(request.user):
        raise PermissionDenied
    rows = live_findings()
    return TemplateResponse(
        request,
        "privacy/report.html",
        {"organisations": by_organisation(rows), "total": sum(len(r.findings) for r in rows)},
    )


class PersonalDataReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_personal_data_report(request.user)
