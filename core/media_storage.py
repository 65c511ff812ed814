"""Where the site's media files live, and the address each one is given.

The files of an image in a private collection live under ``private/`` in MEDIA_ROOT, a
folder the web server never serves (docs/deployment.md); their address is the view that
asks the collection's restrictions first (``core.private_image_view``). Every other file
keeps its address under MEDIA_URL, served by the web server without asking the site.
"""

from django.core.files.storage import FileSystemStorage
from django.urls import reverse

PRIVATE_FOLDER = "private/"
PRIVATE_IMAGE_URL_NAME = "private_image_file"


def is_private_name(name):
    return name.startswith(PRIVATE_FOLDER)


def private_name(name):
    """Where the file stored as ``name`` lives while its image is private."""
    return name if is_private_name(name) else PRIVATE_FOLDER + name


def public_name(name):
    """Where the file stored as ``name`` lives while its image is public."""
    return name.removeprefix(PRIVATE_FOLDER)


class MediaStorage(FileSystemStorage):
    """MEDIA_ROOT, with the files under ``private/`` given the address of the guarding view."""

    def url(self, name):
        if name and is_private_name(name):
            return reverse(PRIVATE_IMAGE_URL_NAME, args=[public_name(name)])
        return super().url(name)
