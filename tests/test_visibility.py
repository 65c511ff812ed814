"""What the public must not see: drafts, restricted pages and withheld contact details.

Each check goes through what a visitor or an API client touches (the page URL, the
listing pages and API v2), with a visible counterpart asserted alongside so that a page
that simply failed to render could not pass for a hidden one.
"""

import datetime

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories import (
    ConferenceContactFactory,
    ConferencePageFactory,
    DocumentFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkContactFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    PersonFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
)


def api_page_ids(client, **params):
    response = client.get("/api/v2/pages/", {"limit": 100, **params})
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


class HiddenPagesTestCase(TestCase):
    """A network with public, draft and restricted minutes and conferences."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(
            parent=cls.tree.network_index, title="Nätverk för skolchefer"
        )
        cls.public_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar Kvarnbyskolan",
            meeting_date=datetime.date(2025, 2, 6),
        )
        cls.draft_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar Ekbackeutkast",
            meeting_date=datetime.date(2025, 3, 6),
            live=False,
        )
        cls.password_minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar Lösenordsmöte",
            meeting_date=datetime.date(2025, 4, 3),
            agenda=[agenda_item(1, "Personalärende Tallbacken", decisions=["att avvakta"])],
        )
        PageViewRestriction.objects.create(
            page=cls.password_minutes,
            restriction_type=PageViewRestriction.PASSWORD,
            password="hemligt",
        )

        cls.closed_network = NetworkPageFactory(
            parent=cls.tree.network_index, title="Slutet nätverk Björkdalen"
        )
        PageViewRestriction.objects.create(
            page=cls.closed_network, restriction_type=PageViewRestriction.LOGIN
        )
        cls.minutes_in_closed_network = MinutesPageFactory(
            parent=cls.closed_network, title="Minnesanteckningar Björkdalen"
        )

        soon = timezone.now() + datetime.timedelta(days=20)
        cls.public_conference = ConferencePageFactory(
            parent=cls.network, title="Konferens Strandgården", start=soon
        )
        cls.draft_conference = ConferencePageFactory(
            parent=cls.network, title="Konferens Utkastholmen", start=soon, live=False
        )
        cls.restricted_conference = ConferencePageFactory(
            parent=cls.network, title="Konferens Lösenordsön", start=soon
        )
        PageViewRestriction.objects.create(
            page=cls.restricted_conference,
            restriction_type=PageViewRestriction.PASSWORD,
            password="hemligt",
        )
        cls.past_restricted_conference = ConferencePageFactory(
            parent=cls.closed_network,
            title="Konferens Förrförra",
            start=timezone.now() - datetime.timedelta(days=400),
        )

        cls.hidden_pages = [
            cls.draft_minutes,
            cls.password_minutes,
            cls.closed_network,
            cls.minutes_in_closed_network,
            cls.draft_conference,
            cls.restricted_conference,
            cls.past_restricted_conference,
        ]


class HiddenPageUrlTests(HiddenPagesTestCase):
    def test_public_minutes_are_served(self):
        response = self.client.get(self.public_minutes.url)
        self.assertContains(response, "Minnesanteckningar Kvarnbyskolan")

    def test_draft_page_url_is_not_found(self):
        for page in (self.draft_minutes, self.draft_conference):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 404)
                self.assertNotContains(response, page.title, status_code=404)

    def test_password_restricted_page_asks_for_password_and_hides_content(self):
        for page in (self.password_minutes, self.restricted_conference):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertContains(response, 'name="password"')
                self.assertNotContains(response, "Personalärende Tallbacken")
                self.assertNotContains(response, page.title)

    def test_login_restricted_network_and_its_minutes_redirect_to_login(self):
        for page in (self.closed_network, self.minutes_in_closed_network):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 302)
                self.assertIn("login", response["Location"])
                self.assertNotIn(page.title.encode(), response.content)


class HiddenPageListingTests(HiddenPagesTestCase):
    def assert_lists_only_public(self, page, *expected_titles):
        response = self.client.get(page.url)
        for title in expected_titles:
            self.assertContains(response, title)
        for hidden in self.hidden_pages:
            self.assertNotContains(response, hidden.title)

    def test_home_page_lists_no_hidden_minutes_conferences_or_networks(self):
        self.assert_lists_only_public(
            self.tree.home,
            "Minnesanteckningar Kvarnbyskolan",
            "Konferens Strandgården",
            "Nätverk för skolchefer",
        )

    def test_network_page_lists_no_hidden_minutes_or_conferences(self):
        self.assert_lists_only_public(
            self.network, "Minnesanteckningar Kvarnbyskolan", "Konferens Strandgården"
        )

    def test_network_index_lists_no_restricted_network(self):
        self.assert_lists_only_public(self.tree.network_index, "Nätverk för skolchefer")

    def test_conference_index_lists_no_hidden_conferences(self):
        self.assert_lists_only_public(self.tree.conference_index, "Konferens Strandgården")


class HiddenPageApiTests(HiddenPagesTestCase):
    def test_page_listing_contains_public_pages_only(self):
        ids = api_page_ids(self.client)
        self.assertIn(self.public_minutes.pk, ids)
        self.assertIn(self.public_conference.pk, ids)
        for page in self.hidden_pages:
            self.assertNotIn(page.pk, ids, page.title)

    def test_page_detail_of_hidden_page_is_not_found(self):
        self.assertEqual(
            self.client.get(f"/api/v2/pages/{self.public_minutes.pk}/").status_code, 200
        )
        for page in self.hidden_pages:
            with self.subTest(page=page.title):
                response = self.client.get(f"/api/v2/pages/{page.pk}/")
                self.assertEqual(response.status_code, 404)

    def test_search_finds_public_pages_only(self):
        self.assertEqual(
            api_page_ids(self.client, search="Kvarnbyskolan"), {self.public_minutes.pk}
        )
        for word in ("Ekbackeutkast", "Lösenordsmöte", "Björkdalen", "Utkastholmen", "Lösenordsön"):
            with self.subTest(word=word):
                self.assertEqual(api_page_ids(self.client, search=word), set())

    def test_typed_listing_with_all_fields_leaks_no_hidden_agenda(self):
        response = self.client.get(
            "/api/v2/pages/", {"type": "minutes.MinutesPage", "fields": "*", "limit": 100}
        )
        self.assertContains(response, "Kvarnbyskolan")
        self.assertNotContains(response, "Personalärende Tallbacken")


class UnpublishedRevisionTests(TestCase):
    """A published page whose newer draft must stay out of sight until it is published."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index)
        cls.minutes = MinutesPageFactory(
            parent=cls.network,
            title="Minnesanteckningar Solrosen",
            agenda=[agenda_item(1, "Publicerad punkt Solrosen", decisions=["att godkänna"])],
        )
        cls.minutes.save_revision().publish()
        cls.minutes.title = "Minnesanteckningar Nattviolen"
        cls.minutes.agenda = [
            agenda_item(1, "Opublicerad punkt Nattviolen", decisions=["att ompröva beslutet"])
        ]
        cls.minutes.save_revision()

    def test_page_shows_live_content_not_draft(self):
        response = self.client.get(self.minutes.url)
        self.assertContains(response, "Publicerad punkt Solrosen")
        self.assertNotContains(response, "Nattviolen")
        self.assertNotContains(response, "att ompröva beslutet")

    def test_network_and_home_listings_show_live_title(self):
        for page in (self.network, self.tree.home):
            with self.subTest(page=page.title):
                response = self.client.get(page.url)
                self.assertContains(response, "Minnesanteckningar Solrosen")
                self.assertNotContains(response, "Nattviolen")

    def test_api_serves_live_content_not_draft(self):
        detail = self.client.get(f"/api/v2/pages/{self.minutes.pk}/")
        self.assertContains(detail, "Publicerad punkt Solrosen")
        self.assertNotContains(detail, "Nattviolen")
        listing = self.client.get("/api/v2/pages/", {"type": "minutes.MinutesPage", "fields": "*"})
        self.assertContains(listing, "Solrosen")
        self.assertNotContains(listing, "Nattviolen")

    def test_api_search_does_not_find_draft_words(self):
        self.assertEqual(api_page_ids(self.client, search="Solrosen"), {self.minutes.pk})
        self.assertEqual(api_page_ids(self.client, search="Nattviolen"), set())


