"""Translations go live through the page's review, like any other change.

wagtail-localize's translation editor can only publish, which needs the "publish"
permission that nobody but administrators holds here; and its draft save
(``Translation.save_target(publish=False)``) writes the translated fields into the page's
row, which for a live page, or for the alias it converts, is the live content. So the
translated page is built in memory the way ``save_target`` builds it and saved only as a
revision, which is then submitted to the page's workflow; approval publishes it. This can
go once wagtail-localize submits translations to workflows itself.
"""

import contextlib

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments.ingest import ingest_segments

from core.text_language import mark_untranslated
from core.wagtail_internals.localize_segments import segments_for_translation


def translation_for(page):
    """The enabled wagtail-localize translation whose target is ``page``, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(page, user):
    lock = page.get_lock()
    return (
        not (lock and lock.for_user(user))
        and not page.workflow_in_progress
        and page.permissions_for_user(user).can_edit()
        and page.get_workflow() is not None
        and translation_for(page) is not None
    )


def save_translation_as_revision(page, user):
    """A new revision of ``page`` holding its translated text; its live content is untouched."""
    source = translation_for(page).source
    original = source.as_instance()
    draft = Page.objects.get(pk=page.pk).specific
    copy_synchronised_fields(original, draft)
    segments = segments_for_translation(source, draft.locale, fallback=True)
    ingest_segments(original, draft, source.locale, draft.locale, segments)
    draft.slug = find_available_slug(
        draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk
    )
    if draft.alias_of_id:
        # An alias cannot hold a draft of its own; it keeps showing its original, and is
        # marked as doing so, until the translation is approved.
        Page.objects.filter(pk=draft.pk).update(alias_of=None)
        mark_untranslated(draft, source.locale)
        draft.alias_of_id = None
    return draft.save_revision(user=user, log_action=True)


@transaction.atomic
def submit_translation_for_review(page, user):
    """Save the translated text as a draft of ``page`` and start the page's workflow."""
    save_translation_as_revision(page, user)
    page = Page.objects.get(pk=page.pk).specific
    page.get_workflow().start(page, user)
    return page


def start_translation(creator, page):
    """wagtail-localize's "Translate this page", leaving every translation of ``page`` a draft.

    A new translation is a draft already (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE``
    is off), but wagtail-localize writes the text of an existing one, an alias most often,
    into its row, which is live; here that text is only a revision, for review.
    ``creator``, a wagtail-localize ``TranslationCreator``, names the user and the locales
    and notes what was made, for wagtail-localize's translation components.
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    # The snippets the page refers to, translated as wagtail-localize translates them.
    for segment in source.relatedobjectsegment_set.all():
        related = segment.object.get_instance(page.locale)
        creator.create_translations(related, include_related_objects=False)
    for locale in creator.target_locales:
        if locale.pk == source.locale_id:
            continue
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        creator.mappings[source].append(translation)
        # As wagtail-localize does: a page that does not validate is left as it was.
        with contextlib.suppress(ValidationError), transaction.atomic():
            target = page.get_translation_or_none(locale)
            if target is None:
                translation.save_target(user=creator.user, publish=False)
                # A draft holding the source's text until the translation is approved.
                mark_untranslated(page.get_translation(locale), source.locale)
            else:
                save_translation_as_revision(target.specific, creator.user)
