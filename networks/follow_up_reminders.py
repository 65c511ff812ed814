"""E-mail reminders of the follow-ups owed at a network's next meeting.

Each follow-up is reminded of once for each date it is due at: the responsible person
when the register has their address, else the network's secretaries. The e-mail is in the
recipient's language: the one they chose for the site when the address is a user's, else
the network's.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from minutes.choices import NetworkRole
from minutes.models.follow_up import FollowUpReminder
from networks.agenda_preparation import follow_ups_due, next_meeting
from networks.models.network_page import NetworkPage


@dataclass
class Reminder:
    network: NetworkPage
    meeting_date: datetime.date
    recipient: str
    follow_ups: list = field(default_factory=list)


def secretaries(network):
    return [
        member.person.email
        for member in network.members.select_related("person")
        if member.role == NetworkRole.SECRETARY and member.person.email
    ]


def recipients_of(follow_up, network_secretaries):
    person = follow_up.responsible_person
    if person is not None and person.email:
        return [person.email]
    return network_secretaries


def reminders_for(network, today, within_days):
    """What to send about ``network``'s next meeting, if it is within ``within_days``."""
    meeting = next_meeting(network)
    if meeting is None or meeting.date > today + datetime.timedelta(days=within_days):
        return []
    reminded = set(
        FollowUpReminder.objects.filter(
            follow_up__network=network, due_on=meeting.date
        ).values_list("follow_up_id", flat=True)
    )
    network_secretaries = secretaries(network)
    reminders = {}
    for follow_up in follow_ups_due(network, meeting.date):
        if follow_up.pk in reminded:
            continue
        for recipient in recipients_of(follow_up, network_secretaries):
            reminder = reminders.setdefault(recipient, Reminder(network, meeting.date, recipient))
            reminder.follow_ups.append(follow_up)
    return list(reminders.values())


def recipient_language(reminder):
    """The language the recipient chose for the site, if the address is a user's; else the
    network's. The register's people have no language of their own."""
    chosen = (
        UserProfile.objects.filter(user__email__iexact=reminder.recipient)
        .exclude(preferred_language="")
        .order_by("user_id")
        .values_list("preferred_language", flat=True)
        .first()
    )
    if chosen in dict(settings.LANGUAGES):
        return chosen
    return reminder.network.locale.language_code


def send(reminder):
    """Send one reminder and record it, so that the next run does not send it again."""
    with translation.override(recipient_language(reminder)):
        date = date_format(reminder.meeting_date, "j F Y")
        subject = gettext("Follow-ups due at %(network)s on %(date)s") % {
            "network": reminder.network.title,
            "date": date,
        }
        body = render_to_string(
            "networks/email/follow_up_reminder.txt", {"reminder": reminder, "date": date}
        )
    with transaction.atomic():
        for follow_up in reminder.follow_ups:
            try:
                with transaction.atomic():
                    FollowUpReminder.objects.create(
                        follow_up=follow_up,
                        due_on=reminder.meeting_date,
                        sent_to=reminder.recipient,
                    )
            except IntegrityError:
                # Reminded already, through another recipient of this run.
                continue
        send_mail(subject, body, None, [reminder.recipient])


def send_follow_up_reminders(*, today=None, within_days=14):
    """Send every reminder due today; returns the reminders sent."""
    today = today or timezone.localdate()
    sent = []
    for network in NetworkPage.objects.select_related("locale").order_by("path"):
        for reminder in reminders_for(network, today, within_days):
            send(reminder)
            sent.append(reminder)
    return sent
