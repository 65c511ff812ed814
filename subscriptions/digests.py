"""The daily digest: each subscriber who chose it gets one message of the day's pages."""

from django.utils import timezone

from subscriptions.models import Announcement, Frequency, Subscriber
from subscriptions.notices import followed_kinds
from subscriptions.tasks import send_notices


def digest_announcements(subscriber, announcements):
    """Of ``announcements``, those made since ``subscriber``'s last digest that they follow."""
    since = subscriber.digest_sent_at or subscriber.confirmed_at
    return [
        announcement.pk
        for announcement in announcements
        if announcement.created_at > since and followed_kinds(subscriber, announcement)
    ]


def queue_digests(now=None):
    """Queue a digest for every confirmed digest subscriber with news; return how many."""
    now = now or timezone.now()
    subscribers = Subscriber.objects.filter(
        confirmed_at__isnull=False, frequency=Frequency.DIGEST
    ).prefetch_related("subscriptions")
    oldest = min(
        (subscriber.digest_sent_at or subscriber.confirmed_at for subscriber in subscribers),
        default=now,
    )
    announcements = list(
        Announcement.objects.filter(created_at__gt=oldest, created_at__lte=now).select_related(
            "network"
        )
    )
    queued = 0
    for subscriber in subscribers:
        ids = digest_announcements(subscriber, announcements)
        if ids:
            send_notices.enqueue([subscriber.pk], ids, True)
            queued += 1
        subscriber.digest_sent_at = now
        subscriber.save(update_fields=["digest_sent_at"])
    return queued
