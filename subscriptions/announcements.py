"""A page going live is announced to its network's subscribers, once, in the background.

Only minutes and conferences, in the site's default language (their translations are
linked from the same message), and only what an anonymous reader may open: never a
draft (no ``page_published``), a private page or an alias (``may_be_announced``). The
announcement is queued when the publication commits, after every other receiver of
``page_published`` (the minutes' follow-ups are closed by one) has run.
"""

from django.db import transaction
from django.dispatch import receiver
from wagtail.models import Locale
from wagtail.signals import page_published

from core.access_policy import may_be_announced
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from networks.models.network_page import NetworkPage
from subscriptions.models import Announcement
from subscriptions.tasks import announce

ANNOUNCED_TYPES = (MinutesPage, ConferencePage)


def record_announcement(page):
    """The announcement of ``page``'s first publication; None if it is not to be announced."""
    if not isinstance(page, ANNOUNCED_TYPES) or page.locale_id != Locale.get_default().pk:
        return None
    network = NetworkPage.objects.filter(pk=page.get_parent().pk).first()
    if network is None or not may_be_announced(page):
        return None
    announcement, created = Announcement.objects.get_or_create(
        page=page, defaults={"network": network}
    )
    return announcement if created else None


@receiver(page_published, dispatch_uid="subscriptions_announce")
def announce_on_publication(sender, instance, **kwargs):
    announcement = record_announcement(instance)
    if announcement is not None:
        transaction.on_commit(lambda: announce.enqueue(announcement.pk))
