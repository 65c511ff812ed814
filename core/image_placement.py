"""An image's files follow its collection: under ``private/`` while a restriction covers it.

A new image in a private collection is written there from the start
(``core.wagtail_internals.image_upload_paths``). An image that changes collection, and the
images of a collection that gains or loses a view restriction or moves in the tree, have
their original and renditions moved once the change is committed: moved before, a rolled
back change would leave the files where the database does not look for them.

A file is copied, the database pointed at the copy, and only then is the old file deleted,
so that at every step, a failure or a crash included, the database names a file that
exists. A failure is logged and leaves that file where it was; the next save of the image
or of its collection's restrictions tries again.
"""

import logging

from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from core.access_policy import private_collection_ids
from core.media_storage import is_private_name, private_name, public_name
from core.models import PageCacheGeneration

logger = logging.getLogger(__name__)
DISPATCH_UID = "image_placement"
# What an image's save must change for its files to need another place.
PLACING_FIELDS = {"collection", "collection_id", "file"}


def place_files(images):
    """Move the files of ``images`` (a queryset) where their collections put them."""
    private_ids = private_collection_ids()
    moved = False
    for image in images.prefetch_related("renditions"):
        private = image.collection_id in private_ids
        moved |= move_file(image, private=private)
        for rendition in image.renditions.all():
            if move_file(rendition, private=private):
                rendition.purge_from_cache()
                moved = True
    if moved:
        # Cached pages name the files at their old addresses.
        PageCacheGeneration.advance()


def place_files_under(collection_id):
    """Move the files of the images in a collection and those below it."""
    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is not None:
        images = get_image_model().objects.filter(collection__path__startswith=collection.path)
        place_files(images)


def move_file(item, *, private):
    """Move the file of an image or a rendition to its private or public place.

    True once moved; False if it was in its place already or could not be moved.
    """
    old = item.file.name
    if not old or is_private_name(old) == private:
        return False
    storage, max_length = item.file.storage, item.file.field.max_length
    new = copy_file(storage, old, private_name(old) if private else public_name(old), max_length)
    if new is None:
        return False
    try:
        pointed = type(item)._base_manager.filter(pk=item.pk, file=old).update(file=new)
    except DatabaseError:
        logger.exception("Could not record the move of %s to %s.", old, new)
        pointed = 0
    if not pointed:
        # The row is gone or names another file by now: the copy is nobody's.
        storage.delete(new)
        return False
    item.file.name = new
    try:
        storage.delete(old)
    except OSError:
        logger.exception("The moved file %s stays at its old place too; delete it.", old)
    return True


def copy_file(storage, old, wanted, max_length):
    """Copy ``old`` to ``wanted`` or a free name like it; the name written, None on failure."""
    new = None
    try:
        new = storage.get_available_name(wanted, max_length=max_length)
        with storage.open(old, "rb") as content:
            return storage.save(new, content, max_length=max_length)
    except Exception:
        # Whatever the storage raised, no half-written copy may stay behind.
        logger.exception("Could not move %s to %s; it stays where it is.", old, wanted)
        if new is not None and storage.exists(new):
            storage.delete(new)
        return None


def image_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and not PLACING_FIELDS & set(update_fields)):
        return
    images = sender.objects.filter(pk=instance.pk)
    transaction.on_commit(lambda: place_files(images), robust=True)


def restriction_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        collection_id = instance.collection_id
        transaction.on_commit(lambda: place_files_under(collection_id), robust=True)


def collection_saved(sender, instance, created=False, raw=False, **kwargs):
    # A collection moved in the tree may come under a restriction or leave one; a new one
    # holds no images yet.
    if not (created or raw):
        transaction.on_commit(lambda: place_files_under(instance.pk), robust=True)


def connect():
    post_save.connect(image_saved, sender=get_image_model(), dispatch_uid=DISPATCH_UID)
    for signal in (post_save, post_delete):
        signal.connect(
            restriction_changed, sender=CollectionViewRestriction, dispatch_uid=DISPATCH_UID
        )
    post_save.connect(collection_saved, sender=Collection, dispatch_uid=DISPATCH_UID)
