"""The background work of subscriptions, run by the task worker (``manage.py db_worker``).

A publication is announced in one task, which queues the messages to its subscribers in
tasks of MESSAGES_PER_TASK, one message per subscriber: a request that publishes waits for
none of them, however many subscribe. A message that cannot be sent (the mail server down
or refusing) is tried again SUBSCRIPTION_MAIL_RETRIES times, SUBSCRIPTION_MAIL_RETRY_SECONDS
apart; then the failure is logged and the task recorded
as failed, to be seen in the admin's task results.
"""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.utils import translation
from django_tasks import task

from core import mail_retry
from subscriptions.mail import confirmation_message, notice_message
from subscriptions.models import Announcement, Frequency, Subscriber
from subscriptions.notices import announced_kinds, notice_for, subscribers_of

logger = logging.getLogger(__name__)

# Messages sent by one task over one connection to the mail server: a worker spends less
# on claiming tasks and greeting the server, and each page is read once for them all.
MESSAGES_PER_TASK = 50


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
    """Queue the messages of a published page to those who want them at once, in batches."""
    announcement = Announcement.objects.select_related("network").get(pk=announcement_id)
    announcement.kinds = announced_kinds(announcement.page.specific)
    announcement.save(update_fields=["kinds"])
    subscribers = subscribers_of(announcement).filter(frequency=Frequency.IMMEDIATE)
    batch = []
    for subscriber_id in subscribers.order_by("pk").values_list("pk", flat=True).iterator():
        batch.append(subscriber_id)
        if len(batch) == MESSAGES_PER_TASK:
            send_notices.enqueue(batch, [announcement_id])
            batch = []
    if batch:
        send_notices.enqueue(batch, [announcement_id])


@task()
def send_notices(subscriber_ids, announcement_ids, digest=False, attempt=1):
    """Send each of ``subscriber_ids`` one message of the announcements they still follow.

    The messages go over one connection to the mail server. Those it refuses are tried
    again together in one task; the others are not sent twice.
    """
    if isinstance(subscriber_ids, int):  # a task queued before messages went in batches
        subscriber_ids = [subscriber_ids]
    emails = notice_messages(subscriber_ids, announcement_ids, digest)
    refused, error = send_over_one_connection(emails)
    if refused:
        mail_retry.retry_or_give_up(
            error,
            lambda n: later(send_notices).enqueue(refused, announcement_ids, digest, n),
            attempt,
            retries=settings.SUBSCRIPTION_MAIL_RETRIES,
            log=logger,
            what="Subscription e-mail",
        )


def notice_messages(subscriber_ids, announcement_ids, digest):
    """``{subscriber id: message}`` for those of ``subscriber_ids`` with something to read."""
    subscribers = Subscriber.objects.filter(pk__in=subscriber_ids, confirmed_at__isnull=False)
    announcements = list(
        Announcement.objects.filter(pk__in=announcement_ids).select_related("network", "page")
    )
    written = {}
    emails = {}
    for subscriber in subscribers.order_by("pk"):
        with translation.override(subscriber.language):
            notices = [notice_for(subscriber, each, written) for each in announcements]
        notices = [notice for notice in notices if notice is not None]
        if notices:
            emails[subscriber.pk] = notice_message(subscriber, notices, digest=digest)
    return emails


def send_over_one_connection(emails):
    """Send ``{key: message}``; return the keys of those not sent and the last error."""
    if not emails:
        return [], None
    connection = get_connection()
    try:
        connection.open()
    except OSError as error:  # the mail server is down: none is sent
        return list(emails), error
    refused, error = [], None
    try:
        for key, email in emails.items():
            email.connection = connection
            try:
                email.send()
            except OSError as refusal:
                refused.append(key)
                error = refusal
    finally:
        connection.close()
    return refused, error
