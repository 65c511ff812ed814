from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from importers.commands import ImportCommand, progress_bar
from importers.errors import ImportFailure
from importers.plone.run import import_plone_export
from importers.runs import RunFailed, Summary


class Command(ImportCommand):
    @property
    def help(self):
        return _(
            "Import a Plone site exported with collective.exportimport: folders and documents "
            "as pages, events as conference pages, files and images, translations and "
            "redirects from the old addresses. Importing again updates what it made."
        )

    def add_arguments(self, parser):
        parser.add_argument("export", metavar="EXPORT.json", help=_("The exported content."))
        parser.add_argument(
            "--network",
            metavar="SLUG",
            help=_("The network that receives the events and minutes of the export."),
        )
        super().add_arguments(parser)

    def handle(self, *args, **options):
        network = None
        if options["network"]:
            network = self.get_network(options["network"])
        user = self.get_user(options["user"])
        path = Path(options["export"])
        try:
            data = path.read_bytes()
        except OSError as error:
            raise CommandError(
                _("%(path)s cannot be read: %(reason)s")
                % {"path": path, "reason": error.strerror or error}
            ) from error

        def work():
            try:
                return import_plone_export(
                    str(path),
                    data,
                    network=network,
                    user=user,
                    dry_run=options["dry_run"],
                    progress=progress_bar(quiet=options["quiet"]),
                )
            except ImportFailure as failure:
                raise RunFailed(Summary(failed=1, errors=[failure])) from failure

        self.run(
            work, dry_run=options["dry_run"], quiet=options["quiet"], verbosity=options["verbosity"]
        )
