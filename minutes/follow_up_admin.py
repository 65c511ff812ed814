"""The admin's listing of follow-ups, where a network's editors keep them up to date.

Every view asks ``core.access_policy`` through the registered permission policy: the
listing shows the follow-ups the user keeps, and a follow-up of another organisation's
network is refused.
"""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton

from core.access_policy import (
    follow_ups_kept_by,
    may_change_follow_up,
    may_keep_network_follow_ups,
)
from minutes.models.follow_up import FollowUp

LIST_FILTERS = [
    "state",
    "kind",
    "network",
    "responsible_person",
    "responsible_organisation",
    "responsible_network",
    "due_meeting_date",
]


class FollowUpFilterSet(WagtailFilterSet):
    """The listing's filters; the bulk change of state applies them too."""

    class Meta:
        model = FollowUp
        fields = LIST_FILTERS


def meeting_label(meeting):
    words = [date_format(meeting.date, "j F Y"), str(meeting.get_kind_display())]
    if meeting.place:
        words.append(meeting.place)
    return " – ".join(words)


def schedule_choices(networks):
    """The meetings of ``networks``' schedules, grouped by network, cancelled ones left out."""
    choices = []
    for network in networks:
        meetings = [
            (meeting.date.isoformat(), meeting_label(meeting))
            for meeting in network.meetings.all()
            if not meeting.cancelled
        ]
        if meetings:
            choices.append((network.title, meetings))
    return choices


class FollowUpForm(WagtailAdminModelForm):
    """The network is the one whose minutes hold the decision, and must be the user's.

    The due meeting is chosen from the schedules of the networks the user keeps.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due_meeting_date"] = forms.TypedChoiceField(
            label=self.fields["due_meeting_date"].label,
            help_text=_("A meeting in the network's schedule."),
            choices=[("", _("No named meeting")), *self.due_meeting_choices()],
            coerce=datetime.date.fromisoformat,
            empty_value=None,
            required=False,
        )

    def kept_networks(self):
        network_model = FollowUp._meta.get_field("network").related_model
        networks = network_model.objects.select_related("organisation").prefetch_related("meetings")
        if self.instance.network_id:
            return list(networks.filter(pk=self.instance.network_id))
        if self.for_user is None:
            return []
        return [
            network
            for network in networks.order_by("title")
            if may_keep_network_follow_ups(self.for_user, network)
        ]

    def due_meeting_choices(self):
        choices = schedule_choices(self.kept_networks())
        current = self.instance.due_meeting_date
        offered = {value for _group, meetings in choices for value, _label in meetings}
        if current is not None and current.isoformat() not in offered:
            # Set before the schedule was kept here, or the meeting has left it since.
            label = _("%(date)s (not in the schedule)") % {"date": date_format(current, "j F Y")}
            choices.append((current.isoformat(), label))
        return choices

    def clean(self):
        cleaned_data = super().clean()
        minutes = cleaned_data.get("minutes")
        if minutes is None:
            return cleaned_data
        network = minutes.get_parent().specific
        if not hasattr(network, "organisation"):
            raise forms.ValidationError(_("These minutes belong to no network."))
        self.instance.network = network
        if self.for_user is not None and not may_change_follow_up(self.for_user, self.instance):
            raise forms.ValidationError(
                _("Only the editors of the network's organisation keep its follow-ups.")
            )
        self.check_due_meeting(network, cleaned_data.get("due_meeting_date"))
        return cleaned_data

    def check_due_meeting(self, network, due):
        """The named meeting must be in the schedule of the decision's own network."""
        if due is None or due == self.initial.get("due_meeting_date"):
            return
        if not any(m.date == due and not m.cancelled for m in network.meetings.all()):
            self.add_error(
                "due_meeting_date",
                _("Choose a meeting in the schedule of %(network)s.") % {"network": network.title},
            )


class StateLoggingMixin:
    """Logs a change of state with who made it and when, in the follow-up's history."""

    def save_instance(self):
        previous = self.previous_state()
        instance = super().save_instance()
        if instance.state != previous:
            instance.log_state(self.request.user)
        return instance

    def previous_state(self):
        return None


class FollowUpCreateView(StateLoggingMixin, generic.CreateView):
    pass


class FollowUpEditView(StateLoggingMixin, generic.EditView):
    def get_object(self, queryset=None):
        follow_up = super().get_object(queryset)
        if not may_change_follow_up(self.request.user, follow_up):
            raise PermissionDenied
        self.initial_state = follow_up.state
        return follow_up

    def previous_state(self):
        return self.initial_state


class KeeperOnlyMixin:
    """Refuses the follow-up's view to all but those who keep it."""

    def get_object(self, *args, **kwargs):
        follow_up = super().get_object(*args, **kwargs)
        if not may_change_follow_up(self.request.user, follow_up):
            raise PermissionDenied
        return follow_up


class FollowUpDeleteView(KeeperOnlyMixin, generic.DeleteView):
    pass


class FollowUpHistoryView(KeeperOnlyMixin, generic.HistoryView):
    pass


class FollowUpUsageView(KeeperOnlyMixin, generic.UsageView):
    pass


class FollowUpIndexView(generic.IndexView):
    @cached_property
    def header_more_buttons(self):
        url = f"{reverse('follow_ups_bulk_state')}?{self.request.GET.urlencode()}"
        return [
            *super().header_more_buttons,
            HeaderButton(_("Change the state of those listed"), url=url, icon_name="tasks"),
        ]

    def get_base_queryset(self):
        follow_ups = (
            super()
            .get_base_queryset()
            .select_related(
                "network",
                "minutes",
                "responsible_person",
                "responsible_organisation",
                "responsible_network",
            )
        )
        return follow_ups_kept_by(self.request.user, follow_ups)


class FollowUpViewSet(ModelViewSet):
    model = FollowUp
    icon = "tasks"
    menu_label = _("Follow-ups")
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = FollowUpIndexView
    add_view_class = FollowUpCreateView
    edit_view_class = FollowUpEditView
    delete_view_class = FollowUpDeleteView
    history_view_class = FollowUpHistoryView
    usage_view_class = FollowUpUsageView
    list_display = [
        "clause",
        "network",
        "minutes",
        Column("get_state_display", label=_("State"), sort_key="state"),
        Column("responsible", label=_("Responsible")),
        Column("due_text", label=_("Due")),
    ]
    filterset_class = FollowUpFilterSet
    search_fields = ["clause", "heading"]
    ordering = ["-minutes__meeting_date", "pk"]
    edit_handler = ObjectList(
        [
            FieldPanel("minutes"),
            FieldRowPanel([FieldPanel("anchor"), FieldPanel("heading")]),
            FieldPanel("clause"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("state")]),
            MultiFieldPanel(
                [
                    FieldPanel("responsible_person"),
                    FieldPanel("responsible_organisation"),
                    FieldPanel("responsible_network"),
                ],
                heading=_("Responsible"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("due_date"),
                    FieldPanel("due_next_meeting"),
                    FieldPanel("due_meeting_date"),
                ],
                heading=_("Due"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("reported_in"),
                    FieldPanel("reported_anchor"),
                    FieldPanel("dropped_reason"),
                ],
                heading=_("Closing"),
            ),
        ],
        base_form_class=FollowUpForm,
    )


follow_up_viewset = FollowUpViewSet("follow_ups")
