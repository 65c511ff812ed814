"""The document reader: text page by page, and hostile or broken files refused with a reason.

An editor who uploads such a file in the admin gets the document, with no searchable text,
and no error page.
"""

import io
import logging
import random
import zipfile

import pypdf
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import Collection

from search.attachments import ATTACHMENT_LIMITS
from search.models import DocumentText
from search.text.document_reader import (
    MEGABYTE,
    ReadingLimits,
    TextPage,
    TooMuchText,
    UnreadableDocument,
    read_document,
)
from tests.fixtures.importers.builders import docx_bytes, minutes_text, pdf_bytes
from tests.search_relevance.harness import pptx_bytes

SMALL = ReadingLimits(max_unpacked_size=MEGABYTE, max_zip_entries=50, max_pages=2)


def zip_bomb(document_part, size):
    """A small zip holding one part of ``size`` zero bytes, compressed a thousandfold."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(document_part, "w") as part:
            zeros = bytes(MEGABYTE)
            for _ in range(size // MEGABYTE + 1):
                part.write(zeros)
    return output.getvalue()


def many_entries(count):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for number in range(count):
            archive.writestr(f"word/media/{number}.xml", "")
    return output.getvalue()


def damaged_pdf():
    good = pdf_bytes(minutes_text())
    return good[: len(good) // 2]


def encrypted_pdf(user_password):
    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(io.BytesIO(pdf_bytes("Beslut om budget"))))
    writer.encrypt(user_password=user_password, owner_password="ägare")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def refusal(name, data, limits=SMALL):
    with translation.override("en"), pytest.raises(UnreadableDocument) as raised:
        read_document(name, data, limits)
    return raised.value


# Reading -------------------------------------------------------------------------------


def test_pdf_pages_are_numbered():
    pages = read_document("bilder.pdf", pdf_bytes("Första sidan\n" + "\n" * 49 + "Andra sidan"))
    assert [page.number for page in pages] == [1, 2]
    assert "Första sidan" in pages[0].text
    assert "Andra sidan" in pages[1].text


def test_pptx_slides_are_numbered():
    pages = read_document("bilder.pptx", pptx_bytes(["Elevhälsa", "Budget"]))
    assert pages == [TextPage(1, "Elevhälsa"), TextPage(2, "Budget")]


def test_docx_is_one_page_with_table_cells_separated_by_tabs():
    text = "Närvarande\nAnna Andersson\tLerum\nBo Berg\tAle\nBeslut"
    pages = read_document(
        "protokoll.docx", docx_bytes(text, table_rows={"Anna Andersson\tLerum", "Bo Berg\tAle"})
    )
    assert [page.number for page in pages] == [None]
    assert pages[0].text.split("\n") == [
        "Närvarande",
        "",
        "Anna Andersson\tLerum",
        "Bo Berg\tAle",
        "",
        "Beslut",
    ]


def test_text_lines_end_the_same_whatever_the_system():
    pages = read_document("anteckningar.txt", "Beslut\r\n1. Budget\rSlut\f".encode("cp1252"))
    assert pages == [TextPage(None, "Beslut\n1. Budget\nSlut\n")]


# Refusing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "part", "message"),
    [
        ("bomb.docx", "word/document.xml", "The Word document unpacks to too much data."),
        (
            "bomb.pptx",
            "ppt/slides/slide1.xml",
            "The PowerPoint presentation unpacks to too much data.",
        ),
    ],
)
def test_a_zip_bomb_is_refused_before_it_is_unpacked(name, part, message):
    bomb = zip_bomb(part, 2 * MEGABYTE)
    assert len(bomb) < 20_000
    assert refusal(name, bomb).message == message


def test_a_zip_of_too_many_entries_is_refused():
    error = refusal("manga.docx", many_entries(SMALL.max_zip_entries + 1))
    assert error.message == "The Word document unpacks to too much data."


def test_a_file_that_is_no_zip_is_not_a_word_document():
    error = refusal("anteckningar.docx", minutes_text().encode())
    assert error.message == (
        "The file is not a readable Word document (.docx); it may be damaged or truncated."
    )


def test_a_pptx_without_a_presentation_is_not_readable():
    error = refusal("bilder.pptx", docx_bytes("Beslut"))
    assert "is not a readable PowerPoint presentation" in error.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (damaged_pdf(), "The PDF document cannot be read; it may be damaged or truncated."),
        (random.Random(7).randbytes(4000), "The file is not a PDF document."),
        (b"%PDF-1.4\n" + random.Random(8).randbytes(4000), "The PDF document cannot be read"),
    ],
    ids=["damaged", "random bytes", "random bytes after a PDF header"],
)
def test_a_broken_pdf_is_refused(data, message):
    assert refusal("bilaga.pdf", data).message.startswith(message)


def test_a_pdf_that_needs_a_password_is_refused_and_one_that_opens_without_is_read():
    assert "is encrypted" in refusal("hemlig.pdf", encrypted_pdf("hemligt")).message
    [page] = read_document("skyddad.pdf", encrypted_pdf(""))
    assert "Beslut om budget" in page.text


def test_more_pages_than_allowed_are_refused_when_whole_and_cut_otherwise():
    three_pages = pdf_bytes("\n".join(f"Rad {number}" for number in range(150)))
    error = refusal("lang.pdf", three_pages)
    assert error.message == "The PDF document has more than 2 pages."
    pages = read_document("lang.pdf", three_pages, ReadingLimits(max_pages=2, whole=False))
    assert [page.number for page in pages] == [1, 2]


def test_huge_text_is_refused_when_whole_and_cut_otherwise():
    data = b"Beslut om budget.\n" * 1000
    limits = ReadingLimits(max_characters=10_000)
    error = refusal("lang.txt", data, limits)
    assert isinstance(error, TooMuchText)
    assert error.message == "The file holds too much text."
    [page] = read_document("lang.txt", data, ReadingLimits(max_characters=10_000, whole=False))
    assert len(page.text) == 10_000


def test_a_file_larger_than_allowed_is_refused_unread():
    assert refusal("stor.pdf", b"%PDF-" + bytes(SMALL.max_file_size)).message == (
        "The file is larger than 10 MB."
    )


def test_the_reason_speaks_the_active_language():
    with translation.override("sv"), pytest.raises(UnreadableDocument) as raised:
        read_document("bomb.docx", zip_bomb("word/document.xml", 2 * MEGABYTE), SMALL)
    assert raised.value.message == "Word-dokumentet packas upp till för mycket data."


# Uploading in the admin ----------------------------------------------------------------


class HostileUploadTests(TestCase):
    """Wagtail's own upload views keep such a file and answer normally."""

    @classmethod
    def setUpTestData(cls):
        cls.superuser = get_user_model().objects.create_superuser("redaktor", password="x")
        cls.root = Collection.get_first_root_node()

    def setUp(self):
        self.client.force_login(self.superuser)

    def upload(self, name, data):
        with self.assertLogs("search.attachments", logging.WARNING) as logs:
            response = self.client.post(
                reverse("wagtaildocs:add"),
                {"title": name, "file": SimpleUploadedFile(name, data), "collection": self.root.pk},
            )
        self.assertRedirects(response, reverse("wagtaildocs:index"))
        document = get_document_model().objects.get(title=name)
        self.assertIn(f"Document {document.pk} ({name}) could not be read", logs.output[0])
        return document

    def test_a_zip_bomb_named_docx_is_kept_without_text(self):
        bomb = zip_bomb("word/document.xml", ATTACHMENT_LIMITS.max_unpacked_size)
        document = self.upload("bomb.docx", bomb)
        self.assertEqual(DocumentText.objects.get(document=document).pages, [])

    def test_a_damaged_pdf_is_kept_without_text(self):
        document = self.upload("trasig.pdf", damaged_pdf())
        self.assertEqual(DocumentText.objects.get(document=document).pages, [])

    def test_a_zip_bomb_named_pptx_is_kept_by_the_multiple_upload(self):
        bomb = zip_bomb("ppt/slides/slide1.xml", ATTACHMENT_LIMITS.max_unpacked_size)
        with self.assertLogs("search.attachments", logging.WARNING):
            response = self.client.post(
                reverse("wagtaildocs:add_multiple"),
                {"files[]": SimpleUploadedFile("bomb.pptx", bomb)},
            )
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.json()["success"])
        document = get_document_model().objects.get(pk=response.json()["doc_id"])
        self.assertEqual(DocumentText.objects.get(document=document).pages, [])

    def test_a_sound_upload_is_still_read(self):
        self.client.post(
            reverse("wagtaildocs:add"),
            {
                "title": "Protokoll",
                "file": SimpleUploadedFile("protokoll.docx", docx_bytes("Beslut om budget")),
                "collection": self.root.pk,
            },
        )
        text = DocumentText.objects.get(document__title="Protokoll")
        self.assertEqual(text.pages, [{"number": None, "text": "Beslut om budget"}])
