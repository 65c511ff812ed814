"""Finding the people and organisations an imported text names, or adding them."""

import re

from networks.models.choices import OrganisationKind
from networks.models.directory import Organisation, Person


def organisation_key(name):
    """ "Lerums kommun", "Lerum kommun" and "Lerum" are the same municipality."""
    key = re.sub(r"\s+", " ", name).strip().lower()
    key = re.sub(r"\s+(kommun|stad)$", "", key)
    if key.endswith("s") and name.strip().lower().endswith(("s kommun", "s stad")):
        key = key[:-1]
    return key


def person_key(name):
    return re.sub(r"\s+", " ", name).strip().lower()


class Register:
    """The people and organisations of one language, loaded once per import run.

    ``created_people`` and ``created_organisations`` list what the run added.
    """

    def __init__(self, locale):
        self.locale = locale
        self.organisations = {}
        for organisation in Organisation.objects.filter(locale=locale).order_by("pk"):
            for name in (organisation.name, organisation.short_name):
                if name:
                    self.organisations.setdefault(organisation_key(name), organisation)
        self.people = {}
        for person in Person.objects.filter(locale=locale).order_by("pk"):
            self.people.setdefault(person_key(person.name), []).append(person)
        self.created_people = []
        self.created_organisations = []

    def organisation(self, name):
        if not name.strip():
            return None
        key = organisation_key(name)
        if key not in self.organisations:
            name = name.strip()[:255]
            # A short name in capitals, such as "GR" or "SKR", is rarely a municipality.
            abbreviation = name.isupper() and len(name) <= 10
            organisation = Organisation.objects.create(
                name=name,
                short_name=name if abbreviation else "",
                kind=OrganisationKind.OTHER if abbreviation else OrganisationKind.MUNICIPALITY,
                locale=self.locale,
            )
            self.organisations[key] = organisation
            self.created_organisations.append(organisation)
        return self.organisations[key]

    def person(self, name, organisation=None):
        """The registered person of that name, preferring one of ``organisation``."""
        candidates = self.people.get(person_key(name), [])
        for person in candidates:
            if organisation is not None and person.organisation_id == organisation.pk:
                return person
        if candidates:
            return candidates[0]
        person = Person.objects.create(
            name=name.strip()[:255], organisation=organisation, locale=self.locale
        )
        self.people[person_key(name)] = [person]
        self.created_people.append(person)
        return person
