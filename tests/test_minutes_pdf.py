"""A minutes page as a PDF: tagged, in the page's language, kept per published revision."""

import io

from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import RequestFactory, TestCase, override_settings
from pypdf import PdfReader
from wagtail.models import Page, PageViewRestriction

from demo.english import translate_page
from minutes.pdf import is_cacheable, pdf_cache_key, site_file
from tests.factories import (
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)
from tests.test_localisation import TranslatedSiteTestCase


def published_minutes(parent, **fields):
    page = MinutesPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def structure_types(element, found=None):
    """The structure types (/H1, /Table, ...) of a tagged PDF's structure tree."""
    found = set() if found is None else found
    element = element.get_object()
    if isinstance(element, list):
        for kid in element:
            structure_types(kid, found)
    elif hasattr(element, "get"):
        if "/S" in element:
            found.add(element["/S"])
        if "/K" in element:
            structure_types(element["/K"], found)
    return found


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


class MinutesPdfTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(
            parent=tree.network_index,
            title="Gymnasiechefsnätverket Älvdalen",
            organisation=OrganisationFactory(name="Kommunalförbundet Åsundaslätten"),
        )
        cls.minutes = published_minutes(
            cls.network,
            title="Möte i Ödeshög 12 mars",
            slug="mote-i-odeshog",
            place="Rådhuset, Ödeshög",
            agenda=[
                agenda_item(
                    "1",
                    "Läsårstider för nästa år",
                    decisions=["att fastställa läsårstiderna", "att informera rektorerna"],
                ),
                agenda_item("2", "Gemensam antagning", decisions=["att utreda frågan vidare"]),
            ],
        )
        MinutesAttendeeFactory(
            page=cls.minutes, person=PersonFactory(name="Greta Lövgren"), role="chair"
        )

    def setUp(self):
        cache.clear()

    def pdf_url(self, page):
        return f"{page.url}pdf/"

    def test_a_public_page_is_served_as_a_tagged_pdf_in_its_language(self):
        response = self.client.get(self.pdf_url(self.minutes))

        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn('filename="mote-i-odeshog.pdf"', response["Content-Disposition"])
        reader, text = pdf_text(response.content)
        catalog = reader.trailer["/Root"]
        self.assertEqual(catalog["/Lang"], "sv")
        self.assertIn("/StructTreeRoot", catalog)
        self.assertTrue(catalog["/MarkInfo"]["/Marked"])
        # Headings, lists and the attendance table are tagged as such for screen readers.
        self.assertLessEqual(
            {"/H1", "/H2", "/H3", "/L", "/LI", "/Table", "/TH", "/TD"},
            structure_types(catalog["/StructTreeRoot"]),
        )
        self.assertIn("Möte i Ödeshög 12 mars", reader.metadata.title)
        for words in (
            "Kommunalförbundet Åsundaslätten",
            "Gymnasiechefsnätverket Älvdalen",
            "Rådhuset, Ödeshög",
            "Läsårstider för nästa år",
            "att fastställa läsårstiderna",
            "Gemensam antagning",
            "att utreda frågan vidare",
            "Greta Lövgren",
            f"{self.minutes.full_url}",
        ):
            self.assertIn(words, text)
        # The screen's furniture is not printed.
        self.assertNotIn("Ladda ner som PDF", text)
        self.assertNotIn("Hoppa till huvudinnehållet", text)

    def test_a_second_request_is_served_from_the_cache(self):
        key = pdf_cache_key(self.minutes, "sv")
        self.assertIsNone(cache.get(key))

        first = self.client.get(self.pdf_url(self.minutes))
        self.assertEqual(cache.get(key), first.content)
        # What is kept is what is served: a marker put in its place comes back.
        cache.set(key, b"%PDF-kept")
        self.assertEqual(self.client.get(self.pdf_url(self.minutes)).content, b"%PDF-kept")

    def test_a_publish_makes_a_new_pdf(self):
        self.client.get(self.pdf_url(self.minutes))
        old_key = pdf_cache_key(self.minutes, "sv")

        self.minutes.agenda = [agenda_item("1", "Skolskjuts i glesbygd", decisions=["att bifalla"])]
        self.minutes.save_revision().publish()
        minutes = Page.objects.get(pk=self.minutes.pk).specific
        response = self.client.get(self.pdf_url(minutes))

        new_key = pdf_cache_key(minutes, "sv")
        self.assertNotEqual(new_key, old_key)
        self.assertEqual(cache.get(new_key), response.content)
        _, text = pdf_text(response.content)
        self.assertIn("Skolskjuts i glesbygd", text)
        self.assertNotIn("Läsårstider för nästa år", text)

    def test_a_private_page_is_refused_as_the_page_is_and_never_kept(self):
        PageViewRestriction.objects.create(page=self.minutes, restriction_type="login")

        page_response = self.client.get(self.minutes.url)
        response = self.client.get(self.pdf_url(self.minutes))

        self.assertEqual(page_response.status_code, 302)
        self.assertEqual(response.status_code, 302)
        self.assertIn("login", response["Location"])
        # Signed in, the reader gets the PDF, made for them and not kept for the public.
        self.client.force_login(User.objects.create_user("lasare", password="x"))
        response = self.client.get(self.pdf_url(self.minutes))
        self.assertEqual(response["Content-Type"], "application/pdf")
        self.assertIn("private", response["Cache-Control"])
        self.assertIsNone(cache.get(pdf_cache_key(self.minutes, "sv")))

    def test_a_draft_is_not_found(self):
        draft = MinutesPageFactory(parent=self.network, slug="utkast", live=False)
        draft.save_revision()

        self.assertEqual(self.client.get(f"{self.network.url}utkast/pdf/").status_code, 404)
        self.assertEqual(cache.get(pdf_cache_key(draft, "sv")), None)

    def test_an_unpublished_change_is_not_in_the_pdf(self):
        self.minutes.agenda = [agenda_item("1", "Hemlig punkt i utkastet")]
        self.minutes.save_revision()

        _, text = pdf_text(self.client.get(self.pdf_url(self.minutes)).content)

        self.assertIn("Läsårstider för nästa år", text)
        self.assertNotIn("Hemlig punkt i utkastet", text)

    def test_a_preview_is_never_kept(self):
        request = RequestFactory().get(self.pdf_url(self.minutes))
        self.assertTrue(is_cacheable(request, self.minutes))
        request.is_preview = True
        self.assertFalse(is_cacheable(request, self.minutes))

    def test_the_page_links_its_pdf(self):
        response = self.client.get(self.minutes.url)

        self.assertContains(response, f'href="{self.pdf_url(self.minutes)}"')
        self.assertContains(response, "Ladda ner som PDF")
        self.assertContains(response, 'media="print"')

    def test_only_the_sites_own_files_are_read(self):
        self.assertTrue(site_file("http://testserver/static/css/print.css").startswith(b"/*"))
        self.assertIsNone(site_file("https://example.org/static/../../etc/passwd"))
        self.assertIsNone(site_file("http://testserver/private-images/bild.png"))
        self.assertIsNone(site_file("http://testserver/media/private/bild.png"))


