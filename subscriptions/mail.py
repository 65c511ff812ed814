"""The e-mail messages of subscriptions, in plain text and HTML, in the reader's language.

Every message about a subscription carries a one-click unsubscribe (RFC 8058): the
``List-Unsubscribe`` address, to which a mail client POSTs ``List-Unsubscribe=One-Click``.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from networks.models.network_page import NetworkPage
from subscriptions.links import confirm_url, manage_url, unsubscribe_url
from subscriptions.models import Kind


def message(subject, template, context, to, headers=None):
    text = render_to_string(f"subscriptions/email/{template}.txt", context)
    html = render_to_string(f"subscriptions/email/{template}.html", context)
    email = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers or {}
    )
    email.attach_alternative(html, "text/html")
    return email


def unsubscribe_headers(url):
    return {"List-Unsubscribe": f"<{url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def confirmation_message(subscriber, request):
    """The message asking ``subscriber`` to confirm ``request`` (network, kinds, language)."""
    with translation.override(request["language"]):
        network = NetworkPage.objects.filter(pk=request.get("network")).first()
        context = {
            "network": network.title if network else _("every network"),
            "kinds": [Kind(kind).label for kind in request["kinds"]],
            "confirm_url": confirm_url(subscriber, request),
            "days": settings.SUBSCRIPTION_CONFIRMATION_DAYS,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = _("Confirm your subscription to %(site)s") % {"site": context["site_name"]}
        return message(subject, "confirmation", context, subscriber.email)


def notice_message(subscriber, notices, *, digest=False):
    """The message of ``notices`` (``subscriptions.notices.Notice``) to ``subscriber``."""
    with translation.override(subscriber.language):
        unsubscribe = unsubscribe_url(subscriber)
        context = {
            "notices": notices,
            "digest": digest,
            "manage_url": manage_url(subscriber),
            "unsubscribe_url": unsubscribe,
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        if digest:
            subject = _("%(site)s: news of %(date)s") % {
                "site": settings.WAGTAIL_SITE_NAME,
                "date": date_format(timezone.localdate(), "j F Y"),
            }
        else:
            subject = f"{notices[0].network}: {notices[0].title}"
        return message(
            subject, "notice", context, subscriber.email, unsubscribe_headers(unsubscribe)
        )
