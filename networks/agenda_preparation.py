"""Preparing the minutes of a network's next meeting as a draft, from the admin."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.coreutils import find_available_slug

from minutes.agenda import agenda_item_data
from minutes.models.follow_up import FollowUp, open_follow_ups
from minutes.models.minutes_page import MinutesAttendee, MinutesPage
from networks.network_admin_views import NetworkAdminViewMixin


def can_prepare_agenda(network, user):
    return MinutesPage.can_create_at(network) and (
        network.permissions_for_user(user).can_add_subpage()
    )


def next_meeting(network):
    return (
        network.meetings.filter(cancelled=False, date__gte=timezone.localdate())
        .order_by("date", "start_time")
        .first()
    )


def refusal(network, meeting):
    """Why no draft can be prepared, or None when one can."""
    if meeting is None:
        return _("The network has no upcoming meeting in its schedule.")
    if MinutesPage.objects.child_of(network).filter(meeting_date=meeting.date).exists():
        return _("Minutes for the meeting on %(date)s already exist.") % {
            "date": date_format(meeting.date, "j F Y")
        }
    return None


def standing_agenda(network):
    return [
        agenda_item_data(section=section, heading=section)
        for section in network.standing_section_names
    ]


def follow_ups_due(network, meeting_date):
    """The follow-ups owed at the meeting of ``meeting_date``: due then, or overdue."""
    minutes = MinutesPage.objects.child_of(network).filter(meeting_date__lt=meeting_date)
    return [f for f in open_follow_ups(minutes) if f.is_due_by(meeting_date)]


def report_back_item(follow_up):
    """An agenda item for reporting on ``follow_up``, quoting and linking its decision."""
    decided = date_format(follow_up.minutes.meeting_date, "j F Y")
    heading = follow_up.heading or follow_up.minutes.title
    number = follow_up.anchor.removeprefix("punkt-")
    if number.isdigit():
        link = gettext("Decided on %(date)s, item %(number)s") % {"date": decided, "number": number}
    else:
        link = gettext("Decided on %(date)s") % {"date": decided}
    body = (
        f'<p><a linktype="page" id="{follow_up.minutes_id}">{escape(link)}</a>:</p>'
        f"<p>”{escape(follow_up.clause)}”</p>"
    )
    return agenda_item_data(
        section=gettext("Reporting back"),
        heading=f"{heading} ({decided})"[:255],
        body=body,
    )


@transaction.atomic
def prepare_minutes(network, meeting, user):
    """Create the draft minutes page of ``meeting`` with a first revision, never live."""
    follow_ups = follow_ups_due(network, meeting.date)
    with translation.override(network.locale.language_code):
        title = gettext("Minutes %(date)s") % {"date": date_format(meeting.date, "j F Y")}
        report_items = [report_back_item(follow_up) for follow_up in follow_ups]
    page = MinutesPage(
        title=title,
        slug=find_available_slug(network, f"minnesanteckningar-{meeting.date:%Y-%m-%d}"),
        meeting_date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        is_digital=meeting.is_digital,
        agenda=standing_agenda(network) + report_items,
        live=False,
        has_unpublished_changes=True,
        owner=user,
        locale=network.locale,
    )
    page.attendees = [
        MinutesAttendee(
            person=member.person,
            organisation=member.person.organisation,
            role=member.role,
            area=member.area,
            present=True,
        )
        for member in network.members.select_related("person__organisation")
    ]
    network.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    for follow_up, item in zip(follow_ups, report_items, strict=True):
        follow_up.reported_in = page
        follow_up.reported_item_id = item["id"]
    FollowUp.objects.bulk_update(follow_ups, ["reported_in", "reported_item_id"])
    return page


class PrepareAgendaView(NetworkAdminViewMixin, TemplateView):
    template_name = "networks/admin/prepare_agenda.html"
    page_title = _("Prepare the agenda")
    header_icon = "list-ol"

    def allowed(self, network, user):
        return can_prepare_agenda(network, user)

    @cached_property
    def meeting(self):
        return next_meeting(self.network)

    @cached_property
    def refusal(self):
        return refusal(self.network, self.meeting)

    def get_context_data(self, **kwargs):
        return super().get_context_data(meeting=self.meeting, refusal=self.refusal, **kwargs)

    def post(self, request):
        if self.refusal:
            messages.error(request, self.refusal)
            return redirect("wagtailadmin_explore", self.network.pk)
        page = prepare_minutes(self.network, self.meeting, request.user)
        messages.success(
            request,
            _("A draft of the minutes was prepared. Fill it in, then send it on as usual."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
