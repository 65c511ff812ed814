"""``manage.py load_demo``: the demo site it builds, what visitors see, and idempotence.

Also the demo's follow-ups, ``manage.py generate_archive``, which adds to the demo, and
the search's relevance over the demo (``tests/search_relevance/checks.py``).
"""

import hashlib
import re
from io import StringIO
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command, load_command_class
from django.db import connection
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail_localize.models import LocaleSynchronization, Translation

from demo.media import portrait_png
from demo.personal_data import GATE_SLUG
from home.models.pages import HomePage
from minutes.models.follow_up import FollowUp, FollowUpState
from minutes.models.minutes_page import MinutesAttendee, MinutesPage
from networks.models.conference_page import ConferencePage
from networks.models.directory import Organisation, Person
from networks.models.network_page import NetworkPage
from privacy.check import check_page
from tests.search_relevance.checks import SearchRelevanceChecks

DEMO_PATHS = {
    "/",
    "/natverk/",
    "/natverk/utbildningschefsnatverket/",
    "/natverk/utbildningschefsnatverket/minnesanteckningar-2023-11-17/",
    "/natverk/utbildningschefsnatverket/minnesanteckningar-2024-03-15/",
    "/natverk/utbildningschefsnatverket/minnesanteckningar-2025-05-16/",
    "/natverk/utbildningschefsnatverket/minnesanteckningar-2026-04-17/",
    "/natverk/utbildningschefsnatverket/minnesanteckningar-2026-09-25/",
    "/natverk/skolchefsnatverket-skaraborg/",
    "/natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/",
    "/natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/minnesanteckningar-2026-10-09/",
    "/natverk/strategiskt-natverk-for-utbildning/",
    "/natverk/strategiskt-natverk-for-utbildning/internat-2023/",
    "/natverk/skolchefskonferensen-i-vasterbotten/",
    "/natverk/skolchefskonferensen-i-vasterbotten/skolchefs-och-presidiekonferens-lycksele-2023/",
    "/natverk/skolchefskonferensen-i-vasterbotten/skolchefskonferens-2023-11-16/",
    "/natverk/skolchefskonferensen-i-vasterbotten/skolchefskonferens-2027-03-11/",
    "/natverk/skolchefer-i-sveriges-kommuner/",
    "/natverk/skolchefer-i-sveriges-kommuner/informationsmote-2021-10-14/",
    "/natverk/skolchefer-i-sveriges-kommuner/informationsmote-2027-02-04/",
    "/konferenser/",
    "/kontakter/",
    "/om-samverkan/",
    "/tillganglighetsredogorelse/",
    "/behandling-av-personuppgifter/",
}

GR_NETWORK = "/natverk/utbildningschefsnatverket/"
GR_MINUTES = GR_NETWORK + "minnesanteckningar-2026-09-25/"
UPPER_SECONDARY = "/natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/"
VASTERBOTTEN = "/natverk/skolchefskonferensen-i-vasterbotten/"
SKR = "/natverk/skolchefer-i-sveriges-kommuner/"


def load_demo(**options):
    """Run the command in English, so that these tests read its messages by their msgids."""
    output = StringIO()
    # wagtail-localize publishes translations when the transaction commits; a test's
    # transaction never does, so the callbacks run here as they would after a real run.
    with translation.override("en"), TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", stdout=output, **options)
    return output.getvalue()


def database_snapshot():
    """Every row of every table, so that no change by a second run can go unnoticed."""
    tables = set(connection.introspection.table_names())
    return {
        model._meta.label: list(model._base_manager.order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.db_table in tables
    }


def media_snapshot():
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in root.rglob("*")
        if path.is_file()
    }


def visible_text(response):
    """The page's text without markup, with whitespace runs collapsed."""
    html = response.content.decode()
    text = re.sub(r"<[^>]+>", " ", html)
    text = text.replace("&amp;", "&").replace("&nbsp;", " ").replace("&#x27;", "'")
    return " ".join(text.split())


