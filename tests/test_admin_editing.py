"""Editors create and edit every page type and both register snippets in the admin.

Forms are posted as the admin's own JavaScript would post them (``nested_form_data``,
``streamfield``, ``inline_formset``), and bad input must come back with a message and
leave the database as it was.
"""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from core.blocks import RICH_TEXT_FEATURES
from home.models.pages import HomePage, StandardPage
from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesPage
from networks.models.choices import OrganisationKind
from networks.models.conference_page import ConferenceIndexPage, ConferencePage
from networks.models.contact_page import ContactIndexPage
from networks.models.directory import Organisation, Person
from networks.models.network_page import NetworkIndexPage, NetworkPage
from tests.factories import (
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
    agenda_item,
    build_site_tree,
)


def listblock(values):
    """Form data of a ListBlock, the counterpart of ``streamfield`` for lists."""
    data = {
        str(index): {"value": value, "deleted": "", "order": str(index)}
        for index, value in enumerate(values)
    }
    data["count"] = str(len(values))
    return data


def rich(html):
    return rich_text(html, features=RICH_TEXT_FEATURES)


def agenda_item_form(number, heading, *, section="", presenters=(), decisions=(), attachments=()):
    return (
        "item",
        {
            "section": section,
            "number": str(number),
            "heading": heading,
            "presenters": listblock(list(presenters)),
            "body": rich("<p>Diskussion i grupper.</p>"),
            "decisions": listblock(list(decisions)),
            "schedule": listblock([]),
            "attachments": listblock([document.pk for document in attachments]),
            "follow_up": "",
        },
    )


def minutes_form(title, *, chair, secretary, agenda, attendees, attendees_initial=0):
    return nested_form_data(
        {
            "title": title,
            "meeting_date": "2025-03-14",
            "start_time": "09:00",
            "end_time": "12:00",
            "place": "Göteborg",
            "chair": chair.pk,
            "secretary": secretary.pk,
            "opening": rich("<p>Ordföranden hälsade alla välkomna.</p>"),
            "agenda": streamfield(agenda),
            "closing": rich("<p>Nästa möte hålls i Borås.</p>"),
            "attendees": inline_formset(attendees, initial=attendees_initial),
            "page_owner": secretary.pk,
        }
    )


def attendee_row(*, person="", name="", organisation="", area="", present=True, row_id=""):
    row = {
        "id": row_id,
        "person": person,
        "name": name,
        "organisation": organisation,
        "area": area,
        "role": NetworkRole.MEMBER,
    }
    if present:
        row["present"] = "on"
    return row


def network_form(
    title,
    *,
    organisation,
    members=(),
    contacts=(),
    meetings=(),
    strategy=("2024", "2027"),
    initial=(0, 0, 0),
):
    return nested_form_data(
        {
            "title": title,
            "organisation": organisation.pk,
            "intro": "Ett nätverk för skolchefer i regionen.",
            "background": rich("<p>Nätverket bildades för att dela erfarenheter.</p>"),
            "strategy_start_year": strategy[0],
            "strategy_end_year": strategy[1],
            "priorities": streamfield(
                [("priority", {"title": "Fullföljda studier", "description": ""})]
            ),
            "assignments": streamfield([("assignment", "Planera regionala konferenser.")]),
            "roles": streamfield(
                [("role", {"title": "Värd", "responsibilities": "Bokar lokal och lunch."})]
            ),
            "meeting_rules": rich("<p>Ersättare får skickas.</p>"),
            "minutes_email": "natverk@example.org",
            "members": inline_formset(list(members), initial=initial[0]),
            "contacts": inline_formset(list(contacts), initial=initial[1]),
            "meetings": inline_formset(list(meetings), initial=initial[2]),
            "page_owner": "",
        }
    )


