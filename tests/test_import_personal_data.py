"""The importers run the personal-data check: findings reported masked, publication held.

19121212-1212 is the tax agency's example personal identity number: valid, and nobody's.
"""

import csv
import json
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.test import override_settings

from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from tests.fixtures.importers.builders import minutes_text
from tests.import_commands import ImportCommandTestCase

NUMBER = "19121212-1212"
MASKED = "19121212-****"
# The same digits with a wrong check digit: no personal identity number.
NEAR_MISS = "19121212-1213"
FILE_NAME = "minnesanteckningar-skolchefer-2023-10-13.txt"
EXAMPLE = Path(settings.BASE_DIR) / "demo" / "plone_example"
MINUTES_PATH = "sv/natverk/elevhalsa/minnesanteckningar-2024-05-16"


def with_number(text, number=NUMBER):
    """Minutes whose opening names a person by personal identity number."""
    first, rest = text.split("\n", 1)
    return f"{first}\nSvar från vårdnadshavare till elev {number} har kommit in.\n{rest}"


class MinutesImportTests(ImportCommandTestCase):
    def setUp(self):
        super().setUp()
        self.report = self.directory / "rapport.csv"

    def call(self, text, **options):
        (self.directory / FILE_NAME).write_text(text, encoding="utf-8")
        return self.run_command(
            self.directory / FILE_NAME,
            user=self.editor.username,
            report=str(self.report),
            **options,
        )[0]

    def page(self):
        return MinutesPage.objects.child_of(self.network).get(
            title__icontains="2023", meeting_date__year=2023
        )

    def test_a_number_is_reported_masked_and_publication_waits_for_review(self):
        output = self.call(with_number(minutes_text()), publish=True, keep_going=True)

        page = self.page()
        self.assertFalse(page.live)
        self.assertTrue(page.workflow_in_progress)
        self.assertIn(MASKED, output)
        self.assertIn("Not published", output)
        with self.report.open(encoding="utf-8") as report:
            (row,) = csv.DictReader(report)
        self.assertIn(MASKED, row["personal data"])
        self.assertNotIn(NUMBER, output + self.report.read_text(encoding="utf-8"))

    def test_a_near_miss_is_published_as_asked(self):
        output = self.call(with_number(minutes_text(), NEAR_MISS), publish=True)

        self.assertTrue(self.page().live)
        self.assertNotIn("personal data", output)

    def test_the_atomic_run_reports_the_finding_of_a_draft(self):
        output = self.call(with_number(minutes_text()))

        page = self.page()
        self.assertFalse(page.live)
        self.assertFalse(page.workflow_in_progress)
        self.assertIn(f"personal data: A personal identity number ({MASKED})", output)


class PloneImportTests(ImportCommandTestCase):
    command = "import_plone"

    def setUp(self):
        super().setUp()
        self.folder = self.directory / "export"
        shutil.copytree(EXAMPLE, self.folder)
        media = tempfile.TemporaryDirectory()
        self.addCleanup(media.cleanup)
        self.enterContext(override_settings(MEDIA_ROOT=media.name))

    def add_number_to(self, path):
        content_file = self.folder / "content.json"
        content = json.loads(content_file.read_text(encoding="utf-8"))
        (item,) = (item for item in content if item["@id"].endswith("/" + path))
        decision = "till hösten."
        self.assertIn(decision, item["text"]["data"])
        item["text"]["data"] = item["text"]["data"].replace(
            decision, f"{decision} Eleven har personnummer {NUMBER}.", 1
        )
        content_file.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        return item["UID"]

    def call(self):
        return self.run_command(self.folder, organisation=self.network.organisation.name)[0]

    def test_a_published_item_with_a_number_comes_in_as_a_draft_in_review(self):
        uid = self.add_number_to(MINUTES_PATH)
        output = self.call()

        page = ImportSource.objects.get(key=uid).page.specific
        self.assertFalse(page.live)
        self.assertTrue(page.workflow_in_progress)
        self.assertIn(MASKED, output)
        self.assertIn("not published: the personal-data check", output)
        self.assertNotIn(NUMBER, output)

    def test_published_items_without_findings_still_go_live(self):
        self.call()
        page = ImportSource.objects.get(key=self.uid_of(MINUTES_PATH)).page.specific
        self.assertTrue(page.live)

    def uid_of(self, path):
        content = json.loads((self.folder / "content.json").read_text(encoding="utf-8"))
        return next(item["UID"] for item in content if item["@id"].endswith("/" + path))
