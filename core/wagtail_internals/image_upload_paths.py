"""Where Wagtail writes the file of a new image or a new rendition.

A file of a private image must never be written where the web server serves it, not even
until it could be moved: an import writes its images inside a transaction that may last
minutes, and a rendition is made while a page is being served.
"""

from wagtail.images import get_image_model

from core.access_policy import is_public_image
from core.media_storage import is_private_name, private_name


def write_private_files_apart():
    """Make Wagtail write the files of an image in a private collection under ``private/``.

    Wraps ``get_upload_to`` of the image and rendition models, the methods Wagtail's
    ``upload_to`` functions call and which it lets a custom image model override; the
    project keeps Wagtail's own models. Wagtail names a rendition's file after the
    original's base name only, and writes several renditions at once with ``bulk_create``,
    which sends no signal, so nothing else knows the image when the file's name is chosen.
    A rendition follows its original's folder, which costs no query: renditions are made in
    worker threads, outside the transaction of the request.
    """
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    keep_private(image_model, lambda image: not is_public_image(image))
    keep_private(rendition_model, lambda rendition: is_private_name(rendition.image.file.name))


def keep_private(model, is_private):
    wagtails = model.get_upload_to
    if getattr(wagtails, "keeps_private_files_apart", False):
        return

    def get_upload_to(instance, filename):
        name = wagtails(instance, filename)
        return private_name(name) if is_private(instance) else name

    get_upload_to.keeps_private_files_apart = True
    model.get_upload_to = get_upload_to
