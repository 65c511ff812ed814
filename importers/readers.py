"""The text of a minutes file, whatever format it was saved in.

Each reader takes the file's name and bytes and returns plain text, one paragraph or table
row a line, table cells separated by tabs: the layout the minutes parser reads.
"""

import io
import zipfile
from pathlib import PurePath

import docx
import pypdf
from django.utils.translation import gettext as _
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from lxml import etree
from pypdf.errors import PyPdfError

from importers.errors import ImportFailure

MAX_FILE_SIZE = 10 * 1024 * 1024
# A DOCX is a zip archive; a small file that unpacks to gigabytes is an attack, not minutes.
MAX_UNPACKED_SIZE = 50 * 1024 * 1024
MAX_PDF_PAGES = 200
MAX_TEXT_LENGTH = 2 * 1024 * 1024
EXTENSIONS = (".txt", ".docx", ".pdf")
# Control characters that never occur in real text; tab, line feed, carriage return and
# form feed do.
CONTROL_CHARACTERS = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {
    chr(c) for c in range(0x7F, 0xA0)
}
# The bytes Windows-1252 leaves undefined: a file holding them is in no encoding we know.
UNDEFINED_IN_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def file_too_large(name):
    return ImportFailure(
        _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_SIZE // (1024 * 1024)},
        source=name,
    )


def read_minutes_file(name, data):
    """The text of the file ``name`` with content ``data``, or an ``ImportFailure``."""
    if not data:
        raise ImportFailure(_("The file is empty."), source=name)
    if len(data) > MAX_FILE_SIZE:
        raise file_too_large(name)
    extension = PurePath(name).suffix.lower()
    readers = {".txt": read_text, ".docx": read_docx, ".pdf": read_pdf}
    if extension not in readers:
        raise ImportFailure(
            _("Only .txt, .docx and .pdf files can be imported."),
            source=name,
        )
    text = readers[extension](name, data)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    if len(text) > MAX_TEXT_LENGTH:
        raise ImportFailure(
            _("The file holds too much text to be one meeting's minutes."), source=name
        )
    if not text.strip():
        raise ImportFailure(_("The file holds no text."), source=name)
    return text


def decode_text(data):
    """Decode a text file by a fixed rule, or return None when no rule fits.

    UTF-8 first (a byte order mark is dropped); then UTF-16 when the file starts with its
    byte order mark; otherwise Windows-1252, which older Word and Notepad files use and
    which reads every Latin-1 letter the same way.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if any(byte in UNDEFINED_IN_CP1252 for byte in data):
        return None
    return data.decode("cp1252")


def read_text(name, data):
    text = decode_text(data)
    if text is None or any(character in CONTROL_CHARACTERS for character in text):
        raise ImportFailure(
            _(
                "The file is not plain text in UTF-8, UTF-16 or Windows-1252 "
                "(it may be a binary file renamed to .txt)."
            ),
            source=name,
        )
    return text


def check_zip(name, data):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ImportFailure(
            _("The file is not a readable Word document (.docx); it may be damaged or truncated."),
            source=name,
        ) from error
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_SIZE:
            raise ImportFailure(_("The Word document unpacks to too much data."), source=name)
        if archive.testzip() is not None:
            raise ImportFailure(
                _("The Word document is damaged: part of it cannot be unpacked."), source=name
            )


def read_docx(name, data):
    check_zip(name, data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.append("")
                lines.extend(
                    "\t".join(cell.text.strip() for cell in row.cells) for row in block.rows
                )
                lines.append("")
            else:
                lines.append(block.text)
    # python-docx reports a broken package through several exception types (a missing
    # part, invalid XML, an unexpected content type); all mean the same to the user.
    except (
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        PackageNotFoundError,
        etree.LxmlError,
    ) as error:
        raise ImportFailure(
            _("The file is not a readable Word document (.docx); it may be damaged or truncated."),
            source=name,
        ) from error
    return "\n".join(lines)


def read_pdf(name, data):
    if not data.lstrip()[:5] == b"%PDF-":
        raise ImportFailure(_("The file is not a PDF document."), source=name)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ImportFailure(
                _("The PDF document is encrypted; save it without a password first."),
                source=name,
            )
        if len(reader.pages) > MAX_PDF_PAGES:
            raise ImportFailure(
                _("The PDF document has more than %(pages)s pages.") % {"pages": MAX_PDF_PAGES},
                source=name,
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as error:
        raise ImportFailure(
            _("The PDF document cannot be read; it may be damaged or truncated."), source=name
        ) from error
    text = "\n\n".join(pages)
    if not text.strip():
        raise ImportFailure(
            _("The PDF document holds no text; a scanned document must be run through OCR first."),
            source=name,
        )
    return text
