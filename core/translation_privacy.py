"""Every language version of a page is as private as the original."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Locale, Page, PageViewRestriction


def mirror_restrictions_of(page_id):
    # The page is gone when its restrictions are deleted along with it.
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        mirror_view_restrictions(page)


def mirror_view_restrictions(page):
    """Give the other language versions of a default-language page its view restrictions.

    Wagtail copies restrictions into an alias only when the alias is made, and
    wagtail-localize into a translation only when it is saved; a restriction added later
    to the Swedish page would leave its English versions public.
    """
    if page.locale_id != Locale.get_default().pk:
        return
    restrictions = list(PageViewRestriction.objects.filter(page=page).prefetch_related("groups"))
    for other in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
        PageViewRestriction.objects.filter(page=other).delete()
        for restriction in restrictions:
            copy = PageViewRestriction.objects.create(
                page=other,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(restriction.groups.all())


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        mirror_restrictions_of(instance.page_id)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        mirror_restrictions_of(instance.page_id)
