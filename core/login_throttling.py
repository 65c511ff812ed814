"""Throttling of the admin's sign-in and password reset.

Sign-in attempts are counted by django-axes (settings: ``AXES_*``), per user name and
address, so that one person guessing at one account does not lock out a school that shares
its address. Password reset requests are counted here in the same way, in the default
cache, to stop the form being used to flood someone's mailbox; and per address alone, with
a higher limit, to stop one address sending resets to a whole list of e-mail addresses.
"""

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _

from core.attempt_counts import attempt_key, count_attempt

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
    """Refuse a flood of password reset requests for a while.

    An address may ask PASSWORD_RESET_LIMIT times an hour for one e-mail address, and
    PASSWORD_RESET_ADDRESS_LIMIT times in all, so that a school's editors can each ask.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.url_name != PASSWORD_RESET_VIEW:
            return None
        address = client_ip(request)
        email = request.POST.get("email", "").strip().lower()
        per_account = count_attempt(
            attempt_key("password-reset", address, email), PASSWORD_RESET_WINDOW
        )
        per_address = count_attempt(
            attempt_key("password-reset-address", address), PASSWORD_RESET_WINDOW
        )
        if (
            per_account > settings.PASSWORD_RESET_LIMIT
            or per_address > settings.PASSWORD_RESET_ADDRESS_LIMIT
        ):
            return HttpResponse(
                _("Too many password reset requests. Please try again later."),
                status=429,
                content_type="text/plain; charset=utf-8",
            )
        return None
