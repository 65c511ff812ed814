"""Plone's files and images as Wagtail documents and images."""

from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.wagtail_internals.file_metadata import fill_file_metadata
from importers.plone.plan import PUBLISHED_STATES, Becomes

PRIVATE_COLLECTION = "Plone – private"


def collection_for(item):
    root = Collection.get_first_root_node()
    if item.data.get("review_state") in (None, "", *PUBLISHED_STATES):
        return root
    # Unpublished files stay behind a login, as they were behind Plone's.
    collection = root.get_children().filter(name=PRIVATE_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=PRIVATE_COLLECTION)
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    return collection


def new_media(item):
    """An unsaved document or image for ``item``, to be filled by ``fill_media``."""
    model = get_document_model() if item.becomes is Becomes.DOCUMENT else get_image_model()
    return model(title=item.title, collection=collection_for(item))


def fill_media(item, media, *, owner, new_files):
    """Fill ``media`` from ``item`` and save it, its file written through ``new_files``."""
    key = "file" if item.becomes is Becomes.DOCUMENT else "image"
    filename = PurePosixPath(str(item.data[key]["filename"]).replace("\\", "/")).name
    media.title = item.title
    media.collection = collection_for(item)
    media.uploaded_by_user = owner
    media.file = ContentFile(item.blob, name=filename[:100] or "file")
    fill_file_metadata(media)
    new_files.save(media, "file")
    if item.created:
        type(media).objects.filter(pk=media.pk).update(created_at=item.created)
