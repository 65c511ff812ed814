"""The approver's door to let a page's personal-data findings through, with a reason."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.models import Page

from core.access_policy import may_override_personal_data_finding
from privacy.gate import open_findings, override_findings


class OverrideForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why may this be published?"),
        help_text=gettext_lazy(
            "For example: the person has agreed in writing, or the number is a fictional "
            "example. The reason is kept in the page's history."
        ),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=10,
        max_length=2000,
    )


def override(request, page_id):
    """Show the page's open findings (GET) and let them through for a reason (POST)."""
    page = get_object_or_404(Page, id=page_id).specific
    if not may_override_personal_data_finding(request.user, page):
        raise PermissionDenied
    findings = open_findings(page, fresh=True)
    form = OverrideForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and findings and form.is_valid():
        let_through = override_findings(page, request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            _("%(count)s finding(s) on '%(title)s' let through; the reason is in its history.")
            % {"count": len(let_through), "title": page.get_admin_display_title()},
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "privacy/override.html",
        {"page": page, "findings": findings, "form": form},
    )
