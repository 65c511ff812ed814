"""Which of an object's search fields the index stores as its title, body and autocomplete.

The same rules as modelsearch's database backends, whose indexers read every field once for
each of those: the backends here read each field once (a minutes page's agenda, attendees
and attachments are costly to read) and sort the values with these.
"""

from modelsearch.index import AutocompleteField, SearchField


def is_title(field):
    return isinstance(field, SearchField) and field.field_name == "title"


def is_body(field):
    return isinstance(field, SearchField) and field.field_name != "title"


def is_autocomplete(field):
    return isinstance(field, AutocompleteField)
