"""The background work of subscriptions, run by the task worker (``manage.py db_worker``).

A publication is announced in one task, which queues one message per subscriber: a
request that publishes waits for neither, however many subscribe. A message that cannot be
sent (the mail server down or refusing) is tried again SUBSCRIPTION_MAIL_RETRIES times,
SUBSCRIPTION_MAIL_RETRY_SECONDS apart; then the failure is logged and the task recorded
as failed, to be seen in the admin's task results.
"""

import logging

from django.conf import settings
from django.utils import translation
from django_tasks import task

from core import mail_retry
from subscriptions.mail import confirmation_message, notice_message
from subscriptions.models import Announcement, Frequency, Subscriber
from subscriptions.notices import announced_kinds, notice_for, subscribers_of

logger = logging.getLogger(__name__)


def send_or_retry(email, retry, attempt):
    """Send ``email``; on failure, queue ``retry`` (a task's ``enqueue``) or give up."""
    mail_retry.send_or_retry(
        email.send,
        retry,
        attempt,
        retries=settings.SUBSCRIPTION_MAIL_RETRIES,
        log=logger,
        what="Subscription e-mail",
    )


def later(task_function):
    """``task_function``, to run after the retry delay where the backend can wait."""
    return mail_retry.later(task_function, settings.SUBSCRIPTION_MAIL_RETRY_SECONDS)


@task()
def send_confirmation(subscriber_id, request, attempt=1):
    """Ask the owner of an address to confirm what was asked in its name."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return
    send_or_retry(
        confirmation_message(subscriber, request),
        lambda n: later(send_confirmation).enqueue(subscriber_id, request, n),
        attempt,
    )


@task()
def announce(announcement_id):
    """Queue the message of a published page to each subscriber who wants it at once."""
    announcement = Announcement.objects.select_related("network").get(pk=announcement_id)
    announcement.kinds = announced_kinds(announcement.page.specific)
    announcement.save(update_fields=["kinds"])
    subscribers = subscribers_of(announcement).filter(frequency=Frequency.IMMEDIATE)
    for subscriber_id in subscribers.values_list("pk", flat=True).iterator():
        send_notices.enqueue(subscriber_id, [announcement_id])


@task()
def send_notices(subscriber_id, announcement_ids, digest=False, attempt=1):
    """Send ``subscriber_id`` one message of the announcements they follow, if any still."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, confirmed_at__isnull=False).first()
    if subscriber is None:
        return
    announcements = Announcement.objects.filter(pk__in=announcement_ids).select_related(
        "network", "page"
    )
    with translation.override(subscriber.language):
        notices = [notice_for(subscriber, announcement) for announcement in announcements]
    notices = [notice for notice in notices if notice is not None]
    if not notices:
        return
    send_or_retry(
        notice_message(subscriber, notices, digest=digest),
        lambda n: later(send_notices).enqueue(subscriber_id, announcement_ids, digest, n),
        attempt,
    )
