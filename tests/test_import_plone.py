"""Importing a Plone site exported with collective.exportimport, and importing it again."""

import datetime
import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone, translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision

from home.models.pages import StandardPage
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from tests.editorial import build_editorial_world
from tests.fixtures.importers.plone_export import UID, export_bytes, plone_export

Document = get_document_model()
Image = get_image_model()


class PloneImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.english = Locale.objects.create(language_code="en")

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.path = Path(directory.name) / "export.json"
        self.path.write_bytes(export_bytes())

    def call(self, **options):
        out = io.StringIO()
        with translation.override("en"), self.captureOnCommitCallbacks(execute=True):
            call_command(
                "import_plone",
                str(self.path),
                network=self.network.slug,
                stdout=out,
                stderr=io.StringIO(),
                **options,
            )
        return out.getvalue()

    def page(self, name):
        return ImportSource.objects.get(key=UID[name]).page.specific

    def test_import_creates_every_item_as_its_kind(self):
        output = self.call()
        self.assertIn("Created: 9, updated: 0, skipped: 0, failed: 0", output)
        folder = self.page("folder")
        self.assertIsInstance(folder, StandardPage)
        self.assertEqual(folder.get_parent().pk, self.world.network_a.get_parent().get_parent().pk)
        self.assertEqual(folder.intro, "Om kommunernas nätverk för skolfrågor.")
        about = self.page("about")
        self.assertEqual(about.get_parent().pk, folder.pk)
        self.assertEqual((about.title, about.slug), ("Om samverkan", "om-samverkan"))
        event = self.page("event")
        self.assertIsInstance(event, ConferencePage)
        self.assertEqual(event.get_parent().pk, self.network.pk)
        self.assertEqual(event.place, "Borås")
        self.assertEqual(event.start, datetime.datetime(2024, 10, 10, 7, tzinfo=datetime.UTC))
        self.assertEqual(event.end, datetime.datetime(2024, 10, 11, 13, tzinfo=datetime.UTC))
        minutes = self.page("minutes")
        self.assertIsInstance(minutes, MinutesPage)
        self.assertEqual(minutes.get_parent().pk, self.network.pk)
        self.assertEqual(minutes.meeting_date, datetime.date(2023, 10, 13))
        self.assertEqual(len(minutes.decisions()), 4)
        self.assertEqual(minutes.attendees.filter(present=False).count(), 3)

        document = Document.objects.get(title="Program för konferensen")
        self.assertTrue(document.file.name.endswith(".pdf"))
        self.assertTrue(document.file.read().startswith(b"%PDF-"))
        image = Image.objects.get(title="Gruppbild")
        self.assertEqual((image.width, image.height), (12, 8))

    def test_published_items_go_live_and_others_stay_drafts_with_their_dates_and_owner(self):
        self.call()
        about = self.page("about")
        self.assertTrue(about.live)
        self.assertEqual(about.owner, self.world.users["editor_a"])
        self.assertEqual(
            about.first_published_at, datetime.datetime(2019, 3, 5, 9, tzinfo=datetime.UTC)
        )
        self.assertEqual(
            about.last_published_at, datetime.datetime(2021, 6, 1, 8, tzinfo=datetime.UTC)
        )
        self.assertEqual(self.client.get(about.url).status_code, 200)
        internal = self.page("internal")
        self.assertFalse(internal.live)
        self.assertIsNone(internal.first_published_at)
        self.assertEqual(
            internal.latest_revision.created_at,
            datetime.datetime(2021, 6, 1, 8, tzinfo=datetime.UTC),
        )
        # The draft keeps its old address, where nobody outside the admin sees it.
        self.assertEqual(internal.url, "/natverken/internt/")
        response = self.client.get("/natverken/internt/")
        self.assertNotContains(response, "Utkast som inte ska synas", status_code=404)

    def test_rich_text_is_cleaned_and_links_point_at_the_new_pages(self):
        self.call()
        body = self.page("about").body[0].value.source
        self.assertIn("<h2>Så arbetar vi</h2>", body)
        self.assertIn("<b>Viktigt:</b> <i>nätverken</i>", body)
        self.assertIn(f'<a linktype="page" id="{self.page("contact").pk}">våra kontakter</a>', body)
        document = Document.objects.get(title="Program för konferensen")
        self.assertIn(f'<a linktype="document" id="{document.pk}">programmet</a>', body)
        self.assertIn('<a href="https://example.org/skola">skolportalen</a>', body)
        for hostile in ("script", "alert", "onerror", "onclick", "javascript:", "<img", "<div"):
            self.assertNotIn(hostile, body)
        page = self.client.get(self.page("about").url)
        self.assertContains(page, f'href="{self.page("contact").url}"')

    def test_translation_pair_becomes_a_translation_of_the_swedish_page(self):
        self.call()
        swedish, english = self.page("contact"), self.page("contact_en")
        self.assertEqual(english.translation_key, swedish.translation_key)
        self.assertEqual(english.locale, self.english)
        self.assertEqual(swedish.get_translation(self.english).pk, english.pk)
        self.assertEqual(english.title, "Contact")
        self.assertIn("Write to the network", english.body[0].value.source)
        self.assertIn("Skriv till nätverkets", swedish.body[0].value.source)
        self.assertTrue(english.live)

    def test_every_old_address_redirects_permanently_to_the_new_page(self):
        self.call()
        event = self.page("event")
        redirect = Redirect.objects.get(old_path="/natverken/hostkonferens")
        self.assertEqual((redirect.redirect_page.pk, redirect.is_permanent), (event.pk, True))
        response = self.client.get("/natverken/hostkonferens/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], event.url)
        self.assertEqual(self.client.get(event.url).status_code, 200)
        document = Document.objects.get(title="Program för konferensen")
        self.assertEqual(
            Redirect.objects.get(old_path="/natverken/program.pdf").redirect_link, document.url
        )
        # Pages still at their old address need none.
        self.assertFalse(Redirect.objects.filter(old_path="/natverken/om-samverkan").exists())
        self.assertEqual(self.client.get("/natverken/om-samverkan/").status_code, 200)
        self.assertEqual(
            Redirect.objects.get(old_path="/en/networks/contact").redirect_page.pk,
            self.page("contact_en").pk,
        )

    def test_importing_again_duplicates_nothing_and_updates_what_changed(self):
        self.call()
        counts = self.counts()
        self.assertIn("Created: 0, updated: 0, skipped: 9, failed: 0", self.call())
        self.assertEqual(self.counts(), counts)

        items = plone_export()
        items[1]["title"] = "Om samverkan i regionen"
        items[4]["review_state"] = "published"
        self.path.write_bytes(export_bytes(items))
        self.assertIn("Created: 0, updated: 2, skipped: 7, failed: 0", self.call())
        self.assertEqual(self.page("about").title, "Om samverkan i regionen")
        self.assertTrue(self.page("internal").live)
        new = self.counts()
        self.assertEqual(new["pages"], counts["pages"])
        self.assertEqual(new["redirects"], counts["redirects"])
        self.assertEqual(new["revisions"], counts["revisions"] + 2)

    def test_dry_run_prints_the_plan_and_changes_nothing(self):
        counts = self.counts()
        output = self.call(dry_run=True)
        self.assertIn(
            "Would create: Document http://plone.example.org/Plone/natverken/om-samverkan", output
        )
        self.assertIn("Created: 9, updated: 0, skipped: 0, failed: 0", output)
        self.assertEqual(self.counts(), counts)

    def counts(self):
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "documents": Document.objects.count(),
            "images": Image.objects.count(),
            "redirects": Redirect.objects.count(),
            "sources": ImportSource.objects.count(),
            "now": timezone.localdate(),
        }
