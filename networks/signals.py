"""A person's contact details and consent are the same in every language version."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.models.directory import CONTACT_FIELDS, Person


@receiver(post_save, sender=Person)
def share_contact_details_with_translations(sender, instance, raw=False, **kwargs):
    """Copy the contact details to the person's other language versions at once.

    wagtail-localize copies synchronised fields only when a translation is synced, so a
    withdrawn consent would otherwise stay in force on the other language's pages.
    """
    if raw:
        return
    Person.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).update(
        **{name: getattr(instance, name) for name in CONTACT_FIELDS}
    )
