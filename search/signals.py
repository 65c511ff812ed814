"""Keep the search's derived data current: document text, synonyms, private collections."""

from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction
from wagtail.search.index import insert_or_update_object

from search.attachments import attaching_pages, on_document_saved
from search.models import Synonym
from search.synonyms import clear_synonym_cache


def reindex_pages_attaching_collection(sender, instance, **kwargs):
    """A collection made private or public changes which attachment text its pages carry."""
    documents = get_document_model().objects.filter(
        collection__path__startswith=instance.collection.path
    )
    for document in documents:
        for page in attaching_pages(document):
            insert_or_update_object(page)


def connect_signal_handlers():
    post_save.connect(on_document_saved, sender=get_document_model())
    post_save.connect(clear_synonym_cache, sender=Synonym)
    post_delete.connect(clear_synonym_cache, sender=Synonym)
    post_save.connect(reindex_pages_attaching_collection, sender=CollectionViewRestriction)
    post_delete.connect(reindex_pages_attaching_collection, sender=CollectionViewRestriction)
