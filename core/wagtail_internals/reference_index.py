"""Wagtail's reference index written for many objects at once (core.bulk_load.indexing).

The public ``ReferenceIndex.create_or_update_for_object`` reads and writes the rows of one
object at a time; these give the two steps of it that do not touch the database.
"""

from wagtail.models import ReferenceIndex


def references_of(instance):
    """The outbound references of ``instance``, as rows of the reference index record them.

    A set of ``(to_content_type_id, to_object_id, model_path, content_path)``. Relies on
    ``ReferenceIndex._extract_references_from_object``, the scan that
    ``create_or_update_for_object`` makes before it compares with the rows recorded.
    """
    return set(ReferenceIndex._extract_references_from_object(instance))


def content_path_hash(content_path):
    """The ``content_path_hash`` Wagtail stores with a reference found at ``content_path``.

    Relies on ``ReferenceIndex._get_content_path_hash``: rows written in bulk must carry
    the hash Wagtail's own writes give them, or its unique constraint would not see them as
    the same reference.
    """
    return ReferenceIndex._get_content_path_hash(content_path)
