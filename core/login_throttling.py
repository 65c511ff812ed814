"""Throttling of the admin's sign-in and password reset.

Sign-in attempts are counted by django-axes (settings: ``AXES_*``), per user name and
address, so that one person guessing at one account does not lock out a school that shares
its address. Password reset requests are counted here in the same way, in the default
cache, to stop the form being used to flood someone's mailbox.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _

PASSWORD_RESET_VIEW = "wagtailadmin_password_reset"  # noqa: S105 - a URL name
PASSWORD_RESET_WINDOW = 60 * 60


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or X-Forwarded-For as set by trusted proxies.

    Each of the TRUSTED_PROXY_COUNT proxies appends the address it received the request
    from, so the visitor's is that many entries from the end; anything before it may be
    forged by the client.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class PasswordResetThrottleMiddleware:
    """Refuse more than PASSWORD_RESET_LIMIT reset requests an hour per address and e-mail."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.url_name != PASSWORD_RESET_VIEW:
            return None
        email = request.POST.get("email", "").strip().lower()
        digest = hashlib.sha256(f"{client_ip(request)}\n{email}".encode()).hexdigest()
        key = f"password-reset:{digest}"
        cache.add(key, 0, PASSWORD_RESET_WINDOW)
        try:
            count = cache.incr(key)
        except ValueError:  # the count expired between the two calls
            count = 1
            cache.set(key, count, PASSWORD_RESET_WINDOW)
        if count > settings.PASSWORD_RESET_LIMIT:
            return HttpResponse(
                _("Too many password reset requests. Please try again later."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        return None
