"""Empty the page cache whenever something a public page shows may have changed.

One change anywhere empties the whole cache: a minutes page appears on its network's page,
the home page and the feeds, and a person on every page they attend or own, so working
out which pages one change reaches would cost more than rendering them again.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    get_page_models,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.models import PageCacheGeneration, UntranslatedText
from core.per_generation import forget

DISPATCH_UID = "page_cache_invalidation"
# Set inside ``once_at_end``: whether something changed there.
held_changes = ContextVar("page_cache_held_changes", default=None)


def content_models():
    models = {Page, *get_page_models(), Site, Locale, PageViewRestriction}
    models |= {CollectionViewRestriction, get_image_model(), get_document_model()}
    # Whether a page's text counts as its own decides where it is listed and how marked.
    models.add(UntranslatedText)
    models |= set(settings_registry)
    for label in settings.PAGE_CACHE_CONTENT_APPS:
        # Rows of a page (attendees, members) change only with a save of the page itself.
        models |= {
            model
            for model in apps.get_app_config(label).get_models()
            if not any(isinstance(field, ParentalKey) for field in model._meta.fields)
        }
    installed = {config.label for config in apps.get_app_configs()}
    models |= {
        apps.get_model(label)
        for label in settings.PAGE_CACHE_CONTENT_MODELS
        if label.split(".")[0] in installed
    }
    models.discard(PageCacheGeneration)
    return models


def content_changed(**kwargs):
    forget()
    changes = held_changes.get()
    if changes is None:
        PageCacheGeneration.advance()
    else:
        changes.append(True)


@contextmanager
def once_at_end():
    """Empty the cache once when the block ends, not at each of the changes made in it.

    For a long run of writes in one transaction, such as an import: nobody sees its
    changes before it commits, so emptying the cache at its end is as fresh.
    """
    changes = []
    reset = held_changes.set(changes)
    try:
        yield
    finally:
        held_changes.reset(reset)
    if changes:
        PageCacheGeneration.advance()


def connect():
    for model in content_models():
        post_save.connect(content_changed, sender=model, dispatch_uid=DISPATCH_UID)
        post_delete.connect(content_changed, sender=model, dispatch_uid=DISPATCH_UID)
    # A move rewrites paths with queryset updates, which send no post_save.
    post_page_move.connect(content_changed, dispatch_uid=DISPATCH_UID)
    page_published.connect(content_changed, dispatch_uid=DISPATCH_UID)
    page_unpublished.connect(content_changed, dispatch_uid=DISPATCH_UID)
