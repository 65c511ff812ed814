"""Search and reference indexing once at the end of a bulk load, not on every save.

Each save of a page, its revision, each attendee row and each new person queues an index
update, and with the default immediate task runner every one runs at once: most of an
import's time went there, indexing the same page several times. During a run (an import,
the archive generator) the automatic updates are held back and the objects saved are
noted; at the end of the run, inside its transaction if it has one, each is indexed once,
in bulk per model.
"""

from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import COMMENTS_RELATION_NAME, Page, ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.wagtail_internals.reference_index import content_path_hash, references_of

# Objects read and indexed at a time: a generated archive has tens of thousands.
CHUNK_SIZE = 500
DISPATCH_UID = "bulk_load_deferred_indexing"


class SavedObjects:
    """The primary keys of the objects saved during a run, by model."""

    def __init__(self):
        self.by_model = {}

    def add(self, model, pks):
        self.by_model.setdefault(model, set()).update(pks)

    def note(self, objects):
        """Note objects written without a save, such as rows of a ``bulk_create``."""
        for obj in objects:
            self.add(type(obj), [obj.pk])


@contextmanager
def deferred_indexing(*, index=True):
    """Index what the enclosed block saved when it ends without error.

    Yields the ``SavedObjects``, on which the block notes what it wrote without a save.
    With ``index=False`` nothing is indexed at the end: that is left to ``update_index``
    and ``rebuild_references_index``. The search signal handlers are disconnected for the
    whole process meanwhile, so this is for management commands, never for a request.
    """
    saved = SavedObjects()
    search_models = [
        model for model in get_indexed_models() if getattr(model, "search_auto_update", True)
    ]

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.add(sender, [instance.pk])

    post_save.connect(remember, weak=False, dispatch_uid=DISPATCH_UID)
    for model in search_models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield saved
        if index:
            index_objects(saved.by_model, set(search_models))
    finally:
        for model in search_models:
            post_save.connect(post_save_signal_handler, sender=model)
        post_save.disconnect(dispatch_uid=DISPATCH_UID)


def search_prefetch(model):
    """What indexing a model reads from related rows, loaded in bulk."""
    related = ()
    if issubclass(model, Page):
        # The reference index reads every child relation, comments included.
        related += (COMMENTS_RELATION_NAME,)
    # A model names the related rows its search fields read, such as a page's attendees.
    return related + tuple(getattr(model, "bulk_index_prefetch", ()))


def search_select(model):
    """The language of a page or snippet comes from its locale."""
    return ("locale",) if any(field.name == "locale" for field in model._meta.fields) else ()


def index_objects(saved, search_models):
    """Index ``{model: primary keys}`` for search and references, a chunk at a time."""
    backends = list(get_search_backends(with_auto_update=True))
    for model, pks in saved.items():
        searchable = model in search_models
        tracked = ReferenceIndex.is_indexed(model)
        if not (searchable or tracked):
            continue
        queryset = model.get_indexed_objects() if searchable else model._default_manager.all()
        queryset = queryset.select_related(*search_select(model)).prefetch_related(
            *search_prefetch(model)
        )
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK_SIZE):
            objects = list(queryset.filter(pk__in=pks[start : start + CHUNK_SIZE]))
            if searchable:
                for backend in backends:
                    backend.add_bulk(model, objects)
            if tracked:
                update_references(model, objects)


def update_references(model, objects):
    """``ReferenceIndex.create_or_update_for_object`` for many objects of one model at once.

    Wagtail's method asks for each object's recorded references, then writes the new ones
    and deletes the gone ones; here each of the three is one query for all the objects,
    with the same rows as the result.
    """
    content_types = [
        ContentType.objects.get_for_model(each, for_concrete_model=False)
        for each in [model, *model._meta.get_parent_list()]
    ]
    content_type, base_content_type = content_types[0], content_types[-1]
    known_content_types = {each.pk for each in content_types}
    found = {str(instance.pk): references_of(instance) for instance in objects}
    recorded = {}
    for pk, object_id, content_type_id, *reference in ReferenceIndex.objects.filter(
        base_content_type=base_content_type, object_id__in=list(found)
    ).values_list(
        "pk",
        "object_id",
        "content_type_id",
        "to_content_type",
        "to_object_id",
        "model_path",
        "content_path",
    ):
        recorded.setdefault(object_id, {})[tuple(reference)] = (pk, content_type_id)

    new_rows, gone = [], []
    for object_id, references in found.items():
        existing = recorded.get(object_id, {})
        new_rows.extend(
            ReferenceIndex(
                content_type=content_type,
                base_content_type=base_content_type,
                object_id=object_id,
                to_content_type_id=to_content_type_id,
                to_object_id=to_object_id,
                model_path=model_path,
                content_path=content_path,
                content_path_hash=content_path_hash(content_path),
            )
            for to_content_type_id, to_object_id, model_path, content_path in references
            - existing.keys()
        )
        # A row recorded under a more specific model than this one is that model's to keep.
        gone.extend(
            pk
            for reference, (pk, content_type_id) in existing.items()
            if reference not in references and content_type_id in known_content_types
        )
    ReferenceIndex.objects.bulk_create(
        new_rows, ignore_conflicts=connection.features.supports_ignore_conflicts
    )
    if gone:
        ReferenceIndex.objects.filter(pk__in=gone).delete()
