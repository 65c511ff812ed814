"""Importing the demo's Plone site (demo/plone_example) with its structure.

The export has a folder of three network folders with their minutes and events, a
conference folder, minutes outside any network, news, English translations in the
translation groups file and old addresses in the redirection storage file.
"""

import io
import json
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import TestCase, override_settings
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Revision, WorkflowState

from home.models.pages import StandardPage
from importers.plone.plan import Becomes
from importers.plone.validation import Surroundings, validate_export
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferenceIndexPage, ConferencePage
from networks.models.network_page import NetworkIndexPage, NetworkPage
from tests.editorial import build_editorial_world

Document = get_document_model()
EXAMPLE = Path(settings.BASE_DIR) / "demo" / "plone_example"
CONTENT = json.loads((EXAMPLE / "content.json").read_text(encoding="utf-8"))
SITE = "http://gamla.skolsamverkan.example/Plone"
UID = {item["@id"].removeprefix(SITE + "/"): item["UID"] for item in CONTENT}


def media_files(root):
    return sorted(str(path.relative_to(root)) for path in Path(root).rglob("*") if path.is_file())


class PloneStructureTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.index = NetworkIndexPage.objects.get()
        cls.organisation = cls.network.organisation

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.folder = Path(directory.name) / "export"
        shutil.copytree(EXAMPLE, self.folder)
        media = tempfile.TemporaryDirectory()
        self.addCleanup(media.cleanup)
        self.media = media.name
        self.enterContext(override_settings(MEDIA_ROOT=self.media))

    def call(self, export=None, **options):
        options.setdefault("network", self.network.slug)
        options.setdefault("organisation", self.organisation.name)
        out = io.StringIO()
        with translation.override("en"), self.captureOnCommitCallbacks(execute=True):
            call_command(
                "import_plone",
                str(export or self.folder),
                stdout=out,
                stderr=io.StringIO(),
                **{key: value for key, value in options.items() if value is not None},
            )
        return out.getvalue()

    def page(self, path):
        return ImportSource.objects.get(key=UID[path]).page.specific

    def test_every_page_lands_at_its_type_and_place(self):
        self.call()
        # The network folders' folder merges into the site's network index.
        self.assertEqual(self.page("sv/natverk").pk, self.index.pk)
        math = self.page("sv/natverk/matematiknatverket")
        self.assertIsInstance(math, NetworkPage)
        self.assertEqual(math.get_parent().pk, self.index.pk)
        self.assertEqual(math.organisation, self.organisation)
        self.assertEqual(
            math.intro,
            "Lärare och förstelärare i matematik som utvecklar undervisningen tillsammans.",
        )
        self.assertIn("fyra gånger per läsår", math.background)
        guidance = self.page("sv/natverk/studie-och-yrkesvagledning")
        health = self.page("sv/natverk/elevhalsa")
        self.assertEqual(
            set(NetworkPage.objects.child_of(self.index).values_list("pk", flat=True))
            - {self.world.network_a.pk, self.world.network_b.pk},
            {math.pk, guidance.pk, health.pk},
        )
        placed = {
            "sv/natverk/matematiknatverket/minnesanteckningar-2024-02-08": (MinutesPage, math),
            "sv/natverk/matematiknatverket/minnesanteckningar-2024-04-18": (MinutesPage, math),
            "sv/natverk/matematiknatverket/matematikdagen-2024": (ConferencePage, math),
            "sv/natverk/matematiknatverket/var-arbetsplan": (StandardPage, math),
            "sv/natverk/studie-och-yrkesvagledning/minnesanteckningar-2024-03-14": (
                MinutesPage,
                guidance,
            ),
            # Minutes in a folder inside a network are still the network's.
            "sv/natverk/studie-och-yrkesvagledning/protokoll/minnesanteckningar-2023-11-23": (
                MinutesPage,
                guidance,
            ),
            "sv/natverk/studie-och-yrkesvagledning/vagledningsdagen-2024": (
                ConferencePage,
                guidance,
            ),
            "sv/natverk/elevhalsa/minnesanteckningar-2024-05-16": (MinutesPage, health),
            "sv/natverk/elevhalsa/elevhalsodagen-2025": (ConferencePage, health),
            # Outside any network folder: under the network named by --network.
            "sv/konferenser/skolledarkonferensen-2024": (ConferencePage, self.network),
            "sv/minnesanteckningar-2022-12-01": (MinutesPage, self.network),
        }
        for path, (page_class, parent) in placed.items():
            with self.subTest(path):
                page = self.page(path)
                self.assertIsInstance(page, page_class)
                self.assertEqual(page.get_parent().pk, parent.pk)
        minutes = self.page("sv/natverk/matematiknatverket/minnesanteckningar-2024-02-08")
        self.assertEqual(str(minutes.meeting_date), "2024-02-08")
        self.assertGreaterEqual(minutes.attendees.filter(present=True).count(), 3)
        # The conference folder merges into the conference index; news stay standard pages.
        self.assertEqual(self.page("sv/konferenser").pk, ConferenceIndexPage.objects.get().pk)
        news = self.page("sv/nyheter/nytt-natverk-for-elevhalsa")
        self.assertIsInstance(news, StandardPage)
        self.assertEqual(news.get_parent().specific, self.page("sv/nyheter"))

    def test_states_dates_owners_and_links(self):
        output = self.call()
        published = self.page("sv/natverk/matematiknatverket/minnesanteckningar-2024-02-08")
        draft = self.page("sv/natverk/matematiknatverket/minnesanteckningar-2024-04-18")
        self.assertTrue(published.live)
        self.assertEqual(str(published.first_published_at.date()), "2024-02-09")
        self.assertFalse(draft.live)
        # A draft is not submitted to review unless --submit asks for it.
        self.assertFalse(draft.workflow_in_progress)
        # Nobody named lena.nyberg has an account here: the log says so.
        self.assertIn("no user lena.nyberg here", output)
        news = self.page("sv/nyheter/nytt-natverk-for-elevhalsa").body[0].value.source
        health = self.page("sv/natverk/elevhalsa")
        self.assertIn(f'<a linktype="page" id="{health.pk}">', news)
        self.assertIn(f'<a linktype="page" id="{published.pk}">', news)
        plan = self.page("sv/natverk/matematiknatverket/var-arbetsplan").body[0].value.source
        self.assertIn(f'<a linktype="page" id="{health.pk}">', plan)

    def test_submit_puts_what_plone_had_not_published_into_review(self):
        self.call(submit=True)
        draft = self.page("sv/natverk/matematiknatverket/minnesanteckningar-2024-04-18")
        self.assertTrue(draft.workflow_in_progress)
        self.assertFalse(self.page("sv/om-samverkan").workflow_in_progress)

    def test_english_pages_are_translations_of_their_swedish_originals(self):
        self.call()
        english = Locale.objects.get(language_code="en")
        pairs = [
            ("sv/natverk/matematiknatverket", "en/networks/mathematics-network"),
            ("sv/om-samverkan", "en/about"),
        ]
        for swedish_path, english_path in pairs:
            with self.subTest(english_path):
                swedish, translated = self.page(swedish_path), self.page(english_path)
                self.assertEqual(translated.translation_key, swedish.translation_key)
                self.assertEqual(translated.locale, english)
                self.assertEqual(swedish.get_translation(english).pk, translated.pk)
        self.assertEqual(
            self.page("en/networks/mathematics-network").title, "The Mathematics Network"
        )
        self.assertIsInstance(self.page("en/networks/mathematics-network"), NetworkPage)

    def test_every_old_address_redirects_permanently_to_its_new_page(self):
        self.call()
        old_paths = {
            f"/{item['@id'].removeprefix(SITE + '/')}": self.page(
                item["@id"].removeprefix(SITE + "/")
            )
            for item in CONTENT
            if item["@type"] != "LRF"
        }
        stored = json.loads((EXAMPLE / "export_redirects.json").read_text())
        for old, new in stored.items():
            target = new.removeprefix("/Plone/")
            if target in UID:
                old_paths[old.removeprefix("/Plone")] = self.page(target)
        self.assertGreater(len(old_paths), 25)
        for old, page in old_paths.items():
            with self.subTest(old):
                response = self.client.get(old + "/")
                self.assertEqual(response.status_code, 301)
                self.assertEqual(response["Location"], page.url)
                self.assertTrue(Redirect.objects.get(old_path=old).is_permanent)

    def test_the_log_names_what_the_redirection_storage_cannot_place(self):
        output = self.call()
        self.assertIn(
            "No redirect from /Plone/sv/gammal-kalender: /Plone/sv/kalender is not in the export.",
            output,
        )

    def test_importing_again_changes_nothing(self):
        self.call()
        counts = self.counts()
        output = self.call()
        self.assertIn("Created: 0, updated: 0", output)
        self.assertEqual(self.counts(), counts)

    def test_a_dry_run_writes_nothing_and_lists_what_goes_to_the_network(self):
        counts, files = self.counts(), media_files(self.media)
        output = self.call(dry_run=True)
        self.assertEqual(self.counts(), counts)
        self.assertEqual(media_files(self.media), files)
        self.assertIn(
            f"Would create: Event {SITE}/sv/konferenser/skolledarkonferensen-2024", output
        )
        self.assertIn(f"outside any network folder: under {self.network.title}", output)
        self.assertIn(
            f"Would create: Folder {SITE}/sv/natverk/matematiknatverket → network page", output
        )

    def test_without_network_the_items_outside_network_folders_are_named(self):
        counts = self.counts()
        with translation.override("en"), self.assertRaises(CommandError):
            err = io.StringIO()
            try:
                call_command(
                    "import_plone",
                    str(self.folder),
                    organisation=self.organisation.name,
                    stdout=io.StringIO(),
                    stderr=err,
                )
            finally:
                message = err.getvalue()
        self.assertIn("name it with --network", message)
        self.assertIn("sv/konferenser/skolledarkonferensen-2024", message)
        self.assertIn("sv/minnesanteckningar-2022-12-01", message)
        self.assertEqual(self.counts(), counts)

    def test_without_an_organisation_the_network_folders_are_refused(self):
        counts = self.counts()
        err = io.StringIO()
        with translation.override("en"), self.assertRaises(CommandError):
            call_command(
                "import_plone",
                str(self.folder),
                network=self.network.slug,
                stdout=io.StringIO(),
                stderr=err,
            )
        self.assertIn("--organisation", err.getvalue())
        self.assertIn("sv/natverk/matematiknatverket", err.getvalue())
        self.assertEqual(self.counts(), counts)

    def test_a_bad_translations_file_changes_nothing(self):
        (self.folder / "export_translations.json").write_text('{"sv": "x"}')
        counts = self.counts()
        err = io.StringIO()
        with translation.override("en"), self.assertRaises(CommandError):
            call_command(
                "import_plone",
                str(self.folder),
                network=self.network.slug,
                organisation=self.organisation.name,
                stdout=io.StringIO(),
                stderr=err,
            )
        self.assertIn("not a translations export", err.getvalue())
        self.assertEqual(self.counts(), counts)

    def per_item_layout(self, blob_path="file/plan.txt"):
        """The example in plone.exportimport's layout, with a file whose blob is beside it."""
        layout = Path(self.folder.parent) / "plone61"
        shutil.rmtree(layout, ignore_errors=True)
        attachment = {
            **CONTENT[4],
            "@id": f"{SITE}/sv/natverk/matematiknatverket/plan.txt",
            "@type": "File",
            "UID": "a" * 32,
            "id": "plan.txt",
            "title": "Plan som textfil",
            "parent": {key: CONTENT[4][key] for key in ("@id", "@type", "UID", "title")},
            "file": {"blob_path": blob_path, "filename": "plan.txt", "content-type": "text/plain"},
        }
        for item in [*CONTENT, attachment]:
            item_folder = layout / "content" / item["UID"]
            item_folder.mkdir(parents=True)
            (item_folder / "data.json").write_text(json.dumps(item), encoding="utf-8")
        (layout / "content" / attachment["UID"] / "file").mkdir()
        (layout / "content" / attachment["UID"] / "file" / "plan.txt").write_text("Mål 2025")
        return layout

    def test_a_blob_outside_the_export_is_refused(self):
        counts = self.counts()
        err = io.StringIO()
        with translation.override("en"), self.assertRaises(CommandError):
            call_command(
                "import_plone",
                str(self.per_item_layout(blob_path="../../../../etc/hostname")),
                network=self.network.slug,
                organisation=self.organisation.name,
                stdout=io.StringIO(),
                stderr=err,
            )
        self.assertIn("is missing from the export", err.getvalue())
        self.assertEqual(self.counts(), counts)

    def test_translation_and_redirect_files_may_be_named(self):
        elsewhere = Path(self.folder.parent) / "elsewhere"
        elsewhere.mkdir()
        for name in ("export_translations.json", "export_redirects.json"):
            (self.folder / name).rename(elsewhere / name)
        self.call(
            self.folder / "content.json",
            translations=str(elsewhere / "export_translations.json"),
            redirects=str(elsewhere / "export_redirects.json"),
        )
        english = Locale.objects.get(language_code="en")
        self.assertEqual(
            self.page("sv/om-samverkan").get_translation(english).pk, self.page("en/about").pk
        )
        self.assertEqual(
            self.client.get("/sv/om-oss/")["Location"], self.page("sv/om-samverkan").url
        )

    def test_plone_exportimport_per_item_layout_imports_alike(self):
        layout = self.per_item_layout()
        (layout / "content" / "plone_site_root").mkdir()
        (layout / "content" / "plone_site_root" / "data.json").write_text(
            json.dumps({"@id": SITE, "@type": "Plone Site", "UID": "plone_site_root"})
        )
        shutil.copy(EXAMPLE / "export_translations.json", layout / "translations.json")
        shutil.copy(EXAMPLE / "export_redirects.json", layout / "redirects.json")
        self.call(layout)
        english = Locale.objects.get(language_code="en")
        math = self.page("sv/natverk/matematiknatverket")
        self.assertIsInstance(math, NetworkPage)
        self.assertEqual(
            math.get_translation(english).pk, self.page("en/networks/mathematics-network").pk
        )
        self.assertEqual(Redirect.objects.get(old_path="/sv/matte").redirect_page.pk, math.pk)
        document = Document.objects.get(title="Plan som textfil")
        self.assertEqual(document.file.read(), "Mål 2025".encode())

    def counts(self):
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "redirects": Redirect.objects.count(),
            "sources": ImportSource.objects.count(),
            "workflows": WorkflowState.objects.count(),
            "locales": Locale.objects.count(),
        }


