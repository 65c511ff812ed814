"""Keep the search's derived data current: document text, synonyms, private collections."""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from search.attachments import reindex_attaching_pages
from search.models import Synonym
from search.synonyms import clear_synonym_cache
from search.tasks import read_document_text


def on_document_saving(sender, instance, **kwargs):
    """Note the collection a document is saved from: a move may change who may see it."""
    if kwargs.get("raw") or instance._state.adding:
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("collection_id", flat=True)
    instance.stored_collection_id = stored.first()


def on_document_saved(sender, instance, **kwargs):
    """Queue the reading of the document's text; the editor's request does not wait for it.

    A move to another collection, which may be private where the last one was not, reaches
    the index of the pages attaching the document at once: what a private collection holds
    must not stay findable until the worker comes by. The task is queued in the saving
    transaction, so a database queue holds it exactly when the document is committed.
    """
    if kwargs.get("raw"):
        return
    if getattr(instance, "stored_collection_id", instance.collection_id) != instance.collection_id:
        reindex_attaching_pages(instance)
    instance.stored_collection_id = instance.collection_id
    read_document_text.enqueue(instance.pk)


def reindex_pages_attaching_collection(sender, instance, **kwargs):
    """A collection made private or public changes which attachment text its pages carry."""
    documents = get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    )
    for document in documents:
        reindex_attaching_pages(document)


def connect_signal_handlers():
    pre_save.connect(on_document_saving, sender=get_document_model())
    post_save.connect(on_document_saved, sender=get_document_model())
    post_save.connect(clear_synonym_cache, sender=Synonym)
    post_delete.connect(clear_synonym_cache, sender=Synonym)
    post_save.connect(reindex_pages_attaching_collection, sender=CollectionViewRestriction)
    post_delete.connect(reindex_pages_attaching_collection, sender=CollectionViewRestriction)
