"""What is one fact about a register entry is the same in every language version."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from networks.models.directory import SHARED_PERSON_FIELDS, Organisation, Person


@receiver(post_save, sender=Person)
def share_contact_details_with_translations(sender, instance, raw=False, **kwargs):
    """Copy the contact details and the keeper to the person's other language versions.

    wagtail-localize copies synchronised fields only when a translation is synced, so a
    withdrawn consent would otherwise stay in force on the other language's pages, and
    the other version would stay editable by the organisation that gave the entry away.
    """
    if raw:
        return
    Person.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).update(
        **{name: getattr(instance, name) for name in SHARED_PERSON_FIELDS}
    )


@receiver(post_save, sender=Organisation)
def share_keeper_with_translations(sender, instance, raw=False, **kwargs):
    """The organisation keeping an entry keeps every language version of it."""
    if raw:
        return
    Organisation.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ).update(owner=instance.owner)
