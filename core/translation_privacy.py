"""Every language version of a page is at least as private as the original.

A view restriction on a default-language (Swedish) page is copied to its other language
versions, aliases and translations. A restriction set on a translation itself is its own:
a change to the Swedish page's restrictions replaces only the copies of the restriction
that changed, so the translation's own restriction stays when the Swedish one goes.

A copy is recognised by being identical to the Swedish restriction it was made from (its
type, password and groups): Wagtail and wagtail-localize copy restrictions the same way
when they make an alias or a translation, so their copies count as copies too. Each change
copies or removes one restriction per language version, so a translation's own restriction
identical to a Swedish one is still kept when the Swedish one is removed.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction

# The terms a restriction had before the change under way, kept on the instance between
# the "pre" and "post" signals of that change.
TERMS_BEFORE = "_terms_before_change"


def restriction_terms(restriction):
    """What a visitor must satisfy: equal terms make restrictions copies of each other."""
    groups = frozenset(restriction.groups.values_list("pk", flat=True))
    return (restriction.restriction_type, restriction.password, groups)


def stored_terms(restriction_id):
    stored = PageViewRestriction.objects.filter(pk=restriction_id).first()
    return restriction_terms(stored) if stored is not None else None


def mirror_change(page_id, before, after):
    """Carry one restriction's change from a default-language page to its other versions.

    ``before`` and ``after`` are the restriction's terms (``None`` when it did not exist).
    Each other version loses one copy of ``before`` and gains a copy of ``after``, unless
    the terms did not change and a copy is already there (Wagtail makes none when the
    parent of an alias or translation is restricted already).
    """
    # The page is gone when its restrictions are deleted along with it.
    page = Page.objects.filter(pk=page_id, locale=Locale.get_default()).first()
    if page is None:
        return
    for other in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
        present = {}
        for restriction in PageViewRestriction.objects.filter(page=other):
            present.setdefault(restriction_terms(restriction), restriction)
        if before is not None and before != after and before in present:
            present.pop(before).delete()
        if after is not None and (before != after or after not in present):
            copy_restriction(other, after)


def copy_restriction(page, terms):
    restriction_type, password, groups = terms
    copy = PageViewRestriction.objects.create(
        page=page, restriction_type=restriction_type, password=password
    )
    if groups:
        copy.groups.set(groups)


@receiver(pre_save, sender=PageViewRestriction)
@receiver(pre_delete, sender=PageViewRestriction)
def restriction_changing(sender, instance, raw=False, **kwargs):
    if not raw:
        setattr(instance, TERMS_BEFORE, stored_terms(instance.pk) if instance.pk else None)


@receiver(post_save, sender=PageViewRestriction)
def restriction_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        before = instance.__dict__.pop(TERMS_BEFORE, None)
        mirror_change(instance.page_id, before, restriction_terms(instance))


@receiver(post_delete, sender=PageViewRestriction)
def restriction_deleted(sender, instance, **kwargs):
    before = instance.__dict__.pop(TERMS_BEFORE, None)
    if before is not None:
        mirror_change(instance.page_id, before, None)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, reverse, **kwargs):
    # Changes made from a group's side name many restrictions; the admin never makes them.
    if reverse:
        return
    if action in ("pre_add", "pre_remove", "pre_clear"):
        setattr(instance, TERMS_BEFORE, restriction_terms(instance))
    elif action in ("post_add", "post_remove", "post_clear"):
        before = instance.__dict__.pop(TERMS_BEFORE, None)
        mirror_change(instance.page_id, before, restriction_terms(instance))
