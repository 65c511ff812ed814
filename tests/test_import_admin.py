"""Importing a minutes file from the admin: upload, preview, create the draft."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.users.models import UserProfile

from minutes.models.minutes_page import MinutesPage
from tests.editorial import build_editorial_world
from tests.fixtures.importers.builders import docx_bytes, layout_text, minutes_text, pdf_bytes

FILE_NAME = "minnesanteckningar-skolchefer-2023-10-13"


def upload(name, data, **fields):
    return {"file": SimpleUploadedFile(name, data), **fields}


class MinutesImportAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.editor = cls.world.users["editor_a"]
        cls.upload_url = reverse("minutes_import", args=[cls.network.pk])
        cls.preview_url = reverse("minutes_import_preview", args=[cls.network.pk])

    def setUp(self):
        self.client.force_login(self.editor)
        # Asserted in English whatever the admin language becomes for this user.
        profile = UserProfile.get_for_user(self.editor)
        profile.preferred_language = "en"
        profile.save()

    def drafts(self):
        return MinutesPage.objects.child_of(self.network)

    def test_network_page_offers_the_import_to_its_editors_only(self):
        edit_url = reverse("wagtailadmin_pages:edit", args=[self.network.pk])
        self.assertContains(self.client.get(edit_url), self.upload_url)
        count = self.drafts().count()
        for user in ("editor_b", "translator", "approver_b"):
            with self.subTest(user):
                self.client.force_login(self.world.users[user])
                self.assertNotContains(self.client.get(edit_url), self.upload_url, status_code=302)
                # Wagtail's admin turns the refusal into a redirect with a message.
                self.assertRedirects(self.client.get(self.upload_url), reverse("wagtailadmin_home"))
                response = self.client.post(
                    self.upload_url, upload(FILE_NAME + ".txt", minutes_text().encode())
                )
                self.assertRedirects(response, reverse("wagtailadmin_home"))
                self.assertRedirects(
                    self.client.post(self.preview_url), reverse("wagtailadmin_home")
                )
        self.assertEqual(self.drafts().count(), count)
        self.client.logout()
        self.assertEqual(self.client.get(self.upload_url).status_code, 302)

    def test_upload_shows_the_parsed_result_and_creates_nothing_yet(self):
        count = self.drafts().count()
        response = self.client.post(
            self.upload_url, upload(FILE_NAME + ".docx", docx_bytes(minutes_text()))
        )
        self.assertRedirects(response, self.preview_url)
        response = self.client.get(self.preview_url)
        self.assertContains(response, "Gemensamma riktlinjer för skolskjuts")
        self.assertContains(
            response, "att förvaltningen tar fram en enkel checklista för vårdnadshavare."
        )
        self.assertContains(response, "8 present, 3 absent")
        self.assertContains(response, "Vera Testlund, Mölndal; Sam Prov Berg, Kungälv")
        self.assertContains(response, "Friday 13 September 2024")
        self.assertContains(response, "Line 4:")
        self.assertContains(response, "Utkast till justering")
        self.assertEqual(self.drafts().count(), count)

    def test_create_step_makes_a_draft_the_editor_owns_and_opens_it(self):
        self.client.post(self.upload_url, upload(FILE_NAME + ".pdf", pdf_bytes(minutes_text())))
        response = self.client.post(self.preview_url)
        page = self.drafts().get(meeting_date="2023-10-13")
        self.assertRedirects(response, reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertFalse(page.live)
        self.assertEqual(page.latest_revision.user, self.editor)
        self.assertEqual(page.owner, self.editor)
        # Not submitted: the editor corrects what was misread, then submits.
        self.assertFalse(page.workflow_in_progress)
        self.assertEqual(page.attendees.count(), 11)
        with translation.override("sv"):
            title = gettext("Minutes %(date)s") % {"date": "13 oktober 2023"}
        self.assertEqual(page.title, title)
        # The upload is used up; a second post does not create another page.
        self.assertRedirects(self.client.post(self.preview_url), self.upload_url)
        self.assertEqual(self.drafts().filter(meeting_date="2023-10-13").count(), 1)

    def test_create_and_submit_puts_the_draft_in_review(self):
        self.client.post(self.upload_url, upload(FILE_NAME + ".txt", minutes_text().encode()))
        self.client.post(self.preview_url, {"submit": "1"})
        page = self.drafts().get(meeting_date="2023-10-13")
        self.assertTrue(page.workflow_in_progress)
        self.assertEqual(page.current_workflow_state.requested_by, self.editor)

    def test_preview_marks_what_was_guessed_and_the_follow_ups(self):
        data = layout_text("utan-radbrytningar-2013-03-12.txt").encode()
        self.client.post(self.upload_url, upload("anteckningar-2013-03-12.txt", data))
        response = self.client.get(self.preview_url)
        self.assertContains(response, "Guessed, to check before submitting:")
        self.assertContains(
            response, "the line breaks were lost: the structure was read from the text&#x27;s"
        )
        self.assertContains(response, "Mötets öppnande <small>(guessed where the heading ends)")
        self.assertContains(response, "David Hägg <small>(guessed from the text)")
        self.assertContains(response, "<li>Frågan återkommer på nästa möte.</li>")
        self.assertContains(response, "Bertil Åström")
        self.assertContains(response, "4 present, 2 absent")

    def test_preview_of_a_protocol_shows_its_adjusters_and_posting_date(self):
        data = layout_text("sammantradesprotokoll-2024-03-14.txt").encode()
        self.client.post(self.upload_url, upload("protokoll.txt", data))
        response = self.client.get(self.preview_url)
        self.assertContains(response, "<dd>Anders Lindgren</dd>", html=True)
        self.assertContains(response, "<dd>20 March 2024</dd>", html=True)
        self.assertNotContains(response, "Sida 2")
        self.client.post(self.preview_url)
        page = self.drafts().get(meeting_date="2024-03-14")
        self.assertEqual((page.adjusters, str(page.posted_on)), ("Anders Lindgren", "2024-03-20"))
        # Once published, the page shows them.
        page.save_revision().publish()
        response = self.client.get(page.url)
        self.assertContains(response, "<dd>Anders Lindgren</dd>", html=True)
        self.assertContains(response, '<time datetime="2024-03-20">')

    def test_uploading_the_same_file_again_updates_its_page(self):
        data = minutes_text().encode()
        self.client.post(self.upload_url, upload(FILE_NAME + ".txt", data))
        self.client.post(self.preview_url)
        changed = minutes_text().replace("givande möte", "långt möte").encode()
        self.client.post(self.upload_url, upload(FILE_NAME + ".txt", changed))
        self.assertContains(self.client.get(self.preview_url), "that page will be updated")
        self.client.post(self.preview_url)
        page = self.drafts().get(meeting_date="2023-10-13")
        self.assertIn("långt möte", page.get_latest_revision_as_object().closing)

    def test_bad_uploads_are_refused_with_a_reason(self):
        cases = {
            "wrong extension": (
                upload("anteckningar.rtf", b"{\\rtf1}"),
                "Only .txt, .docx and .pdf",
            ),
            "content not matching the name": (
                upload(FILE_NAME + ".pdf", minutes_text().encode()),
                "does not match its name",
            ),
            "truncated word document": (
                upload(FILE_NAME + ".docx", docx_bytes(minutes_text())[:900]),
                "not a readable Word document",
            ),
            "binary junk": (upload(FILE_NAME + ".txt", bytes(range(256))), "not plain text"),
            "no date": (
                upload("anteckningar.txt", b"Beslut\n\n1. Budget\n"),
                "No meeting date was found",
            ),
        }
        count = self.drafts().count()
        for case, (data, message) in cases.items():
            with self.subTest(case):
                response = self.client.post(self.upload_url, data)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, message)
        self.assertEqual(self.drafts().count(), count)
        self.assertRedirects(self.client.get(self.preview_url), self.upload_url)

    def test_date_given_in_the_form_is_used_when_the_file_has_none(self):
        self.client.post(
            self.upload_url,
            upload(
                "anteckningar.txt",
                "Beslut\n\n1. Budget\n\nNätverket beslutade att anta den.\n".encode(),
                meeting_date="2023-05-12",
            ),
        )
        self.client.post(self.preview_url)
        page = self.drafts().get(meeting_date="2023-05-12")
        self.assertEqual(page.decisions()[0][1], "att anta den.")
