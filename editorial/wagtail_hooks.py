from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from core.access_policy import ORGANISATION_KEYS_HOOK, choosable_documents, choosable_pages
from editorial import views
from editorial.roles import minutes_workflow_for, organisation_keys_of
from editorial.translations import can_submit_translation
from minutes.models.minutes_page import MinutesPage


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "translations/<int:page_id>/submit-for-review/",
            views.submit_translation,
            name="editorial_submit_translation",
        ),
        # Takes the place of wagtail-localize's view at the same address: this app's hooks
        # run first, as it comes before wagtail_localize in INSTALLED_APPS.
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsWithoutBypass.as_view(),
        ),
        path("localize/submit/page/<int:page_id>/", views.SubmitPageTranslationForReview.as_view()),
    ]


def submit_translation_button(page, user, view_name=None, next_url=None):
    if can_submit_translation(page, user):
        yield ListingButton(
            _("Submit translation for review"),
            reverse("editorial_submit_translation", args=[page.id]),
            priority=65,
            icon_name="resubmit",
        )


hooks.register("register_page_header_buttons", submit_translation_button)
hooks.register("register_page_listing_more_buttons", submit_translation_button)


@hooks.register("samverkan_choose_page_workflow")
def minutes_take_their_organisations_workflow(page):
    """Minutes take their organisation's two-step workflow: adjustment, then publication."""
    if isinstance(page, MinutesPage):
        return minutes_workflow_for(page)
    return None


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_the_editor_may_see(pages, request):
    """No editor is shown another organisation's drafts or private pages, even by title."""
    return choosable_pages(request.user, pages)


@hooks.register("construct_document_chooser_queryset")
def choose_only_documents_the_editor_may_attach(documents, request):
    """Another organisation's private documents are not offered for a public page."""
    return choosable_documents(request.user, documents)


@hooks.register(ORGANISATION_KEYS_HOOK)
def organisations_the_user_acts_for(user, role):
    """The register's access policy learns here whose editor or approver a user is."""
    return organisation_keys_of(user, role)
