"""Bad input to either importer: a clear error naming the file and place, and no change."""

import base64
import io
import json
import zipfile

import pypdf
import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from minutes.models.import_source import ImportSource
from networks.models.directory import Organisation, Person
from tests.factories import NetworkPageFactory, build_site_tree
from tests.fixtures.importers.builders import docx_bytes, minutes_text, pdf_bytes
from tests.fixtures.importers.plone_export import UID, export_bytes, plone_export

pytestmark = pytest.mark.django_db

GOOD_NAME = "minnesanteckningar-2023-10-13"


def database_state():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": get_document_model().objects.count(),
        "images": get_image_model().objects.count(),
        "redirects": Redirect.objects.count(),
        "people": Person.objects.count(),
        "organisations": Organisation.objects.count(),
        "sources": ImportSource.objects.count(),
    }


@pytest.fixture
def network():
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index, slug="skolchefer")


def refused(command, *args, message, **options):
    """Run the command, expect it to fail with ``message`` and to have changed nothing."""
    before = database_state()
    stderr = io.StringIO()
    # The commands speak the active language; the messages are asserted in English.
    with translation.override("en"), pytest.raises(CommandError) as raised:
        call_command(command, *map(str, args), stdout=io.StringIO(), stderr=stderr, **options)
    reported = f"{stderr.getvalue()}\n{raised.value}"
    assert message in reported, reported
    assert database_state() == before
    return reported


def docx_with(parts):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return output.getvalue()


def encrypted_pdf():
    writer = pypdf.PdfWriter()
    writer.append(pypdf.PdfReader(io.BytesIO(pdf_bytes(minutes_text()))))
    writer.encrypt("hemligt")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def blank_pdf():
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def zip_bomb():
    return docx_with(
        {"[Content_Types].xml": "<Types/>", "word/document.xml": b"\0" * (60 * 1024 * 1024)}
    )


def good_docx():
    return docx_bytes(minutes_text())


def good_pdf():
    return pdf_bytes(minutes_text())


