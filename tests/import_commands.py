"""What the import commands' tests share.

Two organisations with their networks and roles (``build_editorial_world``), a folder of
their own for each test's files, and the command run as an operator runs it: on the first
organisation's network, with what it prints read in English, and the work its transaction
leaves for after the commit (search indexing, document text) done.
"""

import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import TestCase
from django.utils import translation

from tests.editorial import build_editorial_world


class ImportCommandTestCase(TestCase):
    #: The management command the tests run.
    command = "import_minutes"

    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a
        cls.editor = cls.world.users["editor_a"]

    def setUp(self):
        directory = tempfile.TemporaryDirectory()
        self.addCleanup(directory.cleanup)
        self.directory = Path(directory.name)

    def run_command(self, *args, **options):
        """What the command printed: its standard output and its standard error.

        Also kept as ``self.printed`` when the command fails, for the test to read.
        """
        out, err = io.StringIO(), io.StringIO()
        try:
            with translation.override("en"), self.captureOnCommitCallbacks(execute=True):
                call_command(
                    self.command,
                    *map(str, args),
                    network=self.network.slug,
                    stdout=out,
                    stderr=err,
                    **options,
                )
        finally:
            self.printed = (out.getvalue(), err.getvalue())
        return self.printed
