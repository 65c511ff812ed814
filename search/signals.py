"""Keep the search's derived data current: document text, synonyms, private collections."""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction

from search.attachments import on_document_saved, on_document_saving, reindex_attaching_pages
from search.models import Synonym
from search.synonyms import clear_synonym_cache


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