def conference_form(title, *, start, end, organiser, contact, image, topics, deadline=""):
    return nested_form_data(
        {
            "title": title,
            "start": start,
            "end": end,
            "place": "Varbergs kusthotell",
            "organiser": organiser.pk,
            "audience": "Skolchefer och förtroendevalda",
            "topics": topics,
            "intro": "Två dagar om trygghet i skolan.",
            "image": image.pk,
            "programme": streamfield(
                [
                    (
                        "item",
                        {
                            "day": "2025-10-02",
                            "start_time": "09:30",
                            "end_time": "10:15",
                            "title": "Trygghet och studiero",
                            "speakers": listblock(
                                [
                                    {
                                        "name": "Lena Exempel",
                                        "title": "Forskare",
                                        "organisation": "Göteborgs universitet",
                                    }
                                ]
                            ),
                            "description": "",
                        },
                    )
                ]
            ),
            "body": streamfield(
                [
                    (
                        "quote",
                        {"text": "Vi behöver tid att tänka tillsammans.", "name": "", "role": ""},
                    )
                ]
            ),
            "registration_url": "https://example.org/anmalan",
            "registration_deadline": deadline,
            "contacts": inline_formset([{"id": "", "person": contact.pk}]),
            "page_owner": contact.pk,
        }
    )


