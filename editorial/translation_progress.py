"""How far a translation in review has come, shown to those who review it.

Untranslated segments keep the source's text, and approving publishes the page as it is,
so the approver is told before approving how much of it is still in the source language.
The count is wagtail-localize's, of the translation memory now.
"""

from dataclasses import dataclass

from django.utils.translation import get_language_info
from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState

from editorial.translations import translation_for


@dataclass(frozen=True)
class TranslationProgress:
    page: Page
    task_state: TaskState
    source_language: str
    total: int
    translated: int

    @property
    def complete(self):
        return self.translated >= self.total


def translations_to_review(user):
    """The translations in a workflow task ``user`` may approve, with their progress."""
    states = (
        TaskState.objects.reviewable_by(user)
        .select_related("revision", "task")
        .prefetch_related("revision__content_object")
        .order_by("-started_at")
    )
    found = []
    for state in states:
        page = state.revision.content_object
        if not isinstance(page, Page):
            continue
        translation = translation_for(page)
        if translation is None:
            continue
        total, translated = translation.get_progress()
        language = get_language_info(translation.source.locale.language_code)["name_translated"]
        found.append(TranslationProgress(page, state, language, total, translated))
    return found


class TranslationsToReviewPanel(Component):
    """A dashboard panel just above Wagtail's "Awaiting your review", where Approve is."""

    name = "translations_to_review"
    template_name = "editorial/translations_to_review.html"
    order = 210  # Wagtail's "Awaiting your review" is 220

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        return {"translations": translations_to_review(self.user)}
