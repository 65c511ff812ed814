"""What kind of rows a queryset yields."""


def yields_values(queryset):
    """Whether ``queryset`` yields dicts or tuples (``values()``, ``values_list()``), not objects.

    Relies on Django's ``QuerySet._fields``, set by those two methods; a queryset has no
    public attribute telling what it will yield.
    """
    return queryset._fields is not None
