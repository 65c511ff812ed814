"""The public doors of subscriptions: subscribe, confirm, manage, unsubscribe.

No answer tells whether an address subscribes: asking to subscribe gets the same answer
for every address, and the other doors open only from the signed links sent to it.

The subscription form stands on cached public pages, which cannot carry a visitor's CSRF
token, so the subscribe door checks instead that the request comes from the site's own
pages (its Origin, or its Referer), as Django's CSRF check does for HTTPS requests.
The one-click unsubscribe is POSTed by mail clients, with no token or origin (RFC 8058):
its signed link is its authority.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.attempt_counts import attempt_key, count_attempt
from core.login_throttling import client_ip
from networks.models.network_page import NetworkPage
from subscriptions.forms import ManageForm, SubscribeForm
from subscriptions.links import (
    MANAGE_SALT,
    UNSUBSCRIBE_SALT,
    ExpiredLink,
    ForgedLink,
    read_confirmation,
    read_token,
)
from subscriptions.models import Subscriber, Subscription
from subscriptions.tasks import send_confirmation

SUBSCRIBE_WINDOW = 60 * 60


def refused(request, status, message):
    return render(request, "subscriptions/link_refused.html", {"message": message}, status=status)


def forged(request):
    return refused(request, 400, _("This link is not valid. Please use the link as it was sent."))


def expired(request):
    return refused(request, 410, _("This link has expired, or the subscription has already ended."))


def from_own_site(request):
    """Whether the request was sent by a page of this site."""
    source = request.META.get("HTTP_ORIGIN") or request.META.get("HTTP_REFERER", "")
    parts = urlsplit(source)
    origin = f"{parts.scheme}://{parts.netloc}"
    own = f"{request.scheme}://{request.get_host()}"
    return origin == own or origin in settings.CSRF_TRUSTED_ORIGINS


def throttled(request, email):
    """Counted per address asked for and per client; too many of either is refused."""
    per_email = count_attempt(attempt_key("subscribe", email), SUBSCRIBE_WINDOW)
    per_client = count_attempt(
        attempt_key("subscribe-client", client_ip(request)), SUBSCRIBE_WINDOW
    )
    return per_email > settings.SUBSCRIBE_LIMIT or per_client > settings.SUBSCRIBE_ADDRESS_LIMIT


def subscribe_page(request, form, status=200):
    return render(request, "subscriptions/subscribe.html", {"form": form}, status=status)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        asked = request.GET.get("network", "")
        pk = int(asked) if asked.isdigit() and len(asked) < 12 else None
        form = SubscribeForm(initial={**SubscribeForm().initial, "network": pk})
        return subscribe_page(request, form)
    if not from_own_site(request):
        return refused(request, 403, _("Please subscribe from the form on this site."))
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return subscribe_page(request, form, status=400)
    if throttled(request, form.cleaned_data["email"]):
        return refused(request, 429, _("Too many requests. Please try again later."))
    subscriber, _created = Subscriber.objects.get_or_create(
        email=form.cleaned_data["email"],
        defaults={
            "language": form.cleaned_data["language"],
            "frequency": form.cleaned_data["frequency"],
        },
    )
    send_confirmation.enqueue(subscriber.pk, form.request())
    return render(
        request,
        "subscriptions/subscribe_done.html",
        {"days": settings.SUBSCRIPTION_CONFIRMATION_DAYS},
    )


@require_http_methods(["GET", "POST"])
def confirm(request, value):
    try:
        asked = read_confirmation(value)
    except ForgedLink:
        return forged(request)
    except ExpiredLink:
        return expired(request)
    subscriber = Subscriber.objects.filter(token=asked.get("token")).first()
    network = NetworkPage.objects.filter(pk=asked.get("network")).first()
    if subscriber is None or (asked.get("network") and network is None):
        return expired(request)
    context = {"network": network, "asked": asked, "subscriber": subscriber}
    if request.method == "POST":
        confirm_subscription(subscriber, network, asked)
        return render(request, "subscriptions/confirmed.html", context)
    return render(request, "subscriptions/confirm.html", context)


@transaction.atomic
def confirm_subscription(subscriber, network, asked):
    subscriber.confirmed_at = subscriber.confirmed_at or timezone.now()
    subscriber.language = asked["language"]
    subscriber.frequency = asked["frequency"]
    subscriber.save()
    subscription, _created = Subscription.objects.get_or_create(
        subscriber=subscriber, network=network
    )
    subscription.set_kinds(asked["kinds"])
    subscription.save()


def subscriber_of_link(value, salt):
    """The subscriber a manage or unsubscribe link is for; raises if forged or ended."""
    token = read_token(value, salt)
    subscriber = Subscriber.objects.filter(token=token, confirmed_at__isnull=False).first()
    if subscriber is None:
        raise ExpiredLink
    return subscriber


def end(request, subscriber):
    """Delete the address with all its subscriptions: nothing of it is kept."""
    subscriber.delete()
    return render(request, "subscriptions/unsubscribed.html")


@require_http_methods(["GET", "POST"])
def manage(request, value):
    try:
        subscriber = subscriber_of_link(value, MANAGE_SALT)
    except ForgedLink:
        return forged(request)
    except ExpiredLink:
        return expired(request)
    if request.method == "POST" and "end" in request.POST:
        return end(request, subscriber)
    form = ManageForm(subscriber, request.POST if request.method == "POST" else None)
    saved = False
    if form.is_bound and form.is_valid():
        form.save()
        if not subscriber.subscriptions.exists():
            return end(request, subscriber)
        form, saved = ManageForm(subscriber), True
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request, "subscriptions/manage.html", {"form": form, "saved": saved}, status=status
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, value):
    try:
        subscriber = subscriber_of_link(value, UNSUBSCRIBE_SALT)
    except ForgedLink:
        return forged(request)
    except ExpiredLink:
        if request.method == "POST":
            # A mail client may POST twice; the address is already gone.
            return render(request, "subscriptions/unsubscribed.html")
        return expired(request)
    if request.method == "POST":
        return end(request, subscriber)
    return render(request, "subscriptions/unsubscribe.html")
