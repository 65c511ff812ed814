"""The read-only API v2: pages with their structured content, images and documents."""

import datetime

from django.test import TestCase

from minutes.choices import NetworkRole
from tests.factories import (
    ConferenceContactFactory,
    ConferencePageFactory,
    DocumentFactory,
    ImageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkContactFactory,
    NetworkMeetingFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    agenda_item,
    build_site_tree,
    programme_item,
)

PERSON_FIELDS = {"name", "job_title", "organisation", "email", "phone"}


class ApiTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.municipality = OrganisationFactory(name="Härryda kommun", short_name="Härryda")
        cls.private = PersonFactory(
            name="Tove Privat",
            organisation=cls.municipality,
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
        cls.slides = DocumentFactory(title="Bilder om skolval")
        cls.photo = ImageFactory(title="Konferenssalen")

        cls.network = NetworkPageFactory(
            parent=cls.tree.network_index,
            strategy_start_year=2024,
            strategy_end_year=2027,
            page_owner=cls.private,
        )
        NetworkMemberFactory(
            page=cls.network, person=cls.private, role=NetworkRole.CHAIR, area="Grundskola"
        )
        NetworkMemberFactory(page=cls.network, person=cls.public, role=NetworkRole.SECRETARY)
        NetworkContactFactory(page=cls.network, person=cls.private)
        NetworkContactFactory(page=cls.network, person=cls.public)
        NetworkMeetingFactory(page=cls.network, date=datetime.date(2026, 3, 12))

        cls.minutes = MinutesPageFactory(
            parent=cls.network,
            meeting_date=datetime.date(2025, 11, 20),
            chair=cls.private,
            secretary=cls.public,
            agenda=[
                agenda_item(
                    1,
                    "Mötestider",
                    section="Beslut",
                    decisions=["att fastställa mötestiderna", "att Kungsbacka är värd i maj"],
                ),
                agenda_item(
                    2,
                    "Skolvalet",
                    section="Information",
                    presenters=["Olof Offentlig, GR"],
                    attachments=[cls.slides],
                    follow_up="Tas upp igen i februari.",
                ),
            ],
        )
        MinutesAttendeeFactory(
            page=cls.minutes, person=cls.private, organisation=cls.municipality, area="Förskola"
        )
        MinutesAttendeeFactory(
            page=cls.minutes,
            person=None,
            name="Per Gäst",
            organisation=None,
            role=NetworkRole.GUEST,
            present=False,
        )

        cls.conference = ConferencePageFactory(
            parent=cls.network,
            image=cls.photo,
            programme=[
                programme_item(
                    "Trygghet i skolan", speakers=[("Lena Exempel", "Lektor", "Högskolan Väst")]
                )
            ],
        )
        cls.conference.topics.add("trygghet")
        cls.conference.save()
        ConferenceContactFactory(page=cls.conference, person=cls.private)
        ConferenceContactFactory(page=cls.conference, person=cls.public)

        cls.about = StandardPageFactory(parent=cls.tree.home, page_owner=cls.public)
        cls.draft = StandardPageFactory(parent=cls.tree.home, live=False)

    def get_json(self, path, **params):
        response = self.client.get(path, params)
        self.assertEqual(response.status_code, 200, response.content)
        return response.json()

    def page_detail(self, page):
        return self.get_json(f"/api/v2/pages/{page.pk}/")


class PageListingTests(ApiTestCase):
    def test_listing_gives_every_live_public_page_with_its_type(self):
        items = self.get_json("/api/v2/pages/", limit=100)["items"]
        types = {item["id"]: item["meta"]["type"] for item in items}
        self.assertEqual(
            types,
            {
                self.tree.home.pk: "home.HomePage",
                self.tree.network_index.pk: "networks.NetworkIndexPage",
                self.tree.conference_index.pk: "networks.ConferenceIndexPage",
                self.tree.contact_index.pk: "networks.ContactIndexPage",
                self.network.pk: "networks.NetworkPage",
                self.minutes.pk: "minutes.MinutesPage",
                self.conference.pk: "networks.ConferencePage",
                self.about.pk: "home.StandardPage",
            },
        )

    def test_listing_can_be_filtered_by_type(self):
        items = self.get_json("/api/v2/pages/", type="networks.ConferencePage")["items"]
        self.assertEqual([item["id"] for item in items], [self.conference.pk])


class MinutesApiTests(ApiTestCase):
    def minutes_item(self):
        data = self.get_json("/api/v2/pages/", type="minutes.MinutesPage", fields="*")
        (item,) = data["items"]
        return item

    def test_agenda_is_structured_with_sections_decisions_presenters_and_attachments(self):
        agenda = self.minutes_item()["agenda"]
        self.assertEqual([block["type"] for block in agenda], ["item", "item"])
        first, second = (block["value"] for block in agenda)
        self.assertEqual((first["number"], first["section"]), (1, "Beslut"))
        self.assertEqual(
            first["decisions"], ["att fastställa mötestiderna", "att Kungsbacka är värd i maj"]
        )
        self.assertEqual(second["heading"], "Skolvalet")
        self.assertEqual(second["presenters"], ["Olof Offentlig, GR"])
        self.assertEqual(second["attachments"], [self.slides.pk])
        self.assertEqual(second["follow_up"], "Tas upp igen i februari.")

    def test_attendance_is_structured_with_presence_role_and_organisation(self):
        attendees = self.minutes_item()["attendees"]
        rows = [
            (row["display_name"], row["present"], row["role"], row["area"]) for row in attendees
        ]
        self.assertEqual(
            rows,
            [
                ("Tove Privat", True, NetworkRole.MEMBER, "Förskola"),
                ("Per Gäst", False, NetworkRole.GUEST, "Gymnasie- och vuxenutbildning"),
            ],
        )
        self.assertEqual(attendees[0]["organisation"]["name"], "Härryda kommun")
        self.assertIsNone(attendees[1]["organisation"])

    def test_meeting_facts_are_given(self):
        item = self.minutes_item()
        self.assertEqual(item["meeting_date"], "2025-11-20")
        self.assertEqual(item["chair"]["name"], "Tove Privat")
        self.assertEqual(item["secretary"]["name"], "Olof Offentlig")


class NetworkAndConferenceApiTests(ApiTestCase):
    def test_network_detail_gives_members_meetings_and_strategy_period(self):
        data = self.page_detail(self.network)
        self.assertEqual((data["strategy_start_year"], data["strategy_end_year"]), (2024, 2027))
        self.assertEqual(
            [(m["person"]["name"], m["role"]) for m in data["members"]],
            [("Tove Privat", NetworkRole.CHAIR), ("Olof Offentlig", NetworkRole.SECRETARY)],
        )
        self.assertEqual([m["date"] for m in data["meetings"]], ["2026-03-12"])
        self.assertEqual(data["organisation"]["name"], self.network.organisation.name)

    def test_conference_detail_gives_programme_speakers_and_topics(self):
        data = self.page_detail(self.conference)
        (item,) = data["programme"]
        self.assertEqual(item["value"]["title"], "Trygghet i skolan")
        self.assertEqual(
            item["value"]["speakers"],
            [{"name": "Lena Exempel", "title": "Lektor", "organisation": "Högskolan Väst"}],
        )
        self.assertEqual(data["topics"], ["trygghet"])
        self.assertEqual(data["image"]["id"], self.photo.pk)


class PersonFieldsApiTests(ApiTestCase):
    """Every place a person appears in the API follows the person's consent."""

    def people_in(self, page):
        data = self.page_detail(page)
        people = [data["page_owner"]] if data.get("page_owner") else []
        for relation in ("members", "contacts"):
            people += [row["person"] for row in data.get(relation, [])]
        people += [data[role] for role in ("chair", "secretary") if data.get(role)]
        return people

    def test_person_fields_are_limited_to_the_published_set(self):
        for page in (self.network, self.minutes, self.conference):
            with self.subTest(page=page.specific_class.__name__):
                for person in self.people_in(page):
                    self.assertEqual(set(person), PERSON_FIELDS)

    def test_private_person_has_blank_email_and_phone_everywhere(self):
        for page in (self.network, self.minutes, self.conference):
            with self.subTest(page=page.specific_class.__name__):
                private = [p for p in self.people_in(page) if p["name"] == "Tove Privat"]
                self.assertTrue(private)
                for person in private:
                    self.assertEqual((person["email"], person["phone"]), ("", ""))

    def test_public_person_has_email_and_phone(self):
        for page in (self.network, self.minutes, self.conference, self.about):
            with self.subTest(page=page.specific_class.__name__):
                public = [p for p in self.people_in(page) if p["name"] == "Olof Offentlig"]
                self.assertTrue(public)
                for person in public:
                    self.assertEqual(
                        (person["email"], person["phone"]),
                        ("olof.offentlig@example.org", "0300-112233"),
                    )

    def test_private_details_appear_nowhere_in_typed_listings_with_every_field(self):
        for page_type in ("networks.NetworkPage", "minutes.MinutesPage", "networks.ConferencePage"):
            with self.subTest(type=page_type):
                response = self.client.get("/api/v2/pages/", {"type": page_type, "fields": "*"})
                self.assertContains(response, "Tove Privat")
                self.assertNotContains(response, "tove.privat@example.org")
                self.assertNotContains(response, "0300-998877")


class MediaApiTests(ApiTestCase):
    def test_images_endpoint_lists_and_details_images(self):
        items = self.get_json("/api/v2/images/")["items"]
        self.assertIn(self.photo.pk, [item["id"] for item in items])
        detail = self.get_json(f"/api/v2/images/{self.photo.pk}/")
        self.assertEqual(detail["title"], "Konferenssalen")
        self.assertEqual((detail["width"], detail["height"]), (self.photo.width, self.photo.height))

    def test_documents_endpoint_lists_and_details_documents_with_download_url(self):
        items = self.get_json("/api/v2/documents/")["items"]
        self.assertIn(self.slides.pk, [item["id"] for item in items])
        detail = self.get_json(f"/api/v2/documents/{self.slides.pk}/")
        self.assertEqual(detail["title"], "Bilder om skolval")
        self.assertTrue(detail["meta"]["download_url"].endswith(self.slides.url))
