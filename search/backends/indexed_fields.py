"""Which of an object's search fields the index stores as its title, body and autocomplete.

The same rules as modelsearch's database backends, whose indexers read every field once for
each of those: the backends here read each field once (a minutes page's agenda, attendees
and attachments are costly to read) and sort the values with these.
"""

from django.utils.functional import cached_property
from modelsearch.index import AutocompleteField, SearchField

from search.backends.language import object_language


def is_title(field):
    return isinstance(field, SearchField) and field.field_name == "title"


def is_body(field):
    return isinstance(field, SearchField) and field.field_name != "title"


def is_autocomplete(field):
    return isinstance(field, AutocompleteField)


class ReadOnceMixin:
    """For an ObjectIndexer: the object's language, and its search fields' values read once.

    ``values`` holds what the indexer's ``prepare_field`` yields for every field.
    """

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        self.language = object_language(obj)

    @cached_property
    def values(self):
        return [
            item for field in self.search_fields for item in self.prepare_field(self.obj, field)
        ]
