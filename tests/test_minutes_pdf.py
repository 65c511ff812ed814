"""A minutes page as a PDF: tagged, in the page's language, kept per published revision."""

import io

from django.contrib.auth.models import User
from django.core.cache import cache
from django.test import TestCase
from pypdf import PdfReader
from wagtail.models import Page, PageViewRestriction

from minutes.pdf import pdf_cache_key, site_file
from tests.factories import (
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    OrganisationFactory,
    PersonFactory,
    agenda_item,
    build_site_tree,
)


def published_minutes(parent, **fields):
    page = MinutesPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


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
