"""The signed links of subscription e-mail: confirm, manage, unsubscribe.

Each carries the subscriber's random token, signed with the site's secret and a salt of
its own, so that a link of one kind cannot be used as another. A confirmation link also
carries what was asked for, since nothing is followed before it is confirmed, and holds
for SUBSCRIPTION_CONFIRMATION_DAYS. The manage and unsubscribe links hold as long as the
subscription: deleting the subscriber voids them.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"
UNSUBSCRIBE_SALT = "subscriptions.unsubscribe"


class ForgedLink(Exception):
    """The link was not signed by this site, or has been altered."""


class ExpiredLink(Exception):
    """The link was signed by this site, but too long ago."""


def absolute(path):
    """``path`` on the site's public address (WAGTAILADMIN_BASE_URL)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def confirmation_value(subscriber, request):
    """What a confirmation link says: whose it is and what they asked to follow."""
    return {"token": subscriber.token, **request}


def sign_confirmation(subscriber, request):
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    return signer.sign_object(confirmation_value(subscriber, request), compress=True)


def read_confirmation(value):
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    max_age = datetime.timedelta(days=settings.SUBSCRIPTION_CONFIRMATION_DAYS)
    try:
        return signer.unsign_object(value, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except (signing.BadSignature, ValueError) as error:
        raise ForgedLink from error


def sign_token(subscriber, salt):
    return signing.Signer(salt=salt).sign(subscriber.token)


def read_token(value, salt):
    try:
        return signing.Signer(salt=salt).unsign(value)
    except signing.BadSignature as error:
        raise ForgedLink from error


def link(view_name, value, language):
    """The absolute address of ``view_name`` for ``value``, in ``language``'s URLs."""
    with translation.override(language):
        return absolute(reverse(view_name, args=[value]))


def confirm_url(subscriber, request):
    return link(
        "subscriptions_confirm", sign_confirmation(subscriber, request), request["language"]
    )


def manage_url(subscriber):
    return link("subscriptions_manage", sign_token(subscriber, MANAGE_SALT), subscriber.language)


def unsubscribe_url(subscriber):
    value = sign_token(subscriber, UNSUBSCRIBE_SALT)
    return link("subscriptions_unsubscribe", value, subscriber.language)
