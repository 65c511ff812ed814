"""Who owes a proposed follow-up, from the name its sentence gives.

Only a name the site already knows is taken: a person or an organisation of the
register, or another network of the same language. A proposal names nobody rather than
add someone to the register from a sentence such as "Frågan återkommer".
"""

import re

from importers.directory_lookup import organisation_key, person_key
from networks.models.network_page import NetworkPage

# "Ekonomnätverken" (the networks) names the network "Ekonomnätverket" (the network).
DEFINITE_ENDING = re.compile(r"(erna|arna|orna|en|et|na|n|t)$")


def network_key(name):
    return DEFINITE_ENDING.sub("", re.sub(r"\s+", " ", name).strip().lower())


class ResponsibleLookup:
    """Finds the named responsible among the register's entries and the networks."""

    def __init__(self, register, network):
        self.register = register
        self.network = network
        self.networks = None

    def fields(self, names):
        """The ``responsible_*`` field values for the first of ``names`` the site knows."""
        for name in names:
            found = self.known(name)
            if found:
                return found
        return {}

    def known(self, name):
        people = self.register.people.get(person_key(name))
        if people:
            return {"responsible_person": people[0]}
        organisation = self.register.organisations.get(organisation_key(name))
        if organisation is not None:
            return {"responsible_organisation": organisation}
        network = self.other_networks().get(network_key(name))
        if network is not None:
            return {"responsible_network": network}
        return {}

    def other_networks(self):
        if self.networks is None:
            networks = NetworkPage.objects.filter(
                locale_id=self.network.locale_id, alias_of__isnull=True
            ).exclude(pk=self.network.pk)
            self.networks = {network_key(n.title): n for n in networks.order_by("-path")}
        return self.networks
