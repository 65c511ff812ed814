"""Changing the state of many follow-ups at once: those the listing's filters show.

Only the follow-ups the user keeps are changed; each change is logged as one made by hand.
Reporting one needs the minutes it was reported in, so it is not offered here.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.access_policy import follow_ups_kept_by, may_keep_follow_ups
from minutes.follow_up_admin import FollowUpFilterSet
from minutes.models.follow_up import FollowUp, FollowUpState

BULK_STATES = [
    (value, label) for value, label in FollowUpState.choices if value != FollowUpState.REPORTED
]


class BulkStateForm(forms.Form):
    state = forms.ChoiceField(label=_("New state"), choices=BULK_STATES)
    dropped_reason = forms.CharField(
        label=_("Reason for dropping"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    note = forms.CharField(label=_("Note"), required=False)

    def clean(self):
        cleaned_data = super().clean()
        reason = cleaned_data.get("dropped_reason", "").strip()
        if cleaned_data.get("state") == FollowUpState.DROPPED and not reason:
            self.add_error("dropped_reason", _("Say why the follow-ups are dropped."))
        return cleaned_data


class FollowUpBulkStateView(WagtailAdminTemplateMixin, FormView):
    template_name = "minutes/admin/follow_up_bulk_state.html"
    form_class = BulkStateForm
    page_title = _("Change the state of follow-ups")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        if not may_keep_follow_ups(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def follow_ups(self):
        """The follow-ups the user keeps that the query string's filters choose."""
        kept = follow_ups_kept_by(self.request.user, FollowUp.objects.all()).order_by("pk")
        filters = FollowUpFilterSet(self.request.GET, queryset=kept)
        if not filters.is_valid():
            return None
        return filters.qs

    def get_context_data(self, **kwargs):
        follow_ups = self.follow_ups()
        return super().get_context_data(
            follow_ups=follow_ups,
            query=self.request.GET.urlencode(),
            index_url=f"{reverse('follow_ups:index')}?{self.request.GET.urlencode()}",
            **kwargs,
        )

    def form_valid(self, form):
        follow_ups = self.follow_ups()
        if follow_ups is None:
            messages.error(self.request, _("The filters are not valid; nothing was changed."))
            return self.form_invalid(form)
        state = form.cleaned_data["state"]
        changed = 0
        for follow_up in follow_ups.exclude(state=state):
            if state == FollowUpState.DROPPED:
                follow_up.dropped_reason = form.cleaned_data["dropped_reason"].strip()
            follow_up.change_state(state, self.request.user, note=form.cleaned_data["note"])
            changed += 1
        messages.success(
            self.request,
            ngettext("%(count)d follow-up changed.", "%(count)d follow-ups changed.", changed)
            % {"count": changed},
        )
        return redirect(f"{reverse('follow_ups:index')}?{self.request.GET.urlencode()}")
