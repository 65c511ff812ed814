import datetime
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from importers.commands import ImportCommand
from importers.file_report import print_report, write_report
from importers.runs import import_minutes_files


class Command(ImportCommand):
    @property
    def help(self):
        return _(
            "Import minutes files (.txt, .docx, .pdf) as minutes pages of a network, as "
            "drafts owned by the importing user, for them to correct and submit. Importing "
            "a file again updates its page."
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
        sending = parser.add_mutually_exclusive_group()
        sending.add_argument(
            "--submit",
            action="store_true",
            help=_("Submit the drafts to the network's review."),
        )
        sending.add_argument(
            "--publish",
            action="store_true",
            help=_("Publish the pages instead of leaving them as drafts."),
        )
        parser.add_argument(
            "--keep-going",
            action="store_true",
            help=_(
                "Import each file on its own: a file that cannot be imported is reported and "
                "the others are imported. Without it, one such file and nothing is imported."
            ),
        )
        parser.add_argument(
            "--report",
            metavar="PATH",
            help=_(
                "Where to write the per-file report as CSV (default with --keep-going: "
                "import-minutes-report-<date and time>.csv in the current directory)."
            ),
        )
        super().add_arguments(parser)

    def handle(self, *args, **options):
        report = options["report"]
        if report and not Path(report).parent.is_dir():
            raise CommandError(
                _("The report cannot be written to %(path)s: there is no such directory.")
                % {"path": report}
            )
        network = self.get_network(options["network"])
        default_date = self.get_date(options["date"])
        user = self.get_user(options["user"])
        self.quiet = options["quiet"]
        summary = self.run(
            lambda: import_minutes_files(
                options["paths"],
                network,
                default_date=default_date,
                user=user,
                publish=options["publish"],
                submit=options["submit"],
                dry_run=options["dry_run"],
                keep_going=options["keep_going"],
                progress=self.progress,
            ),
            dry_run=options["dry_run"],
            quiet=options["quiet"],
            verbosity=options["verbosity"],
        )
        if options["keep_going"] or options["report"]:
            self.report(summary, options["report"])

    def report(self, summary, path):
        print_report(summary.files, self.stdout)
        written = write_report(summary.files, path)
        self.stdout.write(_("Report written to %(path)s") % {"path": written})
        if summary.failed:
            for error in summary.errors:
                self.stderr.write(str(error))
            raise CommandError(
                _("%(failed)s of %(total)s files could not be imported; see the report.")
                % {"failed": summary.failed, "total": len(summary.files)}
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
