"""The text of a document file (PDF, Word, PowerPoint or plain text), page by page.

Every file read here came from someone else: an editor's upload, a minutes file, an
archive. So the reader refuses, with a message the person who sent it can act on, a file
that is too large, a Word or PowerPoint file (a zip archive) that unpacks to far more than
it weighs, and a document with more pages or text than anyone reads. Reading a PDF's text
takes time page by page, so the page cap and the character cap bound that time too: the
reader stops as soon as it has enough.

The text keeps the layout the minutes parser reads: one paragraph or table row a line,
table cells separated by tabs, PDF pages and PowerPoint slides numbered.
"""

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MEGABYTE = 1024 * 1024
# Control characters that never occur in real text; tab, line feed, carriage return and
# form feed do.
CONTROL_CHARACTERS = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {
    chr(c) for c in range(0x7F, 0xA0)
}
# The bytes Windows-1252 leaves undefined: a file holding them is in no encoding we know.
UNDEFINED_IN_CP1252 = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


@dataclass(frozen=True)
class ReadingLimits:
    """How much a document may weigh and hold before it is refused or cut short.

    ``whole``: a document beyond ``max_pages`` or ``max_characters`` is refused, as minutes
    must be read whole; otherwise its beginning is read, which is enough to find it by.
    """

    max_file_size: int = 10 * MEGABYTE
    # A small zip that unpacks to gigabytes is an attack, not a document.
    max_unpacked_size: int = 50 * MEGABYTE
    max_zip_entries: int = 2_000
    max_pages: int = 200
    max_characters: int = 2 * MEGABYTE
    whole: bool = True


@dataclass(frozen=True)
class TextPage:
    """A page's text; ``number`` is None where a document has no pages a reader can go to."""

    number: int | None
    text: str


class UnreadableDocument(Exception):
    """The file is not a document of its kind, is damaged, or is beyond the limits."""

    def __init__(self, message):
        super().__init__(message)
        self.message = str(message)


class TooMuchText(UnreadableDocument):
    """The document holds more text than the limits allow, and must be read whole."""


@dataclass(frozen=True)
class PackageKind:
    """What to tell of a Word or PowerPoint file that cannot be read, in its own words."""

    not_readable: str
    too_much_data: str
    damaged: str


WORD = PackageKind(
    not_readable=gettext_lazy(
        "The file is not a readable Word document (.docx); it may be damaged or truncated."
    ),
    too_much_data=gettext_lazy("The Word document unpacks to too much data."),
    damaged=gettext_lazy("The Word document is damaged: part of it cannot be unpacked."),
)
POWERPOINT = PackageKind(
    not_readable=gettext_lazy(
        "The file is not a readable PowerPoint presentation (.pptx); it may be damaged or "
        "truncated."
    ),
    too_much_data=gettext_lazy("The PowerPoint presentation unpacks to too much data."),
    damaged=gettext_lazy("The PowerPoint presentation is damaged: part of it cannot be unpacked."),
)