class LoadDemoCommandChecks:
    """The command's output, its second run and its users, on the demo DemoTests builds."""

    def test_first_run_lists_what_it_created_and_a_summary(self):
        self.assertIn("created", self.first_output)
        self.assertIn(
            "Utbildningschefsnätverket (/natverk/utbildningschefsnatverket/)", self.first_output
        )
        self.assertRegex(self.first_output, r"Demo content: \d+ objects created")

    def test_help_describes_the_command_and_its_option(self):
        command = load_command_class("demo", "load_demo")
        with translation.override("en"):
            help_text = command.create_parser("manage.py", "load_demo").format_help()

        self.assertIn("Build the demo site", help_text)
        self.assertIn("--no-admin", help_text)

    def test_second_run_changes_nothing_in_the_database_or_media(self):
        database_before, media_before = database_snapshot(), media_snapshot()
        self.assertGreater(len(database_before["wagtailcore.Revision"]), 20)
        self.assertGreater(len(media_before), 40)

        output = load_demo()

        self.assertEqual(database_snapshot(), database_before)
        self.assertEqual(media_snapshot(), media_before)
        self.assertIn("Demo content: 0 objects created", output)
        self.assertNotIn("  created  ", output)

    def test_second_run_reports_what_is_already_present_when_asked(self):
        output = load_demo(verbosity=2)

        self.assertIn("present", output)
        self.assertIn("Kontakter (/kontakter/)", output)

    def test_no_role_users_are_created_when_debug_is_off(self):
        self.assertFalse(get_user_model().objects.exists())
        in_review = MinutesPage.objects.filter(live=False, locale__language_code="sv")
        for page in in_review:
            self.assertIsNone(page.current_workflow_state.requested_by)

    def test_no_admin_user_is_created_when_debug_is_off(self):
        self.assertFalse(get_user_model().objects.filter(username="admin").exists())
        self.assertIn("DEBUG is off", self.first_output)

    @override_settings(DEBUG=True)
    def test_admin_user_is_created_once_with_a_random_password_when_debug_is_on(self):
        output = load_demo()

        password = re.search(r"with password: (\S+)", output).group(1)
        admin = get_user_model().objects.get(username="admin")
        self.assertTrue(admin.is_superuser)
        self.assertTrue(admin.check_password(password))
        self.assertGreaterEqual(len(password), 20)

        again = load_demo()

        self.assertNotIn(password, again)
        self.assertIn("manage.py changepassword admin", again)
        admin.refresh_from_db()
        self.assertTrue(admin.check_password(password))

    @override_settings(DEBUG=True)
    def test_no_admin_option_skips_the_admin_user(self):
        load_demo(no_admin=True)

        self.assertFalse(get_user_model().objects.filter(username="admin").exists())


