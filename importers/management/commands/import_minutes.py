import datetime

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from importers.commands import ImportCommand
from importers.runs import import_minutes_files


class Command(ImportCommand):
    @property
    def help(self):
        return _(
            "Import minutes files (.txt, .docx, .pdf) as minutes pages of a network, as "
            "drafts submitted for review. Importing a file again updates its page."
        )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help=_("Files or directories."))
        parser.add_argument(
            "--network", required=True, metavar="SLUG", help=_("The network's page slug.")
        )
        parser.add_argument(
            "--date",
            metavar="YYYY-MM-DD",
            help=_("The meeting date of files whose text and name give none."),
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help=_("Publish the pages instead of submitting them."),
        )
        super().add_arguments(parser)

    def handle(self, *args, **options):
        network = self.get_network(options["network"])
        default_date = self.get_date(options["date"])
        user = self.get_user(options["user"])
        self.quiet = options["quiet"]
        self.run(
            lambda: import_minutes_files(
                options["paths"],
                network,
                default_date=default_date,
                user=user,
                publish=options["publish"],
                dry_run=options["dry_run"],
                progress=self.progress,
            ),
            dry_run=options["dry_run"],
            quiet=options["quiet"],
            verbosity=options["verbosity"],
        )

    def get_date(self, value):
        if not value:
            return None
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as error:
            raise CommandError(
                _("%(value)s is not a date; write it as YYYY-MM-DD.") % {"value": value}
            ) from error
