"""The register of people and organisations: each entry is kept by one organisation.

Its editors and approvers change it; everyone else may read it and choose from it. Only
the approvers decide whether a person's contact details are public, which also holds for
changing the e-mail and phone of a person whose details are already public, since such a
change is public at once. Each refusal is judged by what the database holds afterwards.
"""

import importlib

from django.apps import apps
from django.contrib.auth.models import Permission
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from core.access_policy import (
    may_change_register_entry,
    may_delete_register_entry,
    may_publish_contact_details,
)
from editorial.models import OrganisationRoles
from networks.models.choices import OrganisationKind
from networks.models.directory import Organisation, Person
from tests.editorial import build_editorial_world, make_user
from tests.factories import (
    NetworkContactFactory,
    NetworkMemberFactory,
    OrganisationFactory,
    PersonFactory,
    UnitFactory,
)

PERSON_URLS = "wagtailsnippets_networks_person"
REFUSED_CONSENT = "Only an approver of the organisation keeping this person may decide"
REFUSED_DETAILS = "These contact details are public, so only an approver"


def person_data(person, **changes):
    """The person's edit form as the admin posts it, with ``changes`` applied."""
    data = {
        "name": person.name,
        "job_title": person.job_title,
        "organisation": person.organisation_id or "",
        "photo": "",
        "email": person.email,
        "phone": person.phone,
        "owner": person.owner_id or "",
    }
    if person.contact_details_public:
        data["contact_details_public"] = "on"
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def stored(person):
    """What the database holds of the person's contact details and keeper."""
    return Person.objects.values("phone", "email", "contact_details_public", "owner").get(
        pk=person.pk
    )


