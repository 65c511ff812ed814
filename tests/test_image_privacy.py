"""An image in a private collection is never served from a public address.

Its original and renditions live where the web server serves nothing, and the site's
own view hands them only to those the collection's restrictions admit; when the image or
its collection changes, its files follow.
"""

import io
import re
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from tests.factories import ConferencePageFactory, ImageFactory, build_site_tree, root_collection

Image = get_image_model()
DEPLOYMENT = Path(settings.BASE_DIR) / "docs" / "deployment.md"


def publicly_served_folders():
    """The folders of MEDIA_ROOT that the web server serves itself, as deployed."""
    folders = re.findall(r"location /media/(\S+/) \{\s*alias ", DEPLOYMENT.read_text())
    assert folders, "docs/deployment.md serves no media folder"
    return tuple(folders)


def restricted_collection(name, restriction_type=CollectionViewRestriction.LOGIN, **fields):
    collection = root_collection().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, **fields
    )
    return collection


def stored(name):
    return Path(settings.MEDIA_ROOT) / name


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


class PrivateImageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.closed = restricted_collection("Styrelsens bilder")
        cls.image = ImageFactory(title="Styrelsemötet", collection=cls.closed)
        cls.member = get_user_model().objects.create_user("ledamot")

    def files(self, image):
        image.refresh_from_db()
        return [image.file, *(rendition.file for rendition in image.renditions.all())]

    def assert_private(self, image):
        for file in self.files(image):
            self.assertFalse(file.name.startswith(publicly_served_folders()), file.name)
            self.assertTrue(stored(file.name).is_file(), file.name)
            self.assertTrue(file.url.startswith("/private-images/"), file.url)

    def assert_public(self, image):
        for file in self.files(image):
            self.assertTrue(file.name.startswith(publicly_served_folders()), file.name)
            self.assertTrue(stored(file.name).is_file(), file.name)
            self.assertEqual(file.url, f"{settings.MEDIA_URL}{file.name}")

    def test_its_original_and_renditions_are_stored_where_no_web_server_serves_them(self):
        self.image.get_rendition("fill-100x100")
        # Several at once, as a srcset makes them: Wagtail writes those in bulk.
        self.image.get_renditions("width-20", "width-30|format-webp")
        self.assertEqual(self.image.renditions.count(), 3)
        self.assert_private(self.image)

    def test_its_files_are_refused_anonymously(self):
        rendition = self.image.get_rendition("width-20")
        for url in (self.image.file.url, rendition.url):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302, url)
            self.assertIn("/login/", response["Location"])
            self.assertIn("next=", response["Location"])

    def test_its_files_are_served_to_a_user_the_restriction_admits(self):
        rendition = self.image.get_rendition("width-20")
        self.client.force_login(self.member)
        for file in (self.image.file, rendition.file):
            response = self.client.get(file.url)
            self.assertEqual(response.status_code, 200, file.url)
            self.assertEqual(content(response), stored(file.name).read_bytes())
            self.assertIn("private", response["Cache-Control"])
            self.assertEqual(response["X-Content-Type-Options"], "nosniff")

    def test_a_group_restriction_refuses_a_user_outside_its_groups(self):
        board = restricted_collection("Styrelsen", CollectionViewRestriction.GROUPS)
        image = ImageFactory(collection=board)
        self.client.force_login(self.member)
        response = self.client.get(image.file.url)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/login/", response["Location"])

    def test_a_password_restriction_asks_for_its_password_first(self):
        shared = restricted_collection(
            "Delade bilder", CollectionViewRestriction.PASSWORD, password="kaffe"
        )
        image = ImageFactory(collection=shared)
        response = self.client.get(image.file.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotEqual(content(response), stored(image.file.name).read_bytes())
        restriction = CollectionViewRestriction.objects.get(collection=shared)
        action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
        self.assertContains(response, f'action="{action}"')

        self.client.post(action, {"password": "kaffe", "return_url": image.file.url})
        response = self.client.get(image.file.url)
        self.assertEqual(content(response), stored(image.file.name).read_bytes())

    def test_the_view_serves_no_public_file_and_no_unknown_one(self):
        public = ImageFactory()
        for name in (public.file.name, "original_images/okand.png", "../documents/x.pdf"):
            url = reverse("private_image_file", args=[name])
            self.assertEqual(self.client.get(url).status_code, 404, name)

    def test_moved_to_a_public_collection_it_is_public_again(self):
        image = ImageFactory(collection=self.closed)
        image.get_renditions("width-20", "width-30")
        private_files = [file.name for file in self.files(image)]

        with self.captureOnCommitCallbacks(execute=True):
            image.collection = root_collection()
            image.save()

        self.assert_public(image)
        for name in private_files:
            self.assertFalse(stored(name).exists(), name)
        response = self.client.get(image.get_rendition("width-20").url)
        self.assertEqual(response.status_code, 404)  # Served by the web server, not the site.

    def test_a_collection_put_behind_a_login_takes_its_images_files_private(self):
        collection = root_collection().add_child(name="Konferensbilder")
        image = ImageFactory(collection=collection)
        image.get_rendition("width-20")
        self.assert_public(image)
        public_files = [file.name for file in self.files(image)]

        with self.captureOnCommitCallbacks(execute=True):
            restriction = CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.LOGIN
            )

        self.assert_private(image)
        for name in public_files:
            self.assertFalse(stored(name).exists(), name)
        self.assertEqual(self.client.get(image.get_rendition("width-20").url).status_code, 302)

        with self.captureOnCommitCallbacks(execute=True):
            restriction.delete()
        self.assert_public(image)

    def test_a_collection_moved_under_a_restricted_one_takes_its_images_files_private(self):
        collection = root_collection().add_child(name="Arkiv")
        image = ImageFactory(collection=collection)
        # Collections are kept in order of name: adding one moved the others' paths.
        self.closed.refresh_from_db()
        with self.captureOnCommitCallbacks(execute=True):
            # As the admin's edit view saves a collection given another parent.
            collection.save()
            collection.move(self.closed, "sorted-child")
        self.assert_private(image)

    def test_a_page_using_it_gives_no_public_address_for_it(self):
        tree = build_site_tree()
        conference = ConferencePageFactory(parent=tree.conference_index, image=self.image)
        html = self.client.get(conference.url).content.decode()
        sources = re.findall(r'(?:src|srcset)="([^"]+)"', html)
        addresses = [part.split()[0] for source in sources for part in source.split(", ")]
        image_addresses = [address for address in addresses if "/private-images/" in address]
        self.assertTrue(image_addresses, html)
        for address in addresses:
            self.assertFalse(address.startswith(settings.MEDIA_URL), address)
        for name in (self.files(self.image)[0].name, *self.rendition_names()):
            self.assertNotIn(f"{settings.MEDIA_URL}{name}", html)
            self.assertNotIn(f"{settings.MEDIA_URL}{name.removeprefix('private/')}", html)

    def rendition_names(self):
        return [rendition.file.name for rendition in self.image.renditions.all()]

    def test_the_api_leaves_it_out_for_the_public(self):
        public = ImageFactory(title="Skolgården")
        listed = [item["id"] for item in self.client.get("/api/v2/images/").json()["items"]]
        self.assertIn(public.pk, listed)
        self.assertNotIn(self.image.pk, listed)
        self.assertEqual(self.client.get(f"/api/v2/images/{self.image.pk}/").status_code, 404)


