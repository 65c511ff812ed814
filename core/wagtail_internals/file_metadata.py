"""Size and hash of an image's or document's file, filled before it is first saved."""

from wagtail.images.models import AbstractImage


def fill_file_metadata(media):
    """Set ``file_size`` and ``file_hash`` of an image or a document from its file.

    Relies on ``AbstractImage._set_image_file_metadata`` and
    ``AbstractDocument._set_document_file_metadata``, which Wagtail's upload forms call.
    Without them Wagtail fills the two on first use of the file and saves the object again
    then, in the middle of a page being served.
    """
    if isinstance(media, AbstractImage):
        media._set_image_file_metadata()
    else:
        media._set_document_file_metadata()
