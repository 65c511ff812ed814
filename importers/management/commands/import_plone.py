from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from wagtail.models import Locale

from importers.commands import ImportCommand, progress_bar
from importers.errors import ImportFailure
from importers.plone.export_files import read_export
from importers.plone.run import import_plone_export
from importers.runs import RunFailed, Summary
from networks.models.directory import Organisation


class Command(ImportCommand):
    @property
    def help(self):
        return _(
            "Import a Plone site exported with collective.exportimport or plone.exportimport: "
            "the folder of network folders as the network index and its folders as networks "
            "with their minutes and events, other folders and documents as pages, files and "
            "images, translations and redirects from the old addresses. Importing again "
            "updates what it made."
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "export",
            metavar="EXPORT",
            help=_(
                "The exported content: a JSON file, a folder holding one, or a "
                "plone.exportimport folder with content/ in it."
            ),
        )
        parser.add_argument(
            "--network",
            metavar="SLUG",
            help=_("The network that receives the events and minutes outside network folders."),
        )
        parser.add_argument(
            "--organisation",
            metavar="NAME",
            help=_(
                "The organisation (name or short name) that owns the networks made from "
                "network folders; by default the site's only one."
            ),
        )
        parser.add_argument(
            "--translations",
            metavar="FILE",
            help=_("The translation groups (default: export_translations.json beside the export)."),
        )
        parser.add_argument(
            "--redirects",
            metavar="FILE",
            help=_("The redirection storage (default: export_redirects.json beside the export)."),
        )
        parser.add_argument(
            "--submit",
            action="store_true",
            help=_("Submit the pages that were not published in Plone to review."),
        )
        super().add_arguments(parser)

    def get_organisation(self, name):
        found = list(
            Organisation.objects.filter(locale=Locale.get_default(), name=name)
            or Organisation.objects.filter(locale=Locale.get_default(), short_name=name)
        )
        if len(found) != 1:
            raise CommandError(_("There is no one organisation named %(name)s.") % {"name": name})
        return found[0]

    def handle(self, *args, **options):
        network = None
        if options["network"]:
            network = self.get_network(options["network"])
        organisation = None
        if options["organisation"]:
            organisation = self.get_organisation(options["organisation"])
        user = self.get_user(options["user"])

        def work():
            try:
                export = read_export(
                    options["export"],
                    translations=options["translations"],
                    redirects=options["redirects"],
                )
                return import_plone_export(
                    export.name,
                    export.content,
                    network=network,
                    organisation=organisation,
                    user=user,
                    submit=options["submit"],
                    translation_groups=export.translation_groups,
                    redirects=export.redirects,
                    dry_run=options["dry_run"],
                    progress=progress_bar(quiet=options["quiet"]),
                )
            except ImportFailure as failure:
                raise RunFailed(Summary(failed=1, errors=[failure])) from failure

        self.run(
            work, dry_run=options["dry_run"], quiet=options["quiet"], verbosity=options["verbosity"]
        )