class RegisterWorld(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = world = build_editorial_world()
        cls.users = world.users
        # The admin in English, so that these tests read its messages by their msgids.
        for user in cls.users.values():
            UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
        cls.organisation_a = world.network_a.organisation
        cls.organisation_b = world.network_b.organisation
        cls.municipality = OrganisationFactory(name="Lerums kommun")
        cls.private = PersonFactory(
            name="Mattias Grahn", organisation=cls.municipality, owner=cls.organisation_a
        )
        cls.public = PersonFactory(
            name="Karin Westerlund",
            organisation=cls.municipality,
            owner=cls.organisation_a,
            contact_details_public=True,
        )
        cls.person_b = PersonFactory(name="Göran Ljung", owner=cls.organisation_b)

    def post_as(self, role, person, **changes):
        self.client.force_login(self.users[role])
        url = reverse(f"{PERSON_URLS}:edit", args=[person.pk])
        return self.client.post(url, person_data(person, **changes))


class AnotherOrganisationsPeopleTests(RegisterWorld):
    """Organisation B's editor reads A's people but changes none of them."""

    def setUp(self):
        self.client.force_login(self.users["editor_b"])

    def assert_refused(self, response):
        self.assertRedirects(response, reverse("wagtailadmin_home"))

    def test_the_edit_form_is_refused(self):
        self.assert_refused(self.client.get(reverse(f"{PERSON_URLS}:edit", args=[self.private.pk])))

    def test_a_changed_phone_number_is_refused(self):
        before = stored(self.private)
        self.assert_refused(self.post_as("editor_b", self.private, phone="0302-99 99 99"))
        self.assertEqual(stored(self.private), before)

    def test_ticking_show_contact_details_is_refused(self):
        before = stored(self.private)
        response = self.post_as("editor_b", self.private, contact_details_public="on")
        self.assert_refused(response)
        self.assertEqual(stored(self.private), before)

    def test_history_and_usage_are_refused(self):
        for view in ("history", "usage"):
            with self.subTest(view=view):
                url = reverse(f"{PERSON_URLS}:{view}", args=[self.private.pk])
                self.assert_refused(self.client.get(url))

    def test_the_listing_names_everyone_but_offers_to_edit_only_the_own(self):
        response = self.client.get(reverse(f"{PERSON_URLS}:list"))
        self.assertContains(response, "Mattias Grahn")
        self.assertNotContains(response, reverse(f"{PERSON_URLS}:edit", args=[self.private.pk]))
        self.assertContains(response, reverse(f"{PERSON_URLS}:edit", args=[self.person_b.pk]))

    def test_the_chooser_still_offers_another_organisations_people(self):
        response = self.client.get(reverse("wagtailsnippetchoosers_networks_person:choose_results"))
        self.assertContains(response, "Mattias Grahn")

    def test_a_copy_of_another_organisations_person_is_the_editors_own_and_not_public(self):
        response = self.client.get(reverse(f"{PERSON_URLS}:copy", args=[self.public.pk]))
        form = response.context["form"]
        self.assertEqual(form.initial["owner"], self.organisation_b.pk)
        self.assertTrue(form.fields["contact_details_public"].disabled)
        data = person_data(self.public, name="Karin Westerlund (kopia)", owner=None)
        for name in ("email", "phone", "contact_details_public"):
            del data[name]  # disabled fields, which a browser does not send
        self.client.post(reverse(f"{PERSON_URLS}:add"), data)
        copy = Person.objects.get(name="Karin Westerlund (kopia)")
        self.assertEqual((copy.owner, copy.contact_details_public), (self.organisation_b, False))

    def test_own_people_are_editable(self):
        response = self.post_as("editor_b", self.person_b, phone="0500-49 30 00")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(stored(self.person_b)["phone"], "0500-49 30 00")


class DeletingTests(RegisterWorld):
    """With the permission to delete people, still only one's own organisation's."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        delete_person = Permission.objects.get(
            content_type__app_label="networks", codename="delete_person"
        )
        for organisation in (cls.organisation_a, cls.organisation_b):
            OrganisationRoles.for_organisation(organisation).editors.permissions.add(delete_person)

    def test_another_organisations_person_cannot_be_deleted(self):
        self.client.force_login(self.users["editor_b"])
        url = reverse(f"{PERSON_URLS}:delete", args=[self.private.pk])
        self.assertRedirects(self.client.get(url), reverse("wagtailadmin_home"))
        self.assertRedirects(self.client.post(url), reverse("wagtailadmin_home"))
        self.assertTrue(Person.objects.filter(pk=self.private.pk).exists())

    def test_another_organisations_person_cannot_be_bulk_deleted(self):
        self.client.force_login(self.users["editor_b"])
        url = (
            reverse("wagtail_bulk_action", args=["networks", "person", "delete"])
            + f"?id={self.private.pk}&id={self.person_b.pk}"
        )
        self.client.post(url)
        self.assertTrue(Person.objects.filter(pk=self.private.pk).exists())
        self.assertFalse(Person.objects.filter(pk=self.person_b.pk).exists())

    def test_the_own_organisations_person_can_be_deleted(self):
        self.client.force_login(self.users["editor_a"])
        self.client.post(reverse(f"{PERSON_URLS}:delete", args=[self.private.pk]))
        self.assertFalse(Person.objects.filter(pk=self.private.pk).exists())
        self.assertTrue(may_delete_register_entry(self.users["editor_b"], self.person_b))
        self.assertFalse(may_delete_register_entry(self.users["editor_b"], self.public))


class ContactDetailsTests(RegisterWorld):
    """Whether contact details are public is the keeping organisation's approvers' call."""

    def test_an_editor_changes_the_phone_of_a_person_whose_details_are_not_public(self):
        response = self.post_as("editor_a", self.private, phone="0302-52 10 01")
        self.assertEqual(response.status_code, 302)
        self.assertEqual(stored(self.private)["phone"], "0302-52 10 01")

    def test_an_editor_sees_the_consent_disabled(self):
        self.client.force_login(self.users["editor_a"])
        response = self.client.get(reverse(f"{PERSON_URLS}:edit", args=[self.private.pk]))
        form = response.context["form"]
        self.assertTrue(form.fields["contact_details_public"].disabled)
        self.assertFalse(form.fields["phone"].disabled)

    def test_an_editor_cannot_tick_show_contact_details(self):
        before = stored(self.private)
        response = self.post_as("editor_a", self.private, contact_details_public="on")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, REFUSED_CONSENT)
        self.assertEqual(stored(self.private), before)

    def test_an_editor_cannot_change_the_phone_of_a_person_whose_details_are_public(self):
        before = stored(self.public)
        response = self.post_as("editor_a", self.public, phone="031-99 99 99")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, REFUSED_DETAILS)
        self.assertEqual(stored(self.public), before)

    def test_an_editor_cannot_withdraw_the_consent_either(self):
        before = stored(self.public)
        response = self.post_as("editor_a", self.public, contact_details_public="false")
        self.assertContains(response, REFUSED_CONSENT)
        self.assertEqual(stored(self.public), before)

    def test_an_editor_still_changes_the_job_title_of_a_person_whose_details_are_public(self):
        data = person_data(self.public, job_title="Förvaltningschef")
        for name in ("email", "phone", "contact_details_public"):
            del data[name]  # disabled fields, which a browser does not send
        self.client.force_login(self.users["editor_a"])
        response = self.client.post(reverse(f"{PERSON_URLS}:edit", args=[self.public.pk]), data)
        self.assertEqual(response.status_code, 302)
        self.public.refresh_from_db()
        self.assertEqual(self.public.job_title, "Förvaltningschef")
        self.assertTrue(self.public.contact_details_public)

    def test_an_approver_ticks_show_contact_details_and_changes_public_ones(self):
        self.post_as("approver_a", self.private, contact_details_public="on")
        self.assertTrue(stored(self.private)["contact_details_public"])
        self.post_as("approver_a", self.public, phone="031-39 00 00")
        self.assertEqual(stored(self.public)["phone"], "031-39 00 00")

    def test_another_organisations_approver_decides_nothing(self):
        self.assertFalse(may_publish_contact_details(self.users["approver_b"], self.private))
        self.assertTrue(may_publish_contact_details(self.users["approver_b"], self.person_b))

    def test_an_administrator_does_it_all(self):
        self.post_as("administrator", self.private, contact_details_public="on")
        self.post_as("administrator", self.public, phone="031-39 00 01")
        self.post_as("administrator", self.person_b, owner=self.organisation_a.pk)
        self.assertTrue(stored(self.private)["contact_details_public"])
        self.assertEqual(stored(self.public)["phone"], "031-39 00 01")
        self.assertEqual(stored(self.person_b)["owner"], self.organisation_a.pk)


class NewPeopleTests(RegisterWorld):
    def add_as(self, user, name, **fields):
        self.client.force_login(user)
        data = {"name": name, "job_title": "Skolchef", "email": "ny@example.org", **fields}
        return self.client.post(reverse(f"{PERSON_URLS}:add"), data)

    def test_a_new_person_is_kept_by_the_editors_organisation(self):
        self.add_as(self.users["editor_a"], "Camilla Nordin", phone="031-10 20 30")
        person = Person.objects.get(name="Camilla Nordin")
        self.assertEqual(person.owner, self.organisation_a)
        self.assertFalse(person.contact_details_public)

    def test_an_editor_cannot_keep_a_new_person_for_another_organisation(self):
        self.add_as(self.users["editor_a"], "Camilla Nordin", owner=self.organisation_b.pk)
        self.assertEqual(Person.objects.get(name="Camilla Nordin").owner, self.organisation_a)

    def test_an_editor_cannot_publish_a_new_persons_contact_details(self):
        response = self.add_as(
            self.users["editor_a"], "Camilla Nordin", contact_details_public="on"
        )
        self.assertContains(response, REFUSED_CONSENT)
        self.assertFalse(Person.objects.filter(name="Camilla Nordin").exists())

    def test_an_approver_publishes_a_new_persons_contact_details(self):
        self.add_as(self.users["approver_a"], "Camilla Nordin", contact_details_public="on")
        person = Person.objects.get(name="Camilla Nordin")
        self.assertEqual(
            (person.owner, person.public_email), (self.organisation_a, "ny@example.org")
        )

    def test_an_editor_of_two_organisations_picks_one_of_them(self):
        roles = [
            OrganisationRoles.for_organisation(o)
            for o in (self.organisation_a, self.organisation_b)
        ]
        editor = make_user("redaktor-ab", *(role.editors for role in roles))
        response = self.add_as(editor, "Camilla Nordin")
        self.assertEqual(response.status_code, 200)
        self.assertFalse(Person.objects.filter(name="Camilla Nordin").exists())
        self.add_as(editor, "Camilla Nordin", owner=self.municipality.pk)
        self.assertFalse(Person.objects.filter(name="Camilla Nordin").exists())
        self.add_as(editor, "Camilla Nordin", owner=self.organisation_b.pk)
        self.assertEqual(Person.objects.get(name="Camilla Nordin").owner, self.organisation_b)


class PolicyTests(RegisterWorld):
    """The questions other code asks of ``core.access_policy``, for each role."""

    def test_who_may_change_and_publish_organisation_as_person(self):
        expected = {
            "editor_a": (True, False),
            "approver_a": (True, True),
            "editor_b": (False, False),
            "approver_b": (False, False),
            "translator": (False, False),
            "administrator": (True, True),
        }
        for role, answers in expected.items():
            with self.subTest(role=role):
                user = self.users[role]
                self.assertEqual(
                    (
                        may_change_register_entry(user, self.private),
                        may_publish_contact_details(user, self.private),
                    ),
                    answers,
                )

    def test_an_entry_kept_by_no_one_is_the_administrators(self):
        orphan = PersonFactory(owner=None)
        self.assertFalse(may_change_register_entry(self.users["approver_a"], orphan))
        self.assertTrue(may_change_register_entry(self.users["administrator"], orphan))

    def test_the_keeper_is_the_same_in_every_language(self):
        english = Locale.objects.get_or_create(language_code="en")[0]
        translation = self.private.copy_for_translation(english)
        translation.save()
        self.private.owner = self.organisation_b
        self.private.save()
        translation.refresh_from_db()
        self.assertEqual(translation.owner, self.organisation_b)
        self.assertTrue(may_change_register_entry(self.users["editor_b"], translation))


class KeeperMigrationTests(RegisterWorld):
    """The data migration's rule for the entries that existed before keepers."""

    def test_existing_entries_get_the_organisation_that_keeps_them(self):
        network_a, network_b = self.world.network_a, self.world.network_b
        listed_by_both = PersonFactory(organisation=self.municipality)
        NetworkMemberFactory(page=network_b, person=listed_by_both)
        network_a.page_owner = listed_by_both
        network_a.save()
        contact_of_b = PersonFactory(organisation=self.municipality)
        NetworkContactFactory(page=network_b, person=contact_of_b)
        unit_of_a = UnitFactory(parent=self.organisation_a, kind=OrganisationKind.UNIT)
        employed_by_a = PersonFactory(organisation=unit_of_a)
        unlisted = PersonFactory(organisation=self.municipality)
        Person.objects.update(owner=None)
        Organisation.objects.update(owner=None)

        migration = importlib.import_module("editorial.migrations.0002_register_entry_keepers")
        migration.assign_keepers(apps, None)

        def keeper(entry):
            return type(entry).objects.get(pk=entry.pk).owner

        self.assertEqual(keeper(listed_by_both), self.organisation_a)
        self.assertEqual(keeper(contact_of_b), self.organisation_b)
        self.assertEqual(keeper(employed_by_a), self.organisation_a)
        self.assertIsNone(keeper(unlisted))
        self.assertEqual(keeper(unit_of_a), self.organisation_a)
        self.assertEqual(keeper(self.organisation_b), self.organisation_b)
        self.assertIsNone(keeper(self.municipality))