class DemoSiteChecks:
    """What the demo holds, and that each page type renders it with its key facts."""

    def test_home_page_replaces_the_welcome_page_as_the_default_site_root(self):
        site = Site.objects.get(is_default_site=True)
        # The address the admin is served at, so that links the API gives reach the server.
        self.assertEqual((site.hostname, site.port), ("127.0.0.1", 8000))
        self.assertEqual(
            self.client.get("/api/v2/pages/?type=networks.NetworkIndexPage&locale=sv").json()[
                "items"
            ][0]["meta"]["html_url"],
            "http://127.0.0.1:8000/natverk/",
        )
        self.assertIsInstance(site.root_page.specific, HomePage)
        self.assertEqual(site.root_page.title, "Samverkan")
        self.assertEqual(site.root_page.depth, 2)
        self.assertEqual(Page.objects.filter(depth=2, locale=site.root_page.locale).count(), 1)

    def test_swedish_is_the_default_locale_and_english_mirrors_it(self):
        self.assertEqual(Locale.get_default().language_code, "sv")
        english = Locale.objects.get(language_code="en")
        self.assertTrue(LocaleSynchronization.objects.filter(locale=english).exists())
        swedish_keys = set(
            Page.objects.filter(depth__gte=2, locale__language_code="sv").values_list(
                "translation_key", flat=True
            )
        )
        english_keys = set(
            Page.objects.filter(locale=english).values_list("translation_key", flat=True)
        )
        self.assertEqual(english_keys, swedish_keys)

    def test_english_translations_are_made_with_wagtail_localize_and_published(self):
        english = Locale.objects.get(language_code="en")
        translated = {
            page.url: page.title
            for page in Page.objects.filter(locale=english, alias_of__isnull=True, live=True)
        }
        self.assertEqual(
            translated,
            {
                "/en/": "Samverkan",
                "/en/networks/": "Networks",
                "/en/conferences/": "Conferences",
                "/en/contacts/": "Contacts",
                "/en/networks/skolchefsnatverket-skaraborg/upper-secondary-network/": (
                    "Upper secondary school network"
                ),
                "/en/networks/skolchefsnatverket-skaraborg/upper-secondary-network/"
                "minutes-2026-10-09/": "Minutes 9 October 2026",
                "/en/networks/skolchefskonferensen-i-vasterbotten/"
                "school-directors-conference-2027-03-11/": (
                    "School directors' conference 11 March 2027"
                ),
                "/en/about-samverkan/": "About Samverkan",
                "/en/accessibility-statement/": "Accessibility statement",
                "/en/personal-data/": "How we handle personal data",
            },
        )
        for page in Page.objects.filter(locale=english, alias_of__isnull=True):
            with self.subTest(page=page.url):
                self.assertTrue(
                    Translation.objects.filter(
                        source__object_id=page.translation_key, target_locale=english
                    ).exists()
                )
        minutes = self.client.get(
            "/en/networks/skolchefsnatverket-skaraborg/upper-secondary-network/minutes-2026-10-09/"
        )
        self.assertContains(minutes, '<html lang="en">')
        self.assertContains(minutes, "that each municipality reports, by the next meeting")

    def test_every_page_is_published_with_a_revision_and_a_page_owner(self):
        pages = Page.objects.filter(depth__gte=2, live=True, locale__language_code="sv").specific()
        self.assertEqual({page.url for page in pages}, DEMO_PATHS)
        for page in pages:
            with self.subTest(page=page.url):
                self.assertTrue(page.live)
                self.assertIsNotNone(page.live_revision_id)
                self.assertIsNotNone(page.last_published_at)
                self.assertIsNotNone(page.page_owner)
                self.assertFalse(page.has_unpublished_changes)

    def test_top_sections_are_in_the_menu(self):
        in_menu = set(
            Page.objects.filter(
                depth=3, show_in_menus=True, locale__language_code="sv"
            ).values_list("title", flat=True)
        )
        self.assertEqual(in_menu, {"Nätverk", "Konferenser", "Kontakter", "Om Samverkan"})

    def test_organisations_form_a_tree_of_units(self):
        unit = Organisation.objects.get(name="Utbildning", parent__short_name="GR")
        self.assertEqual(unit.parent.kind, "federation")
        self.assertEqual(
            Organisation.objects.get(name="Lärarhögskolan").parent.name, "Umeå universitet"
        )
        for website in Organisation.objects.exclude(website="").values_list("website", flat=True):
            self.assertRegex(website, r"^https://[a-z-]+\.example\.org$")

    def test_people_have_example_addresses_and_generated_portraits(self):
        people = Person.objects.select_related("photo__collection")
        self.assertGreater(people.count(), 30)
        for person in people:
            with self.subTest(person=person.name):
                self.assertTrue(person.email.endswith(".example.org"))
                self.assertEqual(person.photo.collection.name, "Demo")
        self.assertTrue(people.filter(contact_details_public=True).exists())
        self.assertGreater(
            people.filter(contact_details_public=False).count(),
            people.filter(contact_details_public=True).count(),
        )

    def test_portraits_are_drawn_the_same_way_every_time(self):
        image = get_image_model().objects.get(title="Porträtt: Karin Westerlund")

        self.assertEqual(
            image.file_hash,
            hashlib.sha1(portrait_png("Karin Westerlund"), usedforsecurity=False).hexdigest(),
        )
        self.assertEqual((image.width, image.height), (320, 320))

    def test_slides_are_pdfs_whose_text_can_be_searched(self):
        document = get_document_model().objects.get(
            title="Bilder: Aktuellt från yrkesvuxsamverkan (2026-09-25)"
        )
        with document.open_file() as handle:
            data = handle.read()

        self.assertTrue(data.startswith(b"%PDF-"))
        self.assertIn("Aktuellt från yrkesvuxsamverkan".encode("cp1252"), data)
        self.assertEqual(document.file_hash, hashlib.sha1(data, usedforsecurity=False).hexdigest())

    def test_minutes_archive_uses_the_inflected_words_search_must_match(self):
        words = set()
        for minutes in MinutesPage.objects.all():
            for item in minutes.agenda:
                words.update(re.findall(r"\w+", item.value["body"].source.lower()))
        for word in (
            "skolchef",
            "skolchefer",
            "skolchefernas",
            "gymnasieskolan",
            "vuxenutbildning",
            "kompetensförsörjning",
        ):
            self.assertIn(word, words)

    def test_full_minutes_are_structured_data(self):
        minutes = MinutesPage.objects.get(
            url_path__endswith="/minnesanteckningar-2026-09-25/", locale__language_code="sv"
        )
        items = [item.value for item in minutes.agenda]

        self.assertEqual([item["number"] for item in items if item["number"]], list(range(1, 8)))
        self.assertEqual(len(items[0]["schedule"]), 11)
        self.assertEqual(len(items[1]["decisions"]), 3)
        self.assertTrue(all(clause.startswith("att ") for _item, clause in minutes.decisions()))
        self.assertEqual(minutes.attendees.filter(present=True).count(), 18)
        self.assertEqual(minutes.attendees.filter(present=False).count(), 5)
        self.assertEqual(
            set(minutes.attendees.exclude(role="").values_list("role", flat=True)),
            {"chair", "vice_chair", "secretary", "coordinator"},
        )

    def get_text(self, path):
        response = self.client.get(path)
        self.assertEqual(response.status_code, 200, path)
        return visible_text(response)

    def test_every_demo_page_renders(self):
        for path in sorted(DEMO_PATHS):
            with self.subTest(path=path):
                self.assertEqual(self.client.get(path).status_code, 200)

    def test_home_page_links_the_sections(self):
        response = self.client.get("/")
        for path in ("/natverk/", "/konferenser/", "/kontakter/", "/om-samverkan/"):
            self.assertContains(response, f'href="{path}"')

    def test_minutes_page_shows_sections_decisions_attachments_and_attendance(self):
        response = self.client.get(GR_MINUTES)
        text = visible_text(response)

        for section in (
            "Beslut",
            "Rapport/information/diskussion",
            "Strategisk kompetensförsörjning",
            "Framgångsrikt utbildningssystem",
            "Ventilen",
        ):
            self.assertIn(section, text)
        self.assertIn("Förslag till urvalsprinciper för regionalt yrkesvux", text)
        self.assertIn(
            "att utfallet av de nya urvalsprinciperna följs upp löpande och "
            "återrapporteras till nätverket",
            text,
        )
        self.assertIn("lunch till lunch", text)
        self.assertIn("Lovisa Hammar, GR", text)
        self.assertIn("Frågan återkommer till nätverket vid internatet i februari 2027.", text)
        self.assertIn("Ahmed Karimi", text)  # present
        self.assertIn("Helén Vikström", text)  # absent
        document = get_document_model().objects.get(
            title="Bilder: Aktuellt från yrkesvuxsamverkan (2026-09-25)"
        )
        self.assertContains(response, document.url)
        self.assertNotIn("ulrika.sandberg@kungsbacka.example.org", text)

    def test_network_page_lists_minutes_by_year_and_upcoming_meetings(self):
        text = self.get_text(GR_NETWORK)

        for title in (
            "Minnesanteckningar 25 september 2026",
            "Minnesanteckningar 16 maj 2025",
            "Minnesanteckningar 15 mars 2024",
            "Minnesanteckningar 17 november 2023",
        ):
            self.assertIn(title, text)
        minutes_part = text[text.index("Minnesanteckningar 25 september 2026") - 10 :]
        for year in ("2026", "2025", "2024", "2023"):
            self.assertRegex(minutes_part, rf"\b{year}\b Minnesanteckningar")
        self.assertIn("10 december 2027", text)  # an upcoming meeting
        self.assertIn("Marstrand", text)  # the lunch-to-lunch retreat
        self.assertIn("utbildningschefsnatverket@gr.example.org", text)
        self.assertIn("karin.westerlund@gr.example.org", text)  # a public contact
        self.assertIn("Ulrika Sandberg", text)  # a member, whose address stays hidden
        self.assertNotIn("ulrika.sandberg@kungsbacka.example.org", text)

    def test_decision_register_lists_every_decision_of_the_published_minutes(self):
        network = NetworkPage.objects.get(
            url_path__endswith="/utbildningschefsnatverket/", locale__language_code="sv"
        )
        minutes = MinutesPage.objects.child_of(network).live().order_by("-meeting_date")
        expected = [clause for page in minutes for _item, clause in page.decisions()]
        self.assertGreater(len(expected), 3)

        html = self.client.get(GR_NETWORK + "beslut/").content.decode()
        clauses = re.findall(r'<p class="decision__clause">(.*?)</p>', html, re.S)
        self.assertEqual([escape(clause) for clause in expected], [c.strip() for c in clauses])
        in_review = "att fastställa mötestiderna för våren 2027 enligt förslaget"
        self.assertNotIn(in_review, html)

    def test_attendance_overview_counts_the_years_meetings_and_presence(self):
        network = NetworkPage.objects.get(
            url_path__endswith="/utbildningschefsnatverket/", locale__language_code="sv"
        )
        minutes = MinutesPage.objects.child_of(network).live().filter(meeting_date__year=2026)
        present = MinutesAttendee.objects.filter(page__in=minutes, present=True)
        chair = present.filter(role="chair").first()
        chair_count = present.filter(person=chair.person).count()

        html = self.client.get(GR_NETWORK + "narvaro/?ar=2026").content.decode()
        count = re.search(r'<p class="register-count">\s*(\d+)', html)[1]
        self.assertEqual(int(count), minutes.count())
        row = (
            f'<th scope="row">{escape(chair.person.name)}</th>'
            f'<td data-label="Möten med närvaro">{chair_count}</td>'
        )
        self.assertIn(row, html)

    def test_members_of_a_unit_are_shown_with_the_units_organisation(self):
        text = visible_text(self.client.get(GR_NETWORK))
        self.assertIn("GR – Utbildning", text)

    def test_sub_network_page_shows_its_mission(self):
        text = self.get_text(UPPER_SECONDARY)

        self.assertIn("Fullföljd utbildning", text)
        self.assertIn("Kompetensförsörjning för en arbetsmarknadsregion i balans", text)
        self.assertIn("2023", text)
        self.assertIn("2026", text)
        self.assertIn("IMV och IMY", text)
        self.assertIn("IM-nätverket, Vux-nätverket", text)
        self.assertIn("Värd för kommande möte", text)
        self.assertIn("Skol- och utbildningschef", text)
        self.assertIn("minst fyra gånger om året", text)
        self.assertIn("utbildning@skaraborg.example.org", text)
        self.assertIn("Minnesanteckningar 9 oktober 2026", text)

    def test_parent_network_lists_its_sub_network(self):
        self.assertIn(
            "Nätverket gymnasieskola", self.get_text("/natverk/skolchefsnatverket-skaraborg/")
        )

    def test_residential_conference_shows_programme_quotes_and_owner(self):
        text = self.get_text("/natverk/strategiskt-natverk-for-utbildning/internat-2023/")

        self.assertIn("Förskolan och barns uppväxtvillkor", text)
        self.assertIn("Rebecka Sahlin", text)
        self.assertIn("Malmö universitet", text)
        self.assertIn("Ingen kommun kan dimensionera gymnasieskolan ensam.", text)
        self.assertIn("Sanna Ek", text)
        self.assertIn("VFU", text)
        self.assertIn("Johanna Mellberg", text)

    def test_conference_page_references_public_documents(self):
        text = self.get_text(VASTERBOTTEN + "skolchefs-och-presidiekonferens-lycksele-2023/")

        self.assertIn("Prop. 2021/22:159", text)
        self.assertIn("SOU 2020:33", text)
        self.assertIn("Lycksele", text)

    def test_upcoming_conferences_show_their_open_registration_link(self):
        for path, link in (
            (
                VASTERBOTTEN + "skolchefskonferens-2027-03-11/",
                "https://example.org/anmalan/skolchefskonferens-vasterbotten-2027",
            ),
            (
                SKR + "informationsmote-2027-02-04/",
                "https://example.org/anmalan/informationsmote-skolchefer-2027-02",
            ),
        ):
            with self.subTest(path=path):
                page = ConferencePage.objects.get(
                    url_path__endswith=path.split("/")[-2] + "/", locale__language_code="sv"
                )
                self.assertTrue(page.registration_open)
                self.assertContains(self.client.get(path), f'href="{link}"')

    def test_digital_information_meeting_shows_speaker_and_audience(self):
        text = self.get_text(SKR + "informationsmote-2021-10-14/")

        self.assertIn("Jakob Helander", text)
        self.assertIn("Statssekreterare", text)
        self.assertIn("Förvaltningschefer och skolchefer i landets kommuner", text)

    def test_conference_index_lists_upcoming_and_past_conferences(self):
        text = self.get_text("/konferenser/")

        self.assertIn("Skolchefskonferens 11 mars 2027", text)
        self.assertIn("Informationsmöte för skolchefer 4 februari 2027", text)
        self.assertIn("Utbildningscheferna på årligt internat", text)
        self.assertIn("Informationsmöte för skolchefer 14 oktober 2021", text)

    def test_network_index_lists_every_top_level_network(self):
        text = self.get_text("/natverk/")

        for network in NetworkPage.objects.filter(depth=4):
            self.assertIn(network.title, text)

    def test_contacts_page_shows_public_contacts_only(self):
        text = self.get_text("/kontakter/")

        self.assertIn("Jenny Nordmark", text)
        self.assertIn("jenny.nordmark@regionvasterbotten.example.org", text)
        self.assertIn("070-174 06 40", text)
        self.assertIn("Region Västerbotten", text)
        self.assertNotIn("Olle Granström", text)
        self.assertNotIn("olle.granstrom@umea.example.org", text)

    def test_accessibility_statement_follows_the_supervisory_authoritys_structure(self):
        text = self.get_text("/tillganglighetsredogorelse/")

        for heading in (
            "Vilka omfattas av redogörelsen?",
            "Hur tillgänglig är webbplatsen?",
            "Rapportera brister i webbplatsens tillgänglighet",
            "Tillsyn",
            "Innehåll som inte är tillgängligt",
            "Hur vi testat webbplatsen",
            "Redogörelsens datum",
        ):
            self.assertIn(heading, text)
        self.assertIn("DIGG", text)

    def test_privacy_page_renders(self):
        self.assertIn(
            "Vem är personuppgiftsansvarig?", self.get_text("/behandling-av-personuppgifter/")
        )