def test_the_plan_reads_the_folders_as_networks_and_indexes():
    """Without a database: what the tree makes of each folder, and whose items are whose."""
    surroundings = Surroundings(
        default_language="sv", languages=frozenset({"sv", "en"}), has_network=True
    )
    groups = json.loads((EXAMPLE / "export_translations.json").read_text())
    plan = validate_export(
        CONTENT, source="content.json", surroundings=surroundings, translation_groups=groups
    )

    def item(path):
        return plan.by_uid[UID[path]]

    assert item("sv/natverk").becomes is Becomes.NETWORK_INDEX
    assert item("en/networks").becomes is Becomes.NETWORK_INDEX
    assert item("sv/konferenser").becomes is Becomes.CONFERENCE_INDEX
    assert item("sv/nyheter").becomes is Becomes.PAGE
    math = "sv/natverk/matematiknatverket"
    assert item(math).becomes is Becomes.NETWORK
    assert item("en/networks/mathematics-network").becomes is Becomes.NETWORK
    assert item("en/networks/mathematics-network").translation_of == UID[math]
    assert item(f"{math}/minnesanteckningar-2024-02-08").becomes is Becomes.MINUTES
    assert item(f"{math}/minnesanteckningar-2024-02-08").network_uid == UID[math]
    guidance = "sv/natverk/studie-och-yrkesvagledning"
    deep = item(f"{guidance}/protokoll/minnesanteckningar-2023-11-23")
    assert deep.network_uid == UID[guidance]
    assert item("sv/konferenser/skolledarkonferensen-2024").network_uid is None
    assert item("sv/minnesanteckningar-2022-12-01").network_uid is None
