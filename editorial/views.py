from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.edit_translation import upload_pofile
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.access_policy import may_read_page_text, readable_translations
from editorial.translations import (
    can_submit_translation,
    start_translation,
    submit_translation_for_review,
)


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


class UpdateTranslationsWithoutBypass(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "publish immediately" needs "publish".

    wagtail-localize lets anyone who may submit translations publish every translation of
    a source from here, past the pages' review, and read a draft or private source into
    the translation editor. This can go once that view checks the publish permission of
    each target and the source page's permissions itself.
    """

    def get_object(self):
        """The source, if it is not a page whose text the user may not read."""
        source = super().get_object()
        page = source.get_source_instance()
        if isinstance(page, Page) and not may_read_page_text(self.request.user, page):
            raise PermissionDenied
        return source

    def form_valid(self, form):
        if form.cleaned_data["publish_translations"] and not self.user_may_publish_all():
            raise PermissionDenied
        return super().form_valid(form)

    def user_may_publish_all(self):
        user = self.request.user
        if user.is_superuser:
            return True
        for translation in self.object.translations.filter(enabled=True):
            target = translation.get_target_instance()
            if not isinstance(target, Page) or not target.permissions_for_user(user).can_publish():
                return False
        return True


class SubmitPageTranslationForReview(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", within what the user may read and as drafts.

    Translating a page copies all its text, so a draft or private page, and any such page
    of a subtree, is translated only by those who may work on it; and its translations
    go live only through review (``start_translation``). This can go once
    wagtail-localize asks the source page's permissions and translates into drafts.
    """

    def get_object(self):
        page = super().get_object()
        if not may_read_page_text(self.request.user, page):
            raise PermissionDenied
        return page

    @transaction.atomic
    def form_valid(self, form):
        locales = list(form.cleaned_data["locales"])
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            descendants = self.object.get_descendants().specific().order_by("path")
            pages += [page for page in descendants if may_read_page_text(self.request.user, page)]
        creator = TranslationCreator(self.request.user, locales)
        for page in pages:
            start_translation(creator, page)
        self.components.save(creator, sources_and_translations=creator.mappings)

        names = ", ".join(str(locale.get_display_name()) for locale in locales)
        messages.success(self.request, self.get_success_message(names))
        translated = self.object.get_translation(locales[0]) if len(locales) == 1 else None
        return redirect(self.get_success_url() or self.get_default_success_url(translated))


class ReadableTranslationsReport(TranslationsReportView):
    """wagtail-localize's report of translations, naming only pages the user may read."""

    def get_queryset(self):
        return readable_translations(self.request.user, super().get_queryset())


@require_POST
def upload_translation_file(request, translation_id):
    """wagtail-localize's upload of a PO file, answering a file it cannot read with a message.

    Its view checks who asks first, then reads the file and the header naming its
    translation; a request without a file, or a file without that header, would end in a
    server error.
    """
    try:
        return upload_pofile(request, translation_id)
    except KeyError:
        messages.error(request, _("Please upload a PO file downloaded from this translation."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