class DemoFollowUpChecks:
    """The demo's follow-ups: every state, across the meetings of one network."""

    def test_every_state_across_at_least_three_meetings(self):
        follow_ups = FollowUp.objects.all()
        self.assertEqual(set(follow_ups.values_list("state", flat=True)), set(FollowUpState.values))
        self.assertGreaterEqual(follow_ups.values("minutes").distinct().count(), 3)
        self.assertEqual(follow_ups.values("network").distinct().count(), 1)

    def test_a_decision_of_2024_is_shown_reported_back_in_2025(self):
        reported = FollowUp.objects.get(state=FollowUpState.REPORTED)
        self.assertEqual(reported.minutes.meeting_date.year, 2024)
        self.assertEqual(reported.reported_in.meeting_date.year, 2025)
        response = self.client.get(GR_NETWORK + "beslut/", {"status": "reported"})
        self.assertContains(response, "att GR tar fram ett gemensamt underlag")
        self.assertContains(response, "Återrapporterad vid mötet den 16 maj 2025")
        self.assertContains(response, f'{reported.reported_in.url}#punkt-3"')

    def test_loading_again_adds_no_follow_up(self):
        before = list(FollowUp.objects.order_by("pk").values())
        load_demo(no_admin=True)
        self.assertEqual(list(FollowUp.objects.order_by("pk").values()), before)