def check_size(data, limits):
    """Refuse an empty file or one larger than the limits, before anything reads it."""
    if not data:
        raise UnreadableDocument(_("The file is empty."))
    if len(data) > limits.max_file_size:
        raise UnreadableDocument(
            _("The file is larger than %(size)s MB.") % {"size": limits.max_file_size // MEGABYTE}
        )


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


def _text_pages(data, limits):
    text = decode_text(data)
    if text is None or any(character in CONTROL_CHARACTERS for character in text):
        raise UnreadableDocument(
            _(
                "The file is not plain text in UTF-8, UTF-16 or Windows-1252 "
                "(it may be a binary file renamed to .txt)."
            )
        )
    yield text


def check_zip(data, limits, kind=WORD):
    """Refuse a Word or PowerPoint file whose zip archive is broken or unpacks to too much."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as error:
        raise UnreadableDocument(kind.not_readable) from error
    with archive:
        entries = archive.infolist()
        if (
            len(entries) > limits.max_zip_entries
            or sum(info.file_size for info in entries) > limits.max_unpacked_size
        ):
            raise UnreadableDocument(kind.too_much_data)
        try:
            damaged = archive.testzip()
        # An entry compressed or encrypted in a way zipfile cannot undo is as unreadable as
        # a damaged one.
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
            damaged = True
        if damaged is not None:
            raise UnreadableDocument(kind.damaged)


def _page_count(count, limits, message):
    """How many of ``count`` pages to read; more than the limits allow is refused if whole."""
    if count <= limits.max_pages:
        return count
    if limits.whole:
        raise UnreadableDocument(message)
    return limits.max_pages


def _docx_pages(data, limits):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from lxml import etree

    check_zip(data, limits, WORD)
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
    # part, invalid XML, an element of the wrong kind); all mean the same to the user.
    except (
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        zipfile.BadZipFile,
        PackageNotFoundError,
        etree.LxmlError,
    ) as error:
        raise UnreadableDocument(WORD.not_readable) from error
    yield "\n".join(lines)


def _slide_lines(slide):
    lines = [
        paragraph.text
        for shape in slide.shapes
        if shape.has_text_frame
        for paragraph in shape.text_frame.paragraphs
    ]
    if slide.has_notes_slide:
        lines.append(slide.notes_slide.notes_text_frame.text)
    return lines


def _pptx_pages(data, limits):
    from lxml import etree
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    check_zip(data, limits, POWERPOINT)
    try:
        slides = list(Presentation(io.BytesIO(data)).slides)
        count = _page_count(
            len(slides),
            limits,
            _("The PowerPoint presentation has more than %(slides)s slides.")
            % {"slides": limits.max_pages},
        )
        texts = ["\n".join(_slide_lines(slide)) for slide in slides[:count]]
    except (
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        zipfile.BadZipFile,
        PackageNotFoundError,
        etree.LxmlError,
    ) as error:
        raise UnreadableDocument(POWERPOINT.not_readable) from error
    yield from texts


def _pdf_pages(data, limits):
    """Each page's text, read only when asked for, so a reader that has enough stops."""
    import pypdf
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5] == b"%PDF-":
        raise UnreadableDocument(_("The file is not a PDF document."))
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        # pypdf opens a document that needs no password to be read by itself.
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise UnreadableDocument(
                _("The PDF document is encrypted; save it without a password first.")
            )
        count = _page_count(
            len(reader.pages),
            limits,
            _("The PDF document has more than %(pages)s pages.") % {"pages": limits.max_pages},
        )
        for index in range(count):
            yield reader.pages[index].extract_text() or ""
    # A damaged file fails deep inside the parser, in whatever way the damage leads to.
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        zlib.error,
    ) as error:
        raise UnreadableDocument(
            _("The PDF document cannot be read; it may be damaged or truncated.")
        ) from error


READERS = {
    ".pdf": _pdf_pages,
    ".docx": _docx_pages,
    ".pptx": _pptx_pages,
    ".txt": _text_pages,
}
# Only PDF pages and PowerPoint slides have numbers a reader can go to.
NUMBERED = {".pdf", ".pptx"}


def can_read(name):
    """Whether ``read_document`` reads files of this name's kind."""
    return PurePath(name).suffix.lower() in READERS


def _lines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")


def read_document(name, data, limits=ReadingLimits()):
    """The text of the file ``name`` with the bytes ``data``, as a list of ``TextPage``.

    Raises ``UnreadableDocument`` (``TooMuchText`` when the text is beyond the limits and
    must be read whole), and ``ValueError`` for a kind of file ``can_read`` refuses.
    """
    extension = PurePath(name).suffix.lower()
    if extension not in READERS:
        raise ValueError(f"No reader for {extension or 'a file without extension'}")
    check_size(data, limits)
    numbered = extension in NUMBERED
    pages, characters = [], 0
    for number, text in enumerate(READERS[extension](data, limits), start=1):
        text = _lines(text)
        room = limits.max_characters - characters
        if len(text) > room:
            if limits.whole:
                raise TooMuchText(_("The file holds too much text."))
            # Enough to find the document by: the rest is not read at all.
            pages.append(TextPage(number if numbered else None, text[:room]))
            break
        characters += len(text)
        pages.append(TextPage(number if numbered else None, text))
    return pages