NOT_TEXT = "is not plain text in UTF-8, UTF-16 or Windows-1252"
NOT_DOCX = "is not a readable Word document (.docx)"
MINUTES_CASES = {
    "empty text file": (".txt", lambda: b"", "The file is empty."),
    "only blank lines": (".txt", lambda: b"\n\n  \n\t\n", "The file holds no text."),
    "binary junk": (".txt", lambda: bytes(range(256)) * 20, NOT_TEXT),
    "utf-16 without byte order mark": (
        ".txt",
        lambda: minutes_text().encode("utf-16-le"),
        NOT_TEXT,
    ),
    "bytes no encoding defines": (".txt", lambda: b"Beslut \x81\x8d\x90 m\xf6te", NOT_TEXT),
    "a control character in the text": (".txt", lambda: b"Beslut\x1b[31m\n1. Budget", NOT_TEXT),
    "huge text file": (".txt", lambda: b"a" * (10 * 1024 * 1024 + 1), "larger than 10 MB"),
    "no meeting date anywhere": (
        ".txt",
        lambda: "Beslut\n\n1. Budget\n\nNätverket beslutade att anta budgeten.\n".encode(),
        "No meeting date was found",
    ),
    "prose, not minutes": (
        ".txt",
        lambda: "Det var en gång en skola den 3 maj 2021.\nDen låg vid en sjö.\n".encode(),
        "does not look like meeting minutes",
    ),
    "truncated docx": (".docx", lambda: good_docx()[: len(good_docx()) // 2], NOT_DOCX),
    "docx cut short by ten bytes": (".docx", lambda: good_docx()[:-10], NOT_DOCX),
    "text file named .docx": (".docx", lambda: minutes_text().encode(), NOT_DOCX),
    "picture named .docx": (".docx", lambda: b"\x89PNG\r\n\x1a\n" + b"\0" * 64, NOT_DOCX),
    "zip without a document": (".docx", lambda: docx_with({"readme.txt": "hej"}), NOT_DOCX),
    "docx with broken xml": (
        ".docx",
        lambda: docx_with(
            {
                "[Content_Types].xml": (
                    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/content-types"><Default Extension="rels" '
                    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                    '<Override PartName="/word/document.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                    "</Types>"
                ),
                "_rels/.rels": (
                    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                    'Target="word/document.xml"/></Relationships>'
                ),
                "word/document.xml": "<w:document><w:body><w:p>",
            }
        ),
        NOT_DOCX,
    ),
    "docx that unpacks to too much": (".docx", zip_bomb, "unpacks to too much data"),
    "truncated pdf": (".pdf", lambda: good_pdf()[: len(good_pdf()) // 2], "cannot be read"),
    "pdf missing its last bytes": (".pdf", lambda: good_pdf()[:-60], "cannot be read"),
    "text file named .pdf": (".pdf", lambda: minutes_text().encode(), "is not a PDF document"),
    "encrypted pdf": (".pdf", encrypted_pdf, "encrypted"),
    "pdf without text": (".pdf", blank_pdf, "holds no text"),
    "unsupported format": (".rtf", lambda: b"{\\rtf1 Beslut}", "Only .txt, .docx and .pdf"),
}


@pytest.mark.parametrize("case", MINUTES_CASES, ids=list(MINUTES_CASES))
def test_bad_minutes_file(case, network, tmp_path):
    extension, make, message = MINUTES_CASES[case]
    path = tmp_path / f"{'anteckningar' if 'date' in case else GOOD_NAME}{extension}"
    path.write_bytes(make())
    reported = refused("import_minutes", path, network=network.slug, message=message)
    assert str(path) in reported


def test_one_bad_file_among_good_ones_imports_none_and_names_it(network, tmp_path):
    (tmp_path / f"a-{GOOD_NAME}.txt").write_text(minutes_text(), encoding="utf-8")
    bad = tmp_path / f"b-{GOOD_NAME}.pdf"
    bad.write_bytes(b"%PDF-1.4 cut")
    reported = refused("import_minutes", tmp_path, network=network.slug, message="cannot be read")
    assert str(bad) in reported
    assert "failed: 1" in reported


def test_missing_file(network, tmp_path):
    refused(
        "import_minutes",
        tmp_path / "finns-inte-2023-01-01.txt",
        network=network.slug,
        message="cannot be read",
    )


def spoiled(change):
    def make():
        items = plone_export()
        change(items)
        return export_bytes(items)

    return make


def set_field(index, key, value):
    return spoiled(lambda items: items[index].__setitem__(key, value))


def drop_field(index, key):
    return spoiled(lambda items: items[index].pop(key))


ABOUT = "http://plone.example.org/Plone/natverken/om-samverkan"
PLONE_CASES = {
    "empty export": (lambda: b"", "The file is empty.", None),
    "not json": (lambda: b"<html>Plone</html>", "is not valid JSON", None),
    "json error on line 3": (lambda: b'[\n{"@id": "x",\n "UID": }\n]', "line 3", None),
    "not utf-8": (lambda: '[{"title": "Möte"}]'.encode("latin-1"), "not UTF-8", None),
    "an object, not a list": (lambda: b'{"items": []}', "must be a list of items", None),
    "an empty list": (lambda: b"[]", "holds no items", None),
    "an item that is not an object": (lambda: b'["Plone"]', "Item 1 is not an object", None),
    "item without @id": (drop_field(1, "@id"), "Item 2 has no @id", None),
    "item without UID": (drop_field(2, "UID"), "Item 3 has no UID", None),
    "item without @type": (drop_field(2, "@type"), "Item 3 has no @type", None),
    "duplicate UID": (
        spoiled(lambda items: items[2].__setitem__("UID", UID["about"])),
        "is used twice",
        "natverken/kontakt",
    ),
    "duplicate @id": (set_field(2, "@id", ABOUT), "is used twice", "natverken/om-samverkan"),
    "parent not in the export": (
        set_field(1, "parent", {"@id": "http://plone.example.org/Plone/borta", "UID": "f" * 32}),
        "neither in the export nor imported before",
        "natverken/om-samverkan",
    ),
    "parent without a UID": (
        set_field(1, "parent", {"@id": "http://plone.example.org/Plone/natverken"}),
        "The parent has no UID",
        "natverken/om-samverkan",
    ),
    "items that are each other's parent": (
        spoiled(
            lambda items: items[0].__setitem__(
                "parent", {"@id": ABOUT, "@type": "Document", "UID": UID["about"]}
            )
        ),
        "its own ancestor",
        None,
    ),
    "a date that is not a date": (
        set_field(1, "modified", "igår"),
        "is not a date and time",
        "natverken/om-samverkan",
    ),
    "an event without start": (
        drop_field(5, "start"),
        "The start date is missing",
        "natverken/hostkonferens",
    ),
    "an event ending before it starts": (
        set_field(5, "end", "2024-10-09T09:00:00+02:00"),
        "ends before it starts",
        "natverken/hostkonferens",
    ),
    "a file that is not base64": (
        spoiled(lambda items: items[6]["file"].__setitem__("data", "inte base64!")),
        "not valid base64",
        "natverken/program.pdf",
    ),
    "a file exported by path instead of data": (
        set_field(6, "file", {"blob_path": "/var/blobs/1.pdf", "filename": "program.pdf"}),
        "export with blobs as base64",
        "natverken/program.pdf",
    ),
    "an image that is no image": (
        spoiled(
            lambda items: items[7]["image"].__setitem__(
                "data", base64.b64encode(b"GIF89a nothing").decode()
            )
        ),
        "not a readable image file",
        "natverken/gruppbild.png",
    ),
    "a translation of another type": (
        set_field(3, "@type", "Folder"),
        "must have the type of its original",
        "en/networks/contact",
    ),
    "a language the site does not have": (
        set_field(1, "language", "de"),
        "language de",
        "natverken/om-samverkan",
    ),
    "text of the wrong kind": (
        set_field(1, "text", ["<p>x</p>"]),
        "neither HTML nor",
        "natverken/om-samverkan",
    ),
    "hostile html beside a broken item": (
        spoiled(
            lambda items: (
                items[1].__setitem__("text", {"data": "<script>steal()</script><p>x</p>"}),
                items[2].__setitem__("created", "aldrig"),
            )
        ),
        "is not a date and time",
        "natverken/kontakt",
    ),
}


@pytest.mark.parametrize("case", PLONE_CASES, ids=list(PLONE_CASES))
def test_bad_plone_export(case, network, tmp_path):
    make, message, item = PLONE_CASES[case]
    path = tmp_path / "export.json"
    path.write_bytes(make())
    reported = refused("import_plone", path, network=network.slug, message=message)
    assert str(path) in reported
    if item:
        assert f"item http://plone.example.org/Plone/{item}" in reported


def test_plone_events_without_a_network_are_refused(network, tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(export_bytes())
    refused("import_plone", path, message="name it with --network")


def test_plone_export_that_is_not_json_at_all(network, tmp_path):
    path = tmp_path / "export.json"
    path.write_bytes(json.dumps(plone_export()).encode()[:500])
    refused("import_plone", path, network=network.slug, message="is not valid JSON")
