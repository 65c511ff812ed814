from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from .translations import can_submit_translation, submit_translation_for_review


def submit_translation(request, page_id):
    """Confirm (GET), then submit (POST) a translation to the page's review."""
    page = get_object_or_404(Page, id=page_id).specific
    if not can_submit_translation(page, request.user):
        raise PermissionDenied

    if request.method == "POST":
        try:
            page = submit_translation_for_review(page, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation could not be saved: %(errors)s")
                % {"errors": "; ".join(error.messages)},
            )
        else:
            messages.success(
                request,
                _("The translation of '%(title)s' has been submitted for review.")
                % {"title": page.get_admin_display_title()},
            )
        return redirect("wagtailadmin_explore", page.get_parent().id)

    return TemplateResponse(request, "editorial/confirm_submit_translation.html", {"page": page})