class FailedMoveTests(TestCase):
    def setUp(self):
        media = tempfile.TemporaryDirectory()
        self.addCleanup(media.cleanup)
        self.media = Path(media.name)
        settings_override = override_settings(MEDIA_ROOT=media.name)
        settings_override.enable()
        self.addCleanup(settings_override.disable)

    def test_a_failed_move_leaves_the_database_naming_the_file_that_exists(self):
        collection = root_collection().add_child(name="Konferensbilder")
        image = ImageFactory(collection=collection)
        rendition = image.get_rendition("width-20")
        names = {image.file.name, rendition.file.name}
        # A file where the private folder should be: no file can be written below it.
        (self.media / "private").write_bytes(b"")

        with (
            self.assertLogs("core.image_placement", "ERROR"),
            self.captureOnCommitCallbacks(execute=True),
        ):
            CollectionViewRestriction.objects.create(
                collection=collection, restriction_type=CollectionViewRestriction.LOGIN
            )

        image.refresh_from_db()
        self.assertEqual({image.file.name, image.renditions.get().file.name}, names)
        for name in names:
            self.assertTrue((self.media / name).is_file(), name)
        self.assertEqual((self.media / "private").read_bytes(), b"")

        # Once the way is clear, the next change of the collection's restrictions moves them.
        (self.media / "private").unlink()
        with self.captureOnCommitCallbacks(execute=True):
            CollectionViewRestriction.objects.get(collection=collection).save()
        image.refresh_from_db()
        self.assertTrue(image.file.name.startswith("private/"))
        self.assertTrue((self.media / image.file.name).is_file())
        self.assertFalse(any((self.media / name).exists() for name in names))


class PlaceImageFilesCommandTests(TestCase):
    def test_it_moves_the_files_of_images_made_private_before_they_were_kept_apart(self):
        collection = root_collection().add_child(name="Gamla bilder")
        image = ImageFactory(collection=collection)
        image.get_rendition("width-20")
        # Restricted without its files moving, as on a site from before they were kept apart.
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
        public = ImageFactory()
        before = public.file.name

        call_command("place_image_files", stdout=io.StringIO())

        image.refresh_from_db()
        for file in (image.file, image.renditions.get().file):
            self.assertFalse(file.name.startswith(publicly_served_folders()), file.name)
            self.assertTrue(stored(file.name).is_file(), file.name)
        public.refresh_from_db()
        self.assertEqual(public.file.name, before)
