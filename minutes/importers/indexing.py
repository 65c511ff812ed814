"""Search and reference indexing once at the end of an import run, not on every save.

Each save of a page, its revision, each attendee row and each new person queues an index
update, and with the default immediate task runner every one runs at once: most of an
import's time went there, indexing the same page several times. During a run the
automatic updates are held back and the objects saved are noted; at the end of the run,
inside its transaction, each is indexed once, in bulk per model.
"""

from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def deferred_indexing():
    """Index what the enclosed block saved when it ends without error.

    The search signal handlers are disconnected for the whole process meanwhile, so this
    is for management commands, never for a request.
    """
    saved = {}
    search_models = [
        model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
    ]

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.setdefault(sender, set()).add(instance.pk)

    post_save.connect(remember, weak=False, dispatch_uid="minutes_import_deferred_indexing")
    for model in search_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
        index_objects(saved, set(search_models))
    finally:
        for model in search_models:
            post_save.connect(post_save_signal_handler, sender=model)
        post_save.disconnect(dispatch_uid="minutes_import_deferred_indexing")


def search_prefetch(model):
    """What indexing a model reads from related rows, loaded in bulk."""
    from minutes.models import MinutesPage

    return ("attendees__person",) if issubclass(model, MinutesPage) else ()


def index_objects(saved, search_models):
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in saved.items():
        searchable = model in search_models
        tracked = ReferenceIndex.is_indexed(model)
        if not (searchable or tracked):
            continue
        queryset = model.get_indexed_objects() if searchable else model._default_manager.all()
        objects = list(queryset.filter(pk__in=pks).prefetch_related(*search_prefetch(model)))
        if searchable:
            for backend in backends:
                backend.add_bulk(model, objects)
        if tracked:
            for instance in objects:
                ReferenceIndex.create_or_update_for_object(instance)