class ContactDetailsTests(TestCase):
    """A person's e-mail and phone are public only with the person's consent."""

    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.private = PersonFactory(
            name="Tove Privat",
            email="tove.privat@example.org",
            phone="0300-998877",
            contact_details_public=False,
        )
        cls.public = PersonFactory(
            name="Olof Offentlig",
            email="olof.offentlig@example.org",
            phone="0300-112233",
            contact_details_public=True,
        )
        cls.network = NetworkPageFactory(parent=cls.tree.network_index)
        cls.conference = ConferencePageFactory(parent=cls.network)
        cls.minutes = MinutesPageFactory(parent=cls.network, chair=cls.private)
        cls.standard = StandardPageFactory(parent=cls.tree.home)
        for person in (cls.private, cls.public):
            NetworkContactFactory(page=cls.network, person=person)
            NetworkMemberFactory(page=cls.network, person=person)
            ConferenceContactFactory(page=cls.conference, person=person)
            MinutesAttendeeFactory(page=cls.minutes, person=person)

        cls.all_pages = [
            cls.tree.home,
            cls.tree.network_index,
            cls.tree.conference_index,
            cls.tree.contact_index,
            cls.network,
            cls.conference,
            cls.minutes,
            cls.standard,
        ]

    def set_page_owner(self, person):
        for page in self.all_pages:
            page.page_owner = person
            page.save()

    def assert_contact_details_absent(self, content, person):
        self.assertNotIn(person.email, content)
        self.assertNotIn(person.phone, content)
        # A tel: link carries the number without its hyphen.
        self.assertNotIn(person.phone.replace("-", ""), content)

    def test_private_contact_details_appear_on_no_public_page(self):
        self.set_page_owner(self.private)
        for page in self.all_pages:
            with self.subTest(page=page.specific_class.__name__):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                self.assert_contact_details_absent(response.content.decode(), self.private)

    def test_private_person_is_still_named_as_contact(self):
        for page in (self.network, self.conference):
            with self.subTest(page=page.specific_class.__name__):
                self.assertContains(self.client.get(page.url), "Tove Privat")

    def test_public_contact_details_appear_on_network_and_conference_pages(self):
        for page in (self.network, self.conference):
            with self.subTest(page=page.specific_class.__name__):
                response = self.client.get(page.url)
                self.assertContains(response, "olof.offentlig@example.org")
                self.assertContains(response, "0300-112233")

    def test_contact_page_lists_only_people_who_agreed(self):
        response = self.client.get(self.tree.contact_index.url)
        self.assertContains(response, "Olof Offentlig")
        self.assertContains(response, "olof.offentlig@example.org")
        self.assertContains(response, "0300-112233")
        self.assertNotContains(response, "Tove Privat")
        self.assert_contact_details_absent(response.content.decode(), self.private)

    def test_public_page_owner_contact_details_are_shown(self):
        self.set_page_owner(self.public)
        # Pages on which the owner is not also listed as a contact.
        for page in (self.tree.network_index, self.minutes, self.standard):
            with self.subTest(page=page.specific_class.__name__):
                response = self.client.get(page.url)
                self.assertContains(response, "olof.offentlig@example.org")

    def test_api_never_carries_private_contact_details(self):
        self.set_page_owner(self.private)
        for page in self.all_pages:
            # A listing gives the specific fields only when filtered to one type.
            listing = self.client.get(
                "/api/v2/pages/", {"type": page.specific_class._meta.label, "fields": "*"}
            )
            self.assertContains(listing, page.title)
            self.assert_contact_details_absent(listing.content.decode(), self.private)
        for page in self.all_pages:
            with self.subTest(page=page.specific_class.__name__):
                detail = self.client.get(f"/api/v2/pages/{page.pk}/")
                self.assertEqual(detail.status_code, 200)
                self.assert_contact_details_absent(detail.content.decode(), self.private)

    def test_api_carries_public_contact_details(self):
        for page in (self.network, self.conference):
            with self.subTest(page=page.specific_class.__name__):
                detail = self.client.get(f"/api/v2/pages/{page.pk}/")
                self.assertContains(detail, "olof.offentlig@example.org")
                self.assertContains(detail, "0300-112233")


class RestrictedDocumentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        root = Collection.get_first_root_node()
        cls.board_collection = root.add_child(name="Styrelsehandlingar")
        CollectionViewRestriction.objects.create(
            collection=cls.board_collection,
            restriction_type=CollectionViewRestriction.LOGIN,
        )
        cls.public_document = DocumentFactory(title="Bilder om elevhälsa")
        cls.restricted_document = DocumentFactory(
            title="Budgetunderlag", collection=cls.board_collection
        )

    def test_documents_api_lists_only_unrestricted_documents(self):
        response = self.client.get("/api/v2/documents/")
        self.assertEqual(response.status_code, 200)
        ids = {item["id"] for item in response.json()["items"]}
        self.assertEqual(ids, {self.public_document.pk})

    def test_documents_api_detail_of_restricted_document_is_not_found(self):
        response = self.client.get(f"/api/v2/documents/{self.restricted_document.pk}/")
        self.assertEqual(response.status_code, 404)

    def test_restricted_document_file_is_not_served_to_anonymous_visitors(self):
        response = self.client.get(self.restricted_document.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        self.assertEqual(self.client.get(self.public_document.url).status_code, 200)
