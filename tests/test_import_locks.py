"""Importing again never changes a page that is locked or that an approver has approved in part.

Through the admin's import with the minutes' real two-step workflow (adjustment, then
publication), through the ``import_minutes`` command and through the Plone import.
"""

from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Page, Revision, TaskState
from wagtail.users.models import UserProfile

from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from tests.editorial import build_editorial_world
from tests.fixtures.importers.builders import minutes_text
from tests.fixtures.importers.plone_export import UID, export_bytes, plone_export
from tests.import_commands import ImportCommandTestCase

FILE_NAME = "minnesanteckningar-skolchefer-2023-10-13.txt"
ADJUSTED = "givande möte"
NOT_ADJUSTED = "långt möte"


def changed_minutes():
    return minutes_text().replace(ADJUSTED, NOT_ADJUSTED).encode()


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


class AdminImportOfReviewedMinutesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.editor = cls.world.users["editor_a"]
        cls.approver = cls.world.users["approver_a"]
        for user in (cls.editor, cls.approver):
            in_english(user)
        cls.upload_url = reverse("minutes_import", args=[cls.network.pk])
        cls.preview_url = reverse("minutes_import_preview", args=[cls.network.pk])

    def import_file(self, data):
        """The editor uploads ``data`` under the same file name and submits it from the preview."""
        self.client.force_login(self.editor)
        upload = SimpleUploadedFile(FILE_NAME, data)
        self.assertRedirects(self.client.post(self.upload_url, {"file": upload}), self.preview_url)
        preview = self.client.get(self.preview_url)
        response = self.client.post(self.preview_url, {"submit": "1"})
        return preview, response

    def imported_page(self):
        return MinutesPage.objects.child_of(self.network).get(meeting_date="2023-10-13")

    def act(self, action):
        """The approver acts on the page's current step of review, as from the admin."""
        self.client.force_login(self.approver)
        page = self.imported_page()
        task_state = page.current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
        self.client.post(url, {"comment": ""})

    def lock(self):
        self.client.force_login(self.approver)
        self.client.post(reverse("wagtailadmin_pages:lock", args=[self.imported_page().pk]))
        self.assertTrue(self.imported_page().locked)

    def assert_left_alone(self, preview, response, reason):
        page = self.imported_page()
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertContains(preview, escape(f"that page stays as it is, because {reason}."))
        self.assertNotContains(preview, "Update the draft")
        self.assertEqual(
            [str(message) for message in get_messages(response.wsgi_request)],
            [
                "Nothing was imported: the minutes imported before from this file stay as "
                f"they are, because {reason}."
            ],
        )

    def test_adjusted_and_locked_minutes_are_not_changed_and_go_live_as_adjusted(self):
        self.import_file(minutes_text().encode())
        self.act("approve")  # the adjustment
        self.assertEqual(self.imported_page().current_workflow_task.name, "GR – publicering")
        self.lock()
        page = self.imported_page()
        revisions = Revision.objects.count()
        source = ImportSource.objects.get(page=page)

        preview, response = self.import_file(changed_minutes())

        self.assert_left_alone(preview, response, "the page is locked")
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(self.imported_page().latest_revision_id, page.latest_revision_id)
        self.assertEqual(ImportSource.objects.get(pk=source.pk).content_hash, source.content_hash)
        # The publication step puts the adjusted text live, and nothing else.
        self.act("approve")
        page = self.imported_page()
        self.assertTrue(page.live)
        self.assertIn(ADJUSTED, page.closing)
        self.assertNotIn(NOT_ADJUSTED, page.closing)

    def test_minutes_with_an_approved_step_are_not_changed_even_unlocked(self):
        self.import_file(minutes_text().encode())
        self.act("approve")
        self.assertFalse(self.imported_page().locked)
        revisions = Revision.objects.count()

        preview, response = self.import_file(changed_minutes())

        self.assert_left_alone(preview, response, "a step of the page's review has been approved")
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertNotIn(NOT_ADJUSTED, self.imported_page().get_latest_revision_as_object().closing)

    def test_locked_minutes_awaiting_their_first_step_are_not_changed(self):
        self.import_file(minutes_text().encode())
        self.lock()
        revisions = Revision.objects.count()

        preview, response = self.import_file(changed_minutes())

        self.assert_left_alone(preview, response, "the page is locked")
        self.assertEqual(Revision.objects.count(), revisions)

    def test_minutes_sent_back_for_changes_take_the_corrected_file_and_resume_review(self):
        self.import_file(minutes_text().encode())
        self.act("approve")
        self.act("reject")  # at publication: back to the editor
        self.assertIsNone(self.imported_page().current_workflow_task)

        _preview, response = self.import_file(changed_minutes())

        page = self.imported_page()
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertIn(NOT_ADJUSTED, page.get_latest_revision_as_object().closing)
        # Resubmitted, as the editor's "Resubmit" does: back at the step that sent it back.
        self.assertEqual(page.current_workflow_task.name, "GR – publicering")
        self.assertEqual(page.current_workflow_task_state.revision, page.latest_revision)
        self.assertEqual(
            page.current_workflow_state.task_states.filter(
                status=TaskState.STATUS_REJECTED
            ).count(),
            1,
        )


class CommandImportOfLockedPagesTests(ImportCommandTestCase):
    def setUp(self):
        super().setUp()
        self.path = self.directory / FILE_NAME

    def call(self, data, **options):
        self.path.write_bytes(data)
        return self.run_command(self.path, **options)[0]

    def test_a_locked_page_is_skipped_with_the_reason(self):
        self.call(minutes_text().encode())
        page = MinutesPage.objects.child_of(self.network).get(meeting_date="2023-10-13")
        Page.objects.filter(pk=page.pk).update(locked=True)
        revisions = Revision.objects.count()

        for options in ({}, {"publish": True}):
            with self.subTest(**options):
                output = self.call(changed_minutes(), **options)
                self.assertIn(f"Skipped: {self.path} → {page.title} (the page is locked)", output)
                self.assertIn("Created: 0, updated: 0, skipped: 1, failed: 0", output)
                self.assertEqual(Revision.objects.count(), revisions)
                page.refresh_from_db()
                self.assertFalse(page.live)
                self.assertNotIn(NOT_ADJUSTED, page.get_latest_revision_as_object().closing)


class PloneImportOfLockedPagesTests(ImportCommandTestCase):
    command = "import_plone"

    def setUp(self):
        super().setUp()
        self.path = self.directory / "export.json"

    def call(self, items=None):
        self.path.write_bytes(export_bytes(items))
        return self.run_command(self.path)[0]

    def test_a_locked_page_is_skipped_with_the_reason(self):
        self.call()
        about = ImportSource.objects.get(key=UID["about"]).page
        Page.objects.filter(pk=about.pk).update(locked=True)
        revisions = Revision.objects.count()
        items = plone_export()
        items[1]["title"] = "Om samverkan i regionen"

        output = self.call(items)

        self.assertIn("Created: 0, updated: 0, skipped: 9, failed: 0", output)
        self.assertIn(
            "natverken/om-samverkan → standard page “Om samverkan i regionen” (the page is locked)",
            output,
        )
        self.assertEqual(Revision.objects.count(), revisions)
        self.assertEqual(Page.objects.get(pk=about.pk).title, "Om samverkan")
