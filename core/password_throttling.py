"""Throttling of the password forms of private pages and document collections.

Wagtail's forms take any number of guesses. Here the wrong passwords are counted per
address and restriction, so that one visitor guessing locks only themselves out of that
page, not a school sharing their address out of the whole site. Once
PAGE_PASSWORD_FAILURE_LIMIT is reached the form refuses every password, the right one
too, until PAGE_PASSWORD_COOLOFF_TIME has passed since the last attempt.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from core.attempt_counts import attempt_key, attempts, count_attempt, forget_attempts
from core.login_throttling import client_ip

LOCKED_MESSAGE = _("Too many wrong passwords. Please try again later.")


class LockedPasswordForm(PasswordViewRestrictionForm):
    """The password form while its address is locked out: no password is accepted."""

    def clean_password(self):
        raise ValidationError(LOCKED_MESSAGE, code="locked")


def page_password_form(request, form, page_view_restriction_id, page_id):
    """A page's password form, as Wagtail's view shows it."""
    page = get_object_or_404(Page, id=page_id).specific
    action_url = reverse(
        "wagtailcore_authenticate_with_password", args=[page_view_restriction_id, page_id]
    )
    return page.serve_password_required_response(request, form, action_url)


def document_password_form(request, form, restriction_id):
    """A document collection's password form, as Wagtail's view shows it."""
    template = getattr(
        settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
    )
    action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction_id])
    return TemplateResponse(request, template, {"form": form, "action_url": action_url})


@dataclass(frozen=True)
class PasswordDoor:
    """One of Wagtail's password views: its restriction, and how it shows its form."""

    restriction_model: type
    restriction_argument: str
    password_form: Callable


DOORS = {
    "wagtailcore_authenticate_with_password": PasswordDoor(
        PageViewRestriction, "page_view_restriction_id", page_password_form
    ),
    "wagtaildocs_authenticate_with_password": PasswordDoor(
        CollectionViewRestriction, "restriction_id", document_password_form
    ),
}


def door_and_key(request):
    """The password door a request posts to, and the key its address's attempts count under."""
    match = getattr(request, "resolver_match", None)
    door = DOORS.get(match.url_name) if match else None
    if request.method != "POST" or door is None:
        return None, None
    restriction_id = str(match.kwargs[door.restriction_argument])
    return door, attempt_key(f"password-form:{match.url_name}", restriction_id, client_ip(request))


class PasswordFormThrottleMiddleware:
    """Count the wrong passwords posted to Wagtail's forms; after too many, refuse them all."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        _door, key = door_and_key(request)
        if key is None:
            return response
        if response.status_code in (200, 429):  # the form again: a password was refused
            cool_off = int(settings.PAGE_PASSWORD_COOLOFF_TIME.total_seconds())
            count_attempt(key, cool_off, restart=True)
        elif response.status_code == 302:  # the password was right
            forget_attempts(key)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        door, key = door_and_key(request)
        if key is None or attempts(key) < settings.PAGE_PASSWORD_FAILURE_LIMIT:
            return None
        restriction = door.restriction_model.objects.filter(
            pk=view_kwargs[door.restriction_argument]
        ).first()
        if restriction is None:
            return None  # Wagtail's view answers that it is not found
        form = LockedPasswordForm(request.POST, instance=restriction)
        response = door.password_form(request, form, **view_kwargs)
        response.status_code = 429
        return response