@override_settings(MINUTES_PDF_AT_PUBLICATION=True)
class PdfAtPublicationTests(TestCase):
    """Where the cache is shared, the public's PDF is made when the minutes are published.

    The tests' task backend runs each task as it is queued, as the worker would later.
    """

    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.minutes = published_minutes(cls.network, slug="mote", agenda=[])

    def setUp(self):
        cache.clear()

    def publish(self, heading):
        self.minutes.agenda = [agenda_item("1", heading, decisions=["att bifalla"])]
        self.minutes.save_revision().publish()
        return Page.objects.get(pk=self.minutes.pk).specific

    def test_publishing_keeps_the_new_revisions_pdf_before_anyone_asks(self):
        minutes = self.publish("Skolskjuts i glesbygd")

        kept = cache.get(pdf_cache_key(minutes, "sv"))
        self.assertIsNotNone(kept)
        _, text = pdf_text(kept)
        self.assertIn("Skolskjuts i glesbygd", text)
        self.assertEqual(self.client.get(f"{minutes.url}pdf/").content, kept)

    def test_a_private_pages_pdf_is_not_made_ahead(self):
        PageViewRestriction.objects.create(page=self.minutes, restriction_type="login")

        minutes = self.publish("Personalärenden")

        self.assertIsNone(cache.get(pdf_cache_key(minutes, "sv")))

    @override_settings(MINUTES_PDF_AT_PUBLICATION=False)
    def test_without_a_shared_cache_the_first_reader_makes_it(self):
        minutes = self.publish("Skolskjuts i glesbygd")

        self.assertIsNone(cache.get(pdf_cache_key(minutes, "sv")))


class EnglishMinutesPdfTests(TranslatedSiteTestCase):
    def setUp(self):
        cache.clear()

    def test_an_english_translation_is_an_english_document(self):
        with self.captureOnCommitCallbacks(execute=True):
            self.untranslated.agenda = [agenda_item("1", "Budget", decisions=["att anta"])]
            self.untranslated.save_revision().publish()
            english = translate_page(
                self.untranslated,
                self.english,
                {"Möte i mars": "Meeting in March", "att anta": "to adopt"},
            )
        english = Page.objects.get(pk=english.pk).specific

        response = self.client.get(f"{english.url}pdf/")

        reader, text = pdf_text(response.content)
        self.assertEqual(reader.trailer["/Root"]["/Lang"], "en")
        self.assertIn("Meeting in March", reader.metadata.title)
        self.assertIn("Agenda", text)
        self.assertIn("to adopt", text)
        self.assertIsNotNone(cache.get(pdf_cache_key(english, "en")))

    def test_an_untranslated_page_is_a_swedish_document_with_english_labels(self):
        self.untranslated.save_revision().publish()
        alias = Page.objects.get(pk=self.alias.pk).specific

        response = self.client.get(f"{alias.url}pdf/")

        reader, text = pdf_text(response.content)
        self.assertEqual(reader.trailer["/Root"]["/Lang"], "sv")
        self.assertIn("Möte i mars", text)
        self.assertIn("The meeting", text)
        # Kept under its original's published revision: a publish there makes a new one.
        self.assertIsNotNone(cache.get(pdf_cache_key(alias, "en")))
        original = Page.objects.get(pk=self.untranslated.pk)
        self.assertIn(f":{original.live_revision_id}:", pdf_cache_key(alias, "en"))
