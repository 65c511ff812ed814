"""The one exception every importer raises for bad input."""

from django.utils.translation import gettext as _


class ImportFailure(Exception):
    """Input that cannot be imported, named by its file and the line or item at fault.

    ``location`` is a line number (int) of a minutes file, or the id of a Plone item.
    """

    def __init__(self, message, *, source="", location=None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.location = location

    def __str__(self):
        if self.location is None:
            where = self.source
        elif isinstance(self.location, int):
            where = _("%(source)s, line %(line)s") % {"source": self.source, "line": self.location}
        else:
            where = _("%(source)s, item %(item)s") % {"source": self.source, "item": self.location}
        return f"{where}: {self.message}" if where else self.message

    def located(self, source, location=None):
        """The same failure attributed to ``source``, keeping a more precise location."""
        self.source = self.source or source
        if self.location is None:
            self.location = location
        return self
