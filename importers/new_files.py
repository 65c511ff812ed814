"""The files an import run writes to storage, removed again when its transaction is not kept.

A run writes an image's or a document's file as it saves the object, inside the run's
transaction, so that a committed row never names a file that is not there. A dry run or
a failed run rolls the rows back; the files written for them, and the folders made for
those files, are then removed, and the storage is as it was before the run. Writing the
files only once the transaction has committed (``on_commit``) would leave committed rows
naming missing files whenever a write failed, with nothing left to take the rows back;
here the worst a crash between the write and the removal can leave is a file no row names.
"""

import contextlib
import logging
import os
import posixpath

logger = logging.getLogger(__name__)


class NewFiles:
    """Saves objects with a new file and remembers what that wrote, to undo it."""

    def __init__(self):
        self.files = []  # (storage, name)
        self.folders = []  # (storage, name) of the folders made for them

    def save(self, instance, field_name):
        """Save ``instance``, whose file in ``field_name`` is new and not yet written."""
        field_file = getattr(instance, field_name)
        storage = field_file.storage
        name = field_file.field.generate_filename(instance, field_file.name)
        self.note_missing_folders(storage, posixpath.dirname(name))
        instance.save()
        # The name the storage chose, which may differ from the one asked for.
        self.files.append((storage, getattr(instance, field_name).name))

    def note_missing_folders(self, storage, folder):
        while folder and not storage.exists(folder):
            self.folders.append((storage, folder))
            folder = posixpath.dirname(folder)

    def remove(self):
        """Delete the files written and the folders made for them, deepest first."""
        for storage, name in self.files:
            try:
                storage.delete(name)
            except OSError:
                # The run's own failure, if any, is the one to report.
                logger.warning("The file %s written by an undone import stays.", name)
        deepest_first = sorted(self.folders, key=lambda entry: entry[1].count("/"), reverse=True)
        for storage, folder in deepest_first:
            # Storages without folders of their own have no path; a folder that another
            # upload has since put a file in is not empty.
            with contextlib.suppress(NotImplementedError, OSError):
                os.rmdir(storage.path(folder))
        self.files, self.folders = [], []
