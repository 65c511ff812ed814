"""Which language a page's text is written in, which is not always its tree's.

An alias shows its original's text. A translation started from an alias shows its
source's text until its translation is approved, and ``UntranslatedText`` says so
meanwhile. Either way the page is no text of its own in its tree's language: it is marked
as written in the other language and is left out wherever pages of that language count.
"""

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from wagtail.signals import page_published

from core.models import UntranslatedText

# The annotation ``with_untranslated_from`` gives: the language code of the text a page
# shows in place of its own, or None when its text is its own.
UNTRANSLATED_FROM = "untranslated_from"


def own_text():
    """The condition on pages whose text is written in their own language."""
    return Q(alias_of__isnull=True, untranslated_text__isnull=True)


def with_own_text(queryset):
    return queryset.filter(own_text())


def untranslated_from_expression():
    return Coalesce(
        F("alias_of__locale__language_code"),
        F("untranslated_text__text_locale__language_code"),
    )


def with_untranslated_from(queryset):
    """The pages, each knowing without a further query whether its text is its own."""
    return queryset.annotate(**{UNTRANSLATED_FROM: untranslated_from_expression()})


def untranslated_from(page):
    """The language code of the text ``page`` shows in place of its own, or None.

    Read from the ``with_untranslated_from`` annotation when the page carries it, else
    looked up.
    """
    if hasattr(page, UNTRANSLATED_FROM):
        return getattr(page, UNTRANSLATED_FROM)
    if not page.pk:
        return None
    return (
        type(page)
        .objects.filter(pk=page.pk)
        .values_list(untranslated_from_expression(), flat=True)
        .first()
    )


def mark_untranslated(page, text_locale):
    """Mark ``page`` as showing text in ``text_locale`` until a revision of it is published."""
    UntranslatedText.objects.update_or_create(
        page_id=page.pk, defaults={"text_locale": text_locale}
    )


@receiver(page_published, dispatch_uid="untranslated_text_approved")
def translation_approved(sender, instance, **kwargs):
    """``page_published``: the text published is the one its reviewers approved as its own.

    Publishing needs the publish permission or a workflow's approval; either way someone
    answering for the page put this text live in its language.
    """
    UntranslatedText.objects.filter(page_id=instance.pk).delete()
