"""Keep roles in step with the page tree: a new network gets its organisation's roles."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from editorial.roles import grant_network, grant_translators
from networks.models.network_page import NetworkPage


@receiver(post_save, sender=NetworkPage)
def give_new_network_its_roles(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_network(instance)


# Named by its label: the home app stands beside this one, not below it.
@receiver(post_save, sender="home.HomePage")
def give_translators_new_language_tree(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_translators(instance)
