"""Rows of a model with multi-table inheritance, inserted in bulk."""

from django.db import connections


def insert_own_rows(model, objects, *, below):
    """Insert the rows of ``model``'s tables below the ``below`` model for ``objects``.

    The rows of ``below`` (and any model above it) must exist already and ``objects`` carry
    their keys as ``pk``. Relies on Django's ``QuerySet._insert``, the step ``bulk_create``
    takes for each table: ``bulk_create`` itself refuses a model with a parent table.
    Batched as ``bulk_create`` batches, within the database's limit on query parameters.
    """
    tables = [
        each
        for each in reversed(model._meta.get_parent_list())
        if each is not below and issubclass(each, below)
    ]
    queryset = model._base_manager.all()
    ops = connections[queryset.db].ops
    for table_model in [*tables, model]:
        for obj in objects:
            for link in table_model._meta.parents.values():
                setattr(obj, link.attname, obj.pk)
        fields = table_model._meta.local_concrete_fields
        size = max(ops.bulk_batch_size(fields, objects), 1)
        for start in range(0, len(objects), size):
            table_model._base_manager._insert(objects[start : start + size], fields=fields)