class AdminEditingTestCase(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.region = OrganisationFactory(name="Göteborgsregionen", kind=OrganisationKind.FEDERATION)
        cls.municipality = OrganisationFactory(name="Lerums kommun")
        cls.chair = PersonFactory(name="Maria Exempel", organisation=cls.municipality)
        cls.secretary = PersonFactory(name="Johan Exempel", organisation=cls.region)
        cls.document = DocumentFactory(title="Bilder om elevhälsa")
        cls.image = ImageFactory()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, organisation=cls.region)
        cls.superuser = cls.create_superuser("redaktor", password="password")
        # The admin in English, so the messages asserted are the msgids whatever the catalogues.
        profile = UserProfile.get_for_user(cls.superuser)
        profile.preferred_language = "en"
        profile.save()

    def setUp(self):
        self.client.force_login(self.superuser)

    def post_edit(self, page, data, *, publish=True):
        data.setdefault("slug", page.slug)
        if publish:
            data["action-publish"] = "action-publish"
        return self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

    def assertSaved(self, response):
        """A redirect means the form was accepted; otherwise show what the form refused."""
        if response.status_code == 200 and "form" in response.context:
            form = response.context["form"]
            formset_errors = {
                name: [f.errors for f in formset.forms if f.errors] + formset.non_form_errors()
                for name, formset in form.formsets.items()
            }
            self.fail(f"Form refused: {form.errors.as_data()} {formset_errors}")
        self.assertEqual(response.status_code, 302)

    def add_url(self, model, parent):
        return reverse(
            "wagtailadmin_pages:add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )


class CreatePagesTests(AdminEditingTestCase):
    def test_standard_page_can_be_created_under_home_page(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Tillgänglighetsredogörelse",
                    "intro": "Så arbetar vi med tillgänglighet.",
                    "body": streamfield(
                        [
                            ("heading", "Brister"),
                            ("paragraph", rich("<p>Några PDF-filer saknar taggar.</p>")),
                        ]
                    ),
                    "page_owner": self.secretary.pk,
                }
            ),
        )
        page = StandardPage.objects.get(title="Tillgänglighetsredogörelse")
        self.assertTrue(page.live)
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph"])
        self.assertEqual(page.page_owner, self.secretary)

    def test_index_pages_can_be_created_under_home_page(self):
        for model in (NetworkIndexPage, ConferenceIndexPage, ContactIndexPage):
            with self.subTest(model=model.__name__):
                title = f"Ny {model._meta.model_name}"
                self.assertCanCreate(
                    self.tree.home,
                    model,
                    nested_form_data(
                        {"title": title, "intro": rich("<p>Inledning.</p>"), "page_owner": ""}
                    ),
                )
                self.assertTrue(model.objects.get(title=title).live)

    def test_root_holds_only_one_home_page(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_network_page_with_members_contacts_and_meetings_can_be_created(self):
        member = PersonFactory(name="Eva Exempel", organisation=self.municipality)
        self.assertCanCreate(
            self.tree.network_index,
            NetworkPage,
            network_form(
                "Nätverk för gymnasiechefer",
                organisation=self.region,
                members=[
                    {"id": "", "person": self.chair.pk, "role": "chair", "area": "Grundskola"},
                    {"id": "", "person": member.pk, "role": "member", "area": "Gymnasieskola"},
                ],
                contacts=[{"id": "", "person": self.secretary.pk}],
                meetings=[
                    {
                        "id": "",
                        "date": "2025-10-02",
                        "end_date": "2025-10-03",
                        "kind": "conference",
                        "start_time": "",
                        "end_time": "",
                        "time_note": "lunch till lunch",
                        "place": "Varberg",
                    }
                ],
            ),
        )
        page = NetworkPage.objects.get(title="Nätverk för gymnasiechefer")
        self.assertEqual(page.organisation, self.region)
        self.assertEqual(
            [(m.person, m.role) for m in page.members.all()],
            [(self.chair, NetworkRole.CHAIR), (member, NetworkRole.MEMBER)],
        )
        self.assertEqual([c.person for c in page.contacts.all()], [self.secretary])
        meeting = page.meetings.get()
        self.assertEqual(meeting.end_date, datetime.date(2025, 10, 3))
        self.assertEqual(meeting.time_note, "lunch till lunch")
        self.assertEqual((page.strategy_start_year, page.strategy_end_year), (2024, 2027))
        self.assertEqual(page.priorities[0].value["title"], "Fullföljda studier")

    def test_sub_network_can_be_created_under_a_network(self):
        self.assertCanCreate(
            self.network,
            NetworkPage,
            network_form("Nätverk för elevhälsa", organisation=self.region),
        )
        page = NetworkPage.objects.get(title="Nätverk för elevhälsa")
        self.assertEqual(page.get_parent().specific, self.network)

    def test_minutes_with_agenda_decisions_presenters_and_attendance_can_be_created(self):
        self.assertCanCreate(
            self.network,
            MinutesPage,
            minutes_form(
                "Minnesanteckningar 14 mars",
                chair=self.chair,
                secretary=self.secretary,
                agenda=[
                    agenda_item_form(
                        1,
                        "Mötestider hösten",
                        section="Beslut",
                        decisions=["att fastställa mötestiderna", "att nästa värd är Lerum"],
                    ),
                    agenda_item_form(
                        2,
                        "Elevhälsans uppdrag",
                        section="Information",
                        presenters=["Maria Exempel, Lerum", "Johan Exempel, GR"],
                        attachments=[self.document],
                    ),
                ],
                attendees=[
                    attendee_row(person=self.chair.pk, organisation=self.municipality.pk),
                    attendee_row(name="Per Gäst", area="Vuxenutbildning", present=False),
                ],
            ),
        )
        page = MinutesPage.objects.get(title="Minnesanteckningar 14 mars")
        self.assertEqual(page.meeting_date, datetime.date(2025, 3, 14))
        self.assertEqual((page.chair, page.secretary), (self.chair, self.secretary))
        first, second = page.agenda
        self.assertEqual(first.value["section"], "Beslut")
        self.assertEqual(
            list(first.value["decisions"]),
            ["att fastställa mötestiderna", "att nästa värd är Lerum"],
        )
        self.assertEqual(
            list(second.value["presenters"]), ["Maria Exempel, Lerum", "Johan Exempel, GR"]
        )
        self.assertEqual(list(second.value["attachments"]), [self.document])
        self.assertEqual(len(page.decisions()), 2)
        self.assertEqual(
            [(a.display_name, a.present) for a in page.attendees.all()],
            [("Maria Exempel", True), ("Per Gäst", False)],
        )

    def test_conference_with_programme_and_topics_can_be_created(self):
        self.assertCanCreate(
            self.network,
            ConferencePage,
            conference_form(
                "Skolchefskonferens i Varberg",
                start="2025-10-02 09:30",
                end="2025-10-03 14:00",
                organiser=self.region,
                contact=self.secretary,
                image=self.image,
                topics="trygghet, studiero",
                deadline="2025-09-15",
            ),
        )
        page = ConferencePage.objects.get(title="Skolchefskonferens i Varberg")
        self.assertEqual(set(page.topics.names()), {"trygghet", "studiero"})
        item = page.programme[0].value
        self.assertEqual(item["title"], "Trygghet och studiero")
        self.assertEqual([s["name"] for s in item["speakers"]], ["Lena Exempel"])
        self.assertEqual(timezone.localtime(page.start).hour, 9)
        self.assertEqual([c.person for c in page.contacts.all()], [self.secretary])
        self.assertEqual(page.image, self.image)


class EditPagesTests(AdminEditingTestCase):
    def test_editing_minutes_publishes_the_new_agenda_and_attendance(self):
        page = MinutesPageFactory(
            parent=self.network, agenda=[agenda_item(1, "Gammal rubrik", decisions=["att vänta"])]
        )
        attendee = MinutesAttendeeFactory(page=page, person=self.chair)
        page.save_revision().publish()

        response = self.post_edit(
            page,
            minutes_form(
                page.title,
                chair=self.chair,
                secretary=self.secretary,
                agenda=[
                    agenda_item_form(1, "Ny rubrik", decisions=["att gå vidare"]),
                    agenda_item_form(2, "Övrigt", presenters=["Eva Exempel, Mölndal"]),
                ],
                attendees=[
                    attendee_row(person=self.chair.pk, present=False, row_id=attendee.pk),
                    attendee_row(name="Ny Deltagare", area="Förskola"),
                ],
                attendees_initial=1,
            ),
        )

        self.assertSaved(response)
        page.refresh_from_db()
        self.assertEqual([item.value["heading"] for item in page.agenda], ["Ny rubrik", "Övrigt"])
        self.assertEqual([clause for _, clause in page.decisions()], ["att gå vidare"])
        self.assertEqual(
            [(a.display_name, a.present) for a in page.attendees.all()],
            [("Maria Exempel", False), ("Ny Deltagare", True)],
        )
        published = page.get_latest_revision_as_object()
        self.assertEqual(published.agenda[0].value["heading"], "Ny rubrik")
        self.assertEqual(page.live_revision, page.latest_revision)

    def test_editing_network_updates_members_and_schedule(self):
        page = NetworkPageFactory(parent=self.tree.network_index, organisation=self.region)
        member = NetworkMemberFactory(page=page, person=self.chair, role=NetworkRole.MEMBER)
        contact = NetworkContactFactory(page=page, person=self.secretary)
        meeting = NetworkMeetingFactory(page=page, date=datetime.date(2025, 5, 20))
        page.save_revision().publish()

        response = self.post_edit(
            page,
            network_form(
                "Nytt namn på nätverket",
                organisation=self.region,
                members=[
                    {"id": member.pk, "person": self.chair.pk, "role": "chair", "area": ""},
                ],
                contacts=[{"id": contact.pk, "person": self.secretary.pk, "DELETE": "1"}],
                meetings=[
                    {
                        "id": meeting.pk,
                        "date": "2025-05-21",
                        "end_date": "",
                        "kind": "meeting",
                        "start_time": "09:00",
                        "end_time": "12:00",
                        "time_note": "",
                        "place": "Digitalt",
                        "is_digital": "on",
                    }
                ],
                initial=(1, 1, 1),
            ),
        )

        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertEqual(page.title, "Nytt namn på nätverket")
        self.assertEqual(page.members.get().role, NetworkRole.CHAIR)
        self.assertFalse(page.contacts.exists())
        meeting.refresh_from_db()
        self.assertEqual(meeting.date, datetime.date(2025, 5, 21))
        self.assertTrue(meeting.is_digital)
        self.assertEqual(page.get_latest_revision().content["title"], "Nytt namn på nätverket")

    def test_editing_conference_saved_as_draft_leaves_the_live_page(self):
        response = self.client.post(
            self.add_url(ConferencePage, self.network),
            conference_form(
                "Vårkonferens",
                start="2025-04-02 09:30",
                end="2025-04-02 16:00",
                organiser=self.region,
                contact=self.secretary,
                image=self.image,
                topics="digitalisering",
            )
            | {"slug": "varkonferens", "action-publish": "action-publish"},
        )
        self.assertEqual(response.status_code, 302)
        page = ConferencePage.objects.get(slug="varkonferens")

        data = conference_form(
            "Vårkonferens (ny tid)",
            start="2025-04-03 09:30",
            end="2025-04-03 16:00",
            organiser=self.region,
            contact=self.secretary,
            image=self.image,
            topics="digitalisering, ledarskap",
        )
        data["slug"] = "varkonferens"
        data["contacts-0-id"] = page.contacts.get().pk
        data["contacts-INITIAL_FORMS"] = "1"
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)

        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertEqual(page.title, "Vårkonferens")
        self.assertTrue(page.has_unpublished_changes)
        draft = page.get_latest_revision_as_object()
        self.assertEqual(draft.title, "Vårkonferens (ny tid)")
        self.assertEqual(set(draft.topics.names()), {"digitalisering", "ledarskap"})

    def test_editing_standard_page_publishes_new_body(self):
        self.assertCanCreate(
            self.tree.home,
            StandardPage,
            nested_form_data({"title": "Om oss", "intro": "Förr.", "body": streamfield([])}),
        )
        page = StandardPage.objects.get(title="Om oss")
        response = self.post_edit(
            page,
            nested_form_data(
                {
                    "title": "Om oss",
                    "slug": page.slug,
                    "intro": "Nu.",
                    "body": streamfield([("heading", "Vilka vi är")]),
                    "page_owner": "",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        page.refresh_from_db()
        self.assertEqual(page.intro, "Nu.")
        self.assertEqual(page.body[0].value, "Vilka vi är")


class RejectedPageInputTests(AdminEditingTestCase):
    def test_conference_ending_before_it_starts_is_refused(self):
        response = self.client.post(
            self.add_url(ConferencePage, self.network),
            conference_form(
                "Baklänges",
                start="2025-10-03 09:00",
                end="2025-10-02 16:00",
                organiser=self.region,
                contact=self.secretary,
                image=self.image,
                topics="",
            )
            | {"slug": "baklanges", "action-publish": "action-publish"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The conference cannot end before it starts.")
        self.assertFalse(Page.objects.filter(slug="baklanges").exists())

    def test_minutes_attendee_without_person_or_name_is_refused(self):
        count_before = MinutesPage.objects.count()
        response = self.client.post(
            self.add_url(MinutesPage, self.network),
            minutes_form(
                "Utan namn",
                chair=self.chair,
                secretary=self.secretary,
                agenda=[],
                attendees=[attendee_row(organisation=self.municipality.pk, area="Förskola")],
            )
            | {"slug": "utan-namn", "action-publish": "action-publish"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Choose a person or write a name.")
        self.assertEqual(MinutesPage.objects.count(), count_before)

    def test_network_strategy_period_ending_before_it_starts_is_refused_on_edit(self):
        page = NetworkPageFactory(parent=self.tree.network_index, organisation=self.region)
        page.save_revision().publish()
        revisions_before = page.revisions.count()

        response = self.post_edit(
            page,
            network_form("Ändrat namn", organisation=self.region, strategy=("2027", "2024"))
            | {"slug": page.slug},
        )

        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "The strategy period cannot end before it starts.")
        page.refresh_from_db()
        self.assertNotEqual(page.title, "Ändrat namn")
        self.assertEqual(page.revisions.count(), revisions_before)

    def test_minutes_cannot_be_added_directly_under_the_home_page(self):
        response = self.client.post(
            self.add_url(MinutesPage, self.tree.home),
            minutes_form(
                "Fel plats",
                chair=self.chair,
                secretary=self.secretary,
                agenda=[],
                attendees=[],
            )
            | {"slug": "fel-plats", "action-publish": "action-publish"},
        )
        # The admin answers a forbidden action by sending the user back to the dashboard.
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.assertFalse(Page.objects.filter(slug="fel-plats").exists())


class PageTreeRulesTests(WagtailPageTestCase):
    def test_each_page_type_has_only_its_intended_parents(self):
        expected = {
            HomePage: {Page},
            # A network's other pages (an imported Plone network folder's documents).
            StandardPage: {HomePage, StandardPage, NetworkPage},
            NetworkIndexPage: {HomePage},
            NetworkPage: {NetworkIndexPage, NetworkPage},
            MinutesPage: {NetworkPage},
            ConferenceIndexPage: {HomePage},
            ConferencePage: {NetworkPage},
            ContactIndexPage: {HomePage},
        }
        for model, parents in expected.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, parents)

    def test_each_page_type_has_only_its_intended_children(self):
        expected = {
            HomePage: {NetworkIndexPage, ConferenceIndexPage, ContactIndexPage, StandardPage},
            StandardPage: {StandardPage},
            NetworkIndexPage: {NetworkPage},
            NetworkPage: {NetworkPage, MinutesPage, ConferencePage, StandardPage},
            MinutesPage: set(),
            ConferenceIndexPage: set(),
            ConferencePage: set(),
            ContactIndexPage: set(),
        }
        for model, children in expected.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, children)


class RegisterSnippetTests(AdminEditingTestCase):
    def organisation_form(self, name, *, parent="", kind=OrganisationKind.MUNICIPALITY):
        return {
            "name": name,
            "short_name": "",
            "kind": kind,
            "parent": parent,
            "website": "https://example.org",
            "email": "",
        }

    def person_form(self, name, *, public=False):
        data = {
            "name": name,
            "job_title": "Förvaltningschef",
            "organisation": self.municipality.pk,
            "photo": self.image.pk,
            "email": "ny.person@example.org",
            "phone": "0302-555123",
        }
        if public:
            data["contact_details_public"] = "on"
        return data

    def test_organisation_unit_can_be_created(self):
        response = self.client.post(
            reverse("wagtailsnippets_networks_organisation:add"),
            self.organisation_form(
                "Utbildningsförvaltningen", parent=self.municipality.pk, kind=OrganisationKind.UNIT
            ),
        )
        self.assertEqual(response.status_code, 302)
        unit = Organisation.objects.get(name="Utbildningsförvaltningen")
        self.assertEqual(unit.parent, self.municipality)
        self.assertEqual(unit.top_level, self.municipality)

    def test_organisation_can_be_edited(self):
        organisation = OrganisationFactory(name="Alingsås")
        response = self.client.post(
            reverse("wagtailsnippets_networks_organisation:edit", args=[organisation.pk]),
            self.organisation_form("Alingsås kommun"),
        )
        self.assertEqual(response.status_code, 302)
        organisation.refresh_from_db()
        self.assertEqual(organisation.name, "Alingsås kommun")

    def test_organisation_cannot_be_its_own_parent(self):
        organisation = OrganisationFactory(name="Partille")
        response = self.client.post(
            reverse("wagtailsnippets_networks_organisation:edit", args=[organisation.pk]),
            self.organisation_form("Partille kommun", parent=organisation.pk),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An organisation cannot be its own parent.")
        organisation.refresh_from_db()
        self.assertEqual((organisation.name, organisation.parent), ("Partille", None))

    def test_organisation_cannot_be_a_unit_of_its_own_unit(self):
        unit = OrganisationFactory(name="Grundskoleavdelningen", parent=self.municipality)
        response = self.client.post(
            reverse("wagtailsnippets_networks_organisation:edit", args=[self.municipality.pk]),
            self.organisation_form("Lerums kommun", parent=unit.pk),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "An organisation cannot be its own parent.")
        self.municipality.refresh_from_db()
        self.assertIsNone(self.municipality.parent)

    def test_person_can_be_created_with_photo_and_consent(self):
        response = self.client.post(
            reverse("wagtailsnippets_networks_person:add"),
            self.person_form("Sara Exempel", public=True),
        )
        self.assertEqual(response.status_code, 302)
        person = Person.objects.get(name="Sara Exempel")
        self.assertEqual(person.photo, self.image)
        self.assertEqual(person.organisation, self.municipality)
        self.assertEqual(person.public_email, "ny.person@example.org")

    def test_person_can_be_edited_to_withdraw_consent(self):
        person = PersonFactory(name="Olle Exempel", contact_details_public=True)
        response = self.client.post(
            reverse("wagtailsnippets_networks_person:edit", args=[person.pk]),
            self.person_form("Olle Exempel", public=False),
        )
        self.assertEqual(response.status_code, 302)
        person.refresh_from_db()
        self.assertFalse(person.contact_details_public)
        self.assertEqual(person.public_email, "")
        self.assertEqual(person.public_phone, "")

    def test_person_with_invalid_email_is_refused(self):
        data = self.person_form("Felaktig Adress")
        data["email"] = "inte-en-adress"
        response = self.client.post(reverse("wagtailsnippets_networks_person:add"), data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Enter a valid email address.")
        self.assertFalse(Person.objects.filter(name="Felaktig Adress").exists())
