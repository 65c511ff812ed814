"""The admin views Wagtail leaves unguarded ask the access policy before they run.

Wagtail checks permissions in most of its admin views, but a few show a page or a file
to anyone signed in to the admin: the move confirmation names the page and its draft
title before checking anything, the workflow-cancellation dialog names any page's
workflow and step, a chooser's "chosen" view returns any document or image by its id,
the page chooser and the explorer open at any parent page, naming it, and the admin API
describes any document or image. Each of those URLs is named here with the
question the policy answers for it; the access test of every door keeps this list whole.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from core.access_policy import choosable_media, choosable_pages, may_work_on_page


def page_question(action):
    def allowed(user, page_id):
        page = Page.objects.filter(pk=page_id).first()
        return page is None or may_work_on_page(user, page.specific_deferred, action)

    return allowed


def choosable_page(user, page_id):
    if not str(page_id).isdigit():
        return True  # Wagtail answers 404 itself.
    return choosable_pages(user, Page.objects.filter(pk=page_id)).exists()


def choosable(model_getter):
    def allowed(user, pk):
        if not str(pk).isdigit():
            return True  # Wagtail answers 404 itself.
        return choosable_media(user, model_getter().objects.filter(pk=pk)).exists()

    return allowed


# URL name: (the keyword argument naming the object, the policy's question); "?id" names
# the ids of the query string, each of which must pass.
GUARDED_VIEWS = {
    "wagtailadmin_explore": ("parent_page_id", choosable_page),
    "wagtailadmin_explore_results": ("parent_page_id", choosable_page),
    "wagtailadmin_choose_page_chosen_multiple": ("?id", choosable_page),
    "wagtaildocs_chooser:chosen_multiple": ("?id", choosable(get_document_model)),
    "wagtailimages_chooser:chosen_multiple": ("?id", choosable(get_image_model)),
    "wagtailadmin_api:documents:detail": ("pk", choosable(get_document_model)),
    "wagtailadmin_api:images:detail": ("pk", choosable(get_image_model)),
    "wagtailadmin_pages:move_confirm": ("page_to_move_id", page_question("move")),
    "wagtailadmin_pages:confirm_workflow_cancellation": ("page_id", page_question("edit")),
    "wagtailadmin_choose_page_child": ("parent_page_id", choosable_page),
    "wagtaildocs_chooser:chosen": ("pk", choosable(get_document_model)),
    "wagtailimages_chooser:chosen": ("pk", choosable(get_image_model)),
    "wagtailimages_chooser:select_format": ("image_id", choosable(get_image_model)),
}


class AdminDoorGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        guard = GUARDED_VIEWS.get(match.view_name) if match else None
        if guard is None or not request.user.is_authenticated:
            return None
        argument, allowed = guard
        values = request.GET.getlist("id") if argument == "?id" else [view_kwargs[argument]]
        if all(allowed(request.user, value) for value in values):
            return None
        if argument in ("pk", "image_id", "?id"):
            raise Http404
        raise PermissionDenied
