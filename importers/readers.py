"""The text of a minutes file, whatever format it was saved in.

The document reader does the reading and guards against hostile files; here its failures
become the importers' ``ImportFailure``, and a file that reads but holds nothing to import
is refused. The text has one paragraph or table row a line, table cells separated by tabs:
the layout the minutes parser reads.
"""

from pathlib import PurePath

from django.utils.translation import gettext as _

from importers.errors import ImportFailure
from search.text.document_reader import (
    MEGABYTE,
    ReadingLimits,
    TooMuchText,
    UnreadableDocument,
    check_size,
    read_document,
)

MAX_FILE_SIZE = 10 * MEGABYTE
MAX_TEXT_LENGTH = 2 * MEGABYTE
# One meeting's minutes, read whole: a file beyond these limits is refused.
MINUTES_LIMITS = ReadingLimits(
    max_file_size=MAX_FILE_SIZE,
    max_unpacked_size=50 * MEGABYTE,
    max_pages=200,
    max_characters=MAX_TEXT_LENGTH,
    whole=True,
)
EXTENSIONS = (".txt", ".docx", ".pdf")


def file_too_large(name):
    return ImportFailure(
        _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_SIZE // MEGABYTE},
        source=name,
    )


def too_much_text(name):
    return ImportFailure(
        _("The file holds too much text to be one meeting's minutes."), source=name
    )


def read_minutes_file(name, data):
    """The text of the file ``name`` with content ``data``, or an ``ImportFailure``."""
    extension = PurePath(name).suffix.lower()
    try:
        check_size(data, MINUTES_LIMITS)
        if extension not in EXTENSIONS:
            raise ImportFailure(
                _("Only .txt, .docx and .pdf files can be imported."),
                source=name,
            )
        pages = read_document(name, data, MINUTES_LIMITS)
    except TooMuchText as error:
        raise too_much_text(name) from error
    except UnreadableDocument as error:
        raise ImportFailure(error.message, source=name) from error
    text = "\n\n".join(page.text for page in pages)
    if len(text) > MAX_TEXT_LENGTH:
        raise too_much_text(name)
    if not text.strip():
        if extension == ".pdf":
            raise ImportFailure(
                _(
                    "The PDF document holds no text; a scanned document must be run through "
                    "OCR first."
                ),
                source=name,
            )
        raise ImportFailure(_("The file holds no text."), source=name)
    return text