class GenerateArchiveChecks:
    """The invented archive the serving benchmark measures: pages placed as Wagtail places them."""

    def test_fewer_minutes_than_networks_leaves_some_networks_without_minutes(self):
        before = MinutesPage.objects.count()
        call_command("generate_archive", minutes=3, networks=5, no_index=True, stdout=StringIO())
        generated = MinutesPage.objects.count() - before
        self.assertEqual(generated, 3)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        self.assertTrue(all(page.live for page in MinutesPage.objects.order_by("-pk")[:3]))

    def test_the_minutes_made_are_indexed_for_search_and_references(self):
        call_command("generate_archive", minutes=2, networks=1, stdout=StringIO())
        made = list(MinutesPage.objects.order_by("-pk")[:2])
        found = {page.pk for page in MinutesPage.objects.search("minnesanteckningar")}
        self.assertLessEqual({page.pk for page in made}, found)
        chair = made[0].chair
        referenced = ReferenceIndex.get_references_for_object(made[0]).values_list(
            "to_object_id", flat=True
        )
        self.assertIn(str(chair.pk), set(referenced))


class DemoTests(
    LoadDemoCommandChecks,
    DemoSiteChecks,
    DemoFollowUpChecks,
    GenerateArchiveChecks,
    SearchRelevanceChecks,
    TestCase,
):
    """Everything that reads the demo as a first run with DEBUG off builds.

    One class, so that the demo, which takes ten to fifteen seconds to build, is built
    once for all of these tests; each test's changes are rolled back after it.
    """

    @classmethod
    def setUpTestData(cls):
        cls.first_output = load_demo()
        cls.score_the_judged_queries()


