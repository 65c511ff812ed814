"""Gives the register's existing entries the organisation that keeps them.

A person is kept by the organisation of the first network (in the order of the page
tree) that lists them as member, contact or page owner; failing that, by the top-level
organisation of their employer if it has editorial roles. An organisation is kept by its
top-level organisation if that has roles. Every language version of an entry gets the
same keeper, in its own language where there is one. Entries with no keeper are left to
the administrators.
"""

from collections import defaultdict

from django.db import migrations


def top_level_key(organisation_id, organisations):
    organisation = organisations.get(organisation_id)
    while organisation is not None and organisation.parent_id:
        organisation = organisations[organisation.parent_id]
    return organisation.translation_key if organisation is not None else None


def people_listed_by_network(apps):
    """The primary keys of the people each network lists, by the network's key."""
    listed = defaultdict(list)
    for model_name in ("NetworkMember", "NetworkContact"):
        rows = apps.get_model("networks", model_name).objects.order_by("sort_order", "pk")
        for page_id, person_id in rows.values_list("page_id", "person_id"):
            listed[page_id].append(person_id)
    return listed


def network_keepers(apps, organisations):
    """Person's translation key -> organisation key of the first network listing them."""
    Person = apps.get_model("networks", "Person")
    NetworkPage = apps.get_model("networks", "NetworkPage")
    person_keys = dict(Person.objects.values_list("pk", "translation_key"))
    listed = people_listed_by_network(apps)
    keepers = {}
    networks = NetworkPage.objects.order_by("path").values_list(
        "pk", "organisation_id", "page_owner_id"
    )
    for network_id, organisation_id, page_owner_id in networks:
        organisation = organisations.get(organisation_id)
        if organisation is None:
            continue
        for person_id in [page_owner_id, *listed[network_id]]:
            if person_id in person_keys:
                keepers.setdefault(person_keys[person_id], organisation.translation_key)
    return keepers


def keeper_rows(organisations):
    """Organisation key -> {locale id: the organisation's row in that locale}."""
    rows = defaultdict(dict)
    for organisation in organisations.values():
        rows[organisation.translation_key][organisation.locale_id] = organisation.pk
    return rows


def keeper_in_locale(rows, key, locale_id):
    versions = rows.get(key)
    if not versions:
        return None
    return versions.get(locale_id, min(versions.values()))


def assign_keepers(apps, schema_editor):
    Organisation = apps.get_model("networks", "Organisation")
    Person = apps.get_model("networks", "Person")
    OrganisationRoles = apps.get_model("editorial", "OrganisationRoles")
    with_roles = set(OrganisationRoles.objects.values_list("organisation_key", flat=True))
    organisations = {organisation.pk: organisation for organisation in Organisation.objects.all()}
    rows = keeper_rows(organisations)

    def employer_keeper(organisation_id):
        key = top_level_key(organisation_id, organisations)
        return key if key in with_roles else None

    from_networks = network_keepers(apps, organisations)
    people = Person.objects.filter(owner__isnull=True)
    for pk, key, employer_id, locale_id in people.values_list(
        "pk", "translation_key", "organisation_id", "locale_id"
    ):
        keeper = from_networks.get(key) or employer_keeper(employer_id)
        if keeper is not None:
            owner_id = keeper_in_locale(rows, keeper, locale_id)
            Person.objects.filter(pk=pk).update(owner_id=owner_id)
    for organisation in organisations.values():
        keeper = employer_keeper(organisation.pk)
        if keeper is not None and organisation.owner_id is None:
            owner_id = keeper_in_locale(rows, keeper, organisation.locale_id)
            Organisation.objects.filter(pk=organisation.pk).update(owner_id=owner_id)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("networks", "0004_register_entry_keepers"),
    ]

    operations = [migrations.RunPython(assign_keepers, migrations.RunPython.noop)]
