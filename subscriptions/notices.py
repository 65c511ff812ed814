"""What a message to a subscriber says of each page announced to them.

Each page is read again when the message is written: one unpublished or made private
since it was announced is left out, as it is of every public listing. A subscriber who
reads English is sent to the English translation where one is published.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.access_policy import may_be_announced
from minutes.models.follow_up import FollowUpState
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from subscriptions.models import Kind, Subscriber


@dataclass
class Notice:
    """One page of a message: its heading, date, address and what it says in brief."""

    kind: str
    network: str
    title: str
    date: object
    url: str
    summary: list = field(default_factory=list)
    follow_ups: list = field(default_factory=list)


def announced_kinds(page):
    """The kinds a page is announced as, or none if it is not announced at all."""
    if isinstance(page, MinutesPage):
        kinds = [Kind.MINUTES.value]
        if page.reported_follow_ups.filter(state=FollowUpState.REPORTED).exists():
            kinds.append(Kind.FOLLOW_UPS.value)
        return kinds
    if isinstance(page, ConferencePage):
        return [Kind.CONFERENCES.value]
    return []


def matching_subscriptions_q(announcement, prefix=""):
    """The confirmed subscriptions that follow ``announcement``: its network's or every one,
    for one of its kinds."""
    kinds = Q()
    for kind in announcement.kinds:
        kinds |= Q(**{f"{prefix}{kind}": True})
    network = Q(**{f"{prefix}network__isnull": True}) | Q(
        **{f"{prefix}network__translation_key": announcement.network.translation_key}
    )
    return network & kinds if announcement.kinds else Q(pk__in=[])


def subscribers_of(announcement):
    """The confirmed subscribers following ``announcement``, each once."""
    condition = matching_subscriptions_q(announcement, prefix="subscriptions__")
    return Subscriber.objects.filter(confirmed_at__isnull=False).filter(condition).distinct()


def followed_kinds(subscriber, announcement):
    """Of ``announcement``'s kinds, those ``subscriber`` follows in its network."""
    subscriptions = subscriber.subscriptions.filter(matching_subscriptions_q(announcement))
    followed = {kind for subscription in subscriptions for kind in subscription.kinds}
    return [kind for kind in announcement.kinds if kind in followed]


def in_language(page, language):
    """``page``'s published translation in ``language``, or ``page`` itself."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == page.locale_id:
        return page
    translation = page.get_translation_or_none(locale)
    if translation is not None and may_be_announced(translation):
        return translation.specific
    return page


def minutes_summary(page):
    return [
        f"{item.get('number') or ''} {item['heading']}: {clause}".strip()
        for item, clause in page.decisions()
    ]


def reported_follow_ups(page):
    reported = page.reported_follow_ups.filter(state=FollowUpState.REPORTED)
    return [f"{follow_up.heading}: {follow_up.clause}".strip(": ") for follow_up in reported]


def notice_for(subscriber, announcement, written=None):
    """The notice of ``announcement`` for ``subscriber``; None if it is not for them now.

    ``written`` keeps the notices written so far for subscribers of the same kinds and
    language, which read the same: a batch of messages reads each page once.
    """
    kinds = followed_kinds(subscriber, announcement)
    written = {} if written is None else written
    key = (announcement.pk, tuple(kinds), subscriber.language)
    if key not in written:
        written[key] = notice_of(announcement, kinds, subscriber.language)
    return written[key]


def notice_of(announcement, kinds, language):
    """The notice of ``announcement`` for those who follow ``kinds`` and read ``language``."""
    page = announcement.page.specific
    if not kinds or not may_be_announced(page):
        return None
    shown = in_language(page, language)
    network = shown.get_parent().title
    if isinstance(page, ConferencePage):
        return Notice(
            Kind.CONFERENCES.label,
            network,
            shown.title,
            shown.start,
            shown.get_full_url(),
            summary=[shown.intro] if shown.intro else [],
        )
    notice = Notice(
        Kind.MINUTES.label if Kind.MINUTES in kinds else Kind.FOLLOW_UPS.label,
        network,
        shown.title,
        shown.meeting_date,
        shown.get_full_url(),
    )
    if Kind.MINUTES in kinds:
        notice.summary = minutes_summary(shown) or [_("No decisions were recorded.")]
    if Kind.FOLLOW_UPS in kinds:
        notice.follow_ups = reported_follow_ups(page)
    return notice
