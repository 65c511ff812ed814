"""The Plone import's files: written only by a run that is kept, and private ones kept private."""

from pathlib import Path

from django.conf import settings
from django.core.management import CommandError
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from tests.fixtures.importers.plone_export import (
    SITE_ROOT,
    blob,
    export_bytes,
    item,
    plone_export,
    png_bytes,
)
from tests.import_commands import ImportCommandTestCase

Document = get_document_model()
Image = get_image_model()
# What the web server hands to anyone itself (docs/deployment.md); Django never sees these.
PUBLIC_MEDIA = ("images/", "original_images/")


def media_listing():
    """Every file and folder under MEDIA_ROOT, with each file's size."""
    root = Path(settings.MEDIA_ROOT)
    return {
        str(path.relative_to(root)): path.stat().st_size if path.is_file() else None
        for path in root.rglob("*")
    }


class PloneImportFilesTests(ImportCommandTestCase):
    command = "import_plone"

    def setUp(self):
        super().setUp()
        self.path = self.directory / "export.json"

    def call(self, items=None, **options):
        self.path.write_bytes(export_bytes(items))
        return self.run_command(self.path, **options)[0]

    def visit(self, path):
        """What an anonymous visitor gets at ``path``, following redirects as a browser does."""
        self.client.logout()
        for _hop in range(5):
            media = settings.MEDIA_URL
            if path.startswith(media) and path[len(media) :].startswith(PUBLIC_MEDIA):
                file = Path(settings.MEDIA_ROOT) / path[len(media) :]
                return 200, file.read_bytes() if file.is_file() else b""
            response = self.client.get(path)
            if response.status_code not in (301, 302):
                content = b"".join(response) if response.streaming else response.content
                return response.status_code, content
            path = response["Location"]
        raise AssertionError(f"{path} redirects too many times")

    def test_a_dry_run_leaves_the_media_as_they_were(self):
        before = media_listing()
        output = self.call(dry_run=True)
        self.assertIn("Would create: File", output)
        self.assertEqual(media_listing(), before)
        self.assertFalse(Document.objects.filter(title="Program för konferensen").exists())

    def test_a_failed_run_leaves_the_media_as_they_were(self):
        # The image is written first; the English page after it has no English home page
        # to go under, and the run fails.
        items = [
            item(
                "image",
                "gruppbild.png",
                "Image",
                "Gruppbild",
                parent=SITE_ROOT,
                image=blob(png_bytes(), "gruppbild.png", "image/png"),
            ),
            item("about", "about", "Document", "About", parent=SITE_ROOT, language="en"),
        ]
        before = media_listing()
        with self.assertRaisesMessage(CommandError, "Nothing was imported."):
            self.call(items)
        self.assertEqual(media_listing(), before)
        self.assertFalse(Image.objects.filter(title="Gruppbild").exists())

    def test_the_old_address_of_a_private_image_does_not_lead_to_its_file(self):
        items = plone_export()
        image = next(data for data in items if data["@type"] == "Image")
        image["review_state"] = "private"
        self.call(items)
        private = Image.objects.get(title="Gruppbild")
        self.assertTrue(private.collection.get_view_restrictions().exists())

        status, content = self.visit("/natverken/gruppbild.png")

        self.assertEqual(status, 404)
        self.assertNotIn(png_bytes(), content)
        self.assertFalse(Redirect.objects.filter(old_path="/natverken/gruppbild.png").exists())

    def test_a_private_image_is_written_only_where_the_web_server_serves_nothing(self):
        items = plone_export()
        image = next(data for data in items if data["@type"] == "Image")
        image["review_state"] = "private"
        before = media_listing()
        self.call(items)
        written = set(media_listing()) - set(before)
        private = Image.objects.get(title="Gruppbild")
        self.assertIn(private.file.name, written)
        self.assertFalse([name for name in written if name.startswith(PUBLIC_MEDIA)])

    def test_a_dry_run_with_a_private_image_leaves_the_media_as_they_were(self):
        items = plone_export()
        image = next(data for data in items if data["@type"] == "Image")
        image["review_state"] = "private"
        before = media_listing()
        self.call(items, dry_run=True)
        self.assertEqual(media_listing(), before)

    def test_the_old_address_of_a_public_image_still_leads_to_its_file(self):
        self.call()
        self.assertEqual(self.visit("/natverken/gruppbild.png"), (200, png_bytes()))

    def test_an_image_made_private_loses_the_redirect_of_its_old_address(self):
        self.call()
        self.assertTrue(Redirect.objects.filter(old_path="/natverken/gruppbild.png").exists())
        items = plone_export()
        image = next(data for data in items if data["@type"] == "Image")
        image["review_state"] = "private"
        self.call(items)
        self.assertNotIn(png_bytes(), self.visit("/natverken/gruppbild.png")[1])

    def test_the_old_address_of_a_private_document_asks_for_a_login(self):
        items = plone_export()
        document = next(data for data in items if data["@type"] == "File")
        document["review_state"] = "private"
        self.call(items)
        private = Document.objects.get(title="Program för konferensen")
        self.assertTrue(private.collection.get_view_restrictions().exists())
        pdf = private.file.open("rb").read()

        self.assertNotIn(pdf, self.visit("/natverken/program.pdf")[1])
        self.client.force_login(self.world.users["editor_a"])
        response = self.client.get("/natverken/program.pdf", follow=True)
        self.assertEqual(b"".join(response.streaming_content), pdf)
