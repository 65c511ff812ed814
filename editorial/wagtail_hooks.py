from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from core.access_policy import ORGANISATION_KEYS_HOOK, choosable_media, choosable_pages
from editorial import menu_labels, restriction_log, views
from editorial.roles import minutes_workflow_for, organisation_keys_of
from editorial.translation_progress import TranslationsToReviewPanel
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
        path("localize/reports/translations/", views.ReadableTranslationsReport.as_view()),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            views.upload_translation_file,
        ),
        path(
            "localize/reports/translations/results/",
            views.ReadableTranslationsReport.as_view(results_only=True),
        ),
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


@hooks.register("construct_homepage_panels")
def show_reviewers_translation_progress(request, panels):
    """Beside "Awaiting your review", where the approver approves, how far each translation is.

    wagtail-localize's translation editor takes the place of the page's edit view and offers
    no workflow actions, so the dashboard is where a translation is approved.
    """
    panels.append(TranslationsToReviewPanel(request.user))


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
    return choosable_media(request.user, documents)


@hooks.register("construct_image_chooser_queryset")
def choose_only_images_the_editor_may_use(images, request):
    """Another organisation's private images are not offered for a public page."""
    return choosable_media(request.user, images)


@hooks.register(ORGANISATION_KEYS_HOOK)
def organisations_the_user_acts_for(user, role):
    """The register's access policy learns here whose editor or approver a user is."""
    return organisation_keys_of(user, role)


# Labels in the language of each request, not of the process's first: see menu_labels.
hooks.register("construct_reports_menu", menu_labels.label_reports_menu)
hooks.register("construct_help_menu", menu_labels.label_help_menu)
# Restrictions named in the reader's language, after Wagtail names them: see restriction_log.
hooks.register("register_log_actions", restriction_log.replace_restriction_formatters, order=100)