class EditorialDemoTests(TestCase):
    """The demo's roles, users and the minutes left in review for trying the workflow."""

    @classmethod
    def setUpTestData(cls):
        with override_settings(DEBUG=True):
            cls.output = load_demo()

    def test_role_users_are_created_in_their_groups_and_printed_with_a_password(self):
        groups = {
            user.username: sorted(user.groups.values_list("name", flat=True))
            for user in get_user_model().objects.filter(is_superuser=False)
        }
        self.assertEqual(groups["redaktor"], ["GR – redaktörer"])
        self.assertEqual(groups["granskare"], ["GR – granskare"])
        self.assertEqual(len(groups["redaktor-skaraborg"]), 1)
        self.assertTrue(groups["redaktor-skaraborg"][0].endswith("– redaktörer"))
        self.assertNotEqual(groups["redaktor-skaraborg"], groups["redaktor"])
        self.assertEqual(groups["oversattare"], ["Översättare"])
        for username in groups:
            password = re.search(rf"  {username} \(.*\), password: (\S+)", self.output)[1]
            self.assertTrue(
                get_user_model().objects.get(username=username).check_password(password)
            )

    def test_skaraborgs_editor_changes_skaraborgs_people_only(self):
        self.client.force_login(get_user_model().objects.get(username="redaktor-skaraborg"))
        people = Person.objects.filter(locale__language_code="sv")
        skovde = people.get(name="Göran Ljung")
        goteborgsregionen = people.get(name="Karin Westerlund")
        edit = "wagtailsnippets_networks_person:edit"
        response = self.client.get(reverse(edit, args=[skovde.pk]))
        self.assertEqual(response.status_code, 200)
        response = self.client.get(reverse(edit, args=[goteborgsregionen.pk]))
        self.assertRedirects(response, reverse("wagtailadmin_home"))

    def test_one_minutes_page_waits_for_adjustment(self):
        in_review = MinutesPage.objects.filter(live=False, locale__language_code="sv")
        # The other minutes in review show the personal-data gate (the test below).
        in_review = in_review.exclude(slug=GATE_SLUG).get()
        self.assertEqual(in_review.url, GR_NETWORK + "minnesanteckningar-2026-11-13/")
        self.assertEqual(in_review.current_workflow_task.name, "GR – justering")
        self.assertEqual(in_review.current_workflow_state.requested_by.username, "redaktor")
        self.assertEqual(self.client.get(in_review.url).status_code, 404)

    def test_minutes_with_an_identity_number_wait_at_the_personal_data_gate(self):
        page = MinutesPage.objects.get(slug=GATE_SLUG, locale__language_code="sv")
        self.assertFalse(page.live)
        findings = check_page(page.get_latest_revision_as_object())
        self.assertEqual([f.masked for f in findings if f.blocking], ["19121212-****"])
        approver = get_user_model().objects.get(username="granskare")
        actions = page.current_workflow_task.get_actions(page, approver)
        self.assertEqual({name for name, _label, _modal in actions}, {"reject"})

    def test_approver_sees_the_minutes_on_the_dashboard(self):
        self.client.force_login(get_user_model().objects.get(username="granskare"))
        response = self.client.get(reverse("wagtailadmin_home"))
        self.assertContains(response, "Minnesanteckningar 13 november 2026")
