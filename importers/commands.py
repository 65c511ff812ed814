"""What the two import commands share: options, progress bars, quiet logs and the summary."""

import sys

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm
from wagtail.models import Locale

from core.quiet_logging import per_page_logging_held_back
from importers.runs import RunFailed
from networks.models.network_page import NetworkPage


def progress_bar(*, quiet):
    """Wraps an iterable in a progress bar on the terminal, hidden when ``quiet``."""

    def wrap(iterable, **kwargs):
        disable = quiet or not sys.stderr.isatty()
        return tqdm(iterable, disable=disable, file=sys.stderr, leave=False, **kwargs)

    return wrap


class ImportCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Show what would be created or changed, and change nothing."),
        )
        parser.add_argument(
            "--user",
            metavar="USERNAME",
            help=_("The user the new revisions are attributed to (default: none)."),
        )
        parser.add_argument(
            "--quiet", action="store_true", help=_("No progress bar and no line per item.")
        )

    def get_user(self, username):
        if not username:
            return None
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as error:
            raise CommandError(_("There is no user %(name)s.") % {"name": username}) from error

    def get_network(self, slug):
        networks = NetworkPage.objects.filter(slug=slug, alias_of__isnull=True).order_by("path")
        default = networks.filter(locale=Locale.get_default())
        found = list(default or networks)
        if not found:
            raise CommandError(_("There is no network with the slug %(slug)s.") % {"slug": slug})
        if len(found) > 1:
            raise CommandError(
                _("Several networks have the slug %(slug)s; rename one of them.") % {"slug": slug}
            )
        return found[0]

    def progress(self, iterable, **kwargs):
        return progress_bar(quiet=self.quiet)(iterable, **kwargs)

    def run(self, work, *, dry_run, quiet, verbosity):
        """Run ``work()``, print its plan and summary; fail with every error, changing nothing."""
        self.quiet = quiet
        try:
            with per_page_logging_held_back(verbosity):
                summary = work()
        except RunFailed as failed:
            for error in failed.summary.errors:
                self.stderr.write(str(error))
            raise CommandError(
                _("Nothing was imported. %(summary)s") % {"summary": failed.summary}
            ) from failed
        if not quiet:
            for line in summary.plan:
                self.stdout.write(line)
        if dry_run:
            self.stdout.write(self.style.WARNING(_("Dry run: nothing was changed.")))
        self.stdout.write(self.style.SUCCESS(str(summary)))
        return summary
