from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core.bulk_load.upkeep import after_bulk_load
from core.quiet_logging import per_page_logging_held_back
from demo.admin_user import USERNAME, ensure_admin_user
from demo.build import build_demo
from demo.report import BuildReport


class Command(BaseCommand):
    @property
    def help(self):
        # A property, not a class attribute: argparse needs a str, not a lazy translation,
        # and the language is only known once the command runs.
        return str(
            _(
                "Build the demo site: organisations, people, networks, minutes and "
                "conferences. Safe to run again: whatever already exists is left untouched."
            )
        )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin",
            action="store_true",
            help=str(_("Do not create the local 'admin' superuser, even when DEBUG is on.")),
        )
        parser.add_argument(
            "--migrate",
            action="store_true",
            help=str(_("Apply the database's migrations first, in the same process.")),
        )

    def handle(
        self, *args, no_admin: bool = False, migrate: bool = False, verbosity: int = 1, **options
    ):
        self.verbosity = verbosity
        if migrate:
            # One start of the site for both: a first `make run` spends seconds on each start.
            call_command("migrate", interactive=False, verbosity=min(verbosity, 1))
        report = BuildReport(on_event=self._write_event)
        with per_page_logging_held_back(verbosity), transaction.atomic():
            users = build_demo(report)
            admin = None if no_admin else ensure_admin_user()
        after_bulk_load()

        self._write_summary(report)
        if admin is not None:
            self._write_admin(admin)
        self._write_users(users)

    def _write_event(self, kind: str, label: str, created: bool) -> None:
        # New objects are listed by default; those already present only when asked
        # (-v 2), so that a second run prints no more than its summary.
        if created and self.verbosity >= 1:
            status = self.style.SUCCESS(_("created"))
            self.stdout.write(f"  {status}  {kind}: {label}")
        elif not created and self.verbosity >= 2:
            status = _("already present")
            self.stdout.write(f"  {status}  {kind}: {label}")

    def _write_summary(self, report: BuildReport) -> None:
        if self.verbosity < 1:
            return
        self.stdout.write("")
        for kind in report.kinds:
            self.stdout.write(
                _("%(kind)s: %(created)d created, %(present)d already present")
                % {
                    "kind": kind,
                    "created": report.created_counts[kind],
                    "present": report.present_counts[kind],
                }
            )
        totals = _("Demo content: %(created)d objects created, %(present)d already present.") % {
            "created": report.total_created,
            "present": report.total_present,
        }
        self.stdout.write(self.style.SUCCESS(totals) if report.total_created else totals)

    def _write_users(self, users) -> None:
        if not users:
            return
        self.stdout.write(_("Demo users for trying the editorial workflow:"))
        for created in users:
            self.stdout.write(
                self.style.WARNING(
                    _("  %(username)s (%(description)s), password: %(password)s")
                    % {
                        "username": created.user.username,
                        "description": created.user.description,
                        "password": created.password,
                    }
                )
            )
        self.stdout.write(_("The passwords are shown only this once."))

    def _write_admin(self, admin) -> None:
        if admin.skipped:
            if self.verbosity >= 1:
                self.stdout.write(self.style.NOTICE(_("DEBUG is off: no admin user was created.")))
        elif admin.created:
            self.stdout.write(
                self.style.WARNING(
                    _("Created superuser '%(username)s' with password: %(password)s")
                    % {"username": USERNAME, "password": admin.password}
                )
            )
            self.stdout.write(_("The password is shown only this once."))
        elif self.verbosity >= 1:
            self.stdout.write(
                _(
                    "Superuser '%(username)s' already exists. To set a new password, run: "
                    "manage.py changepassword %(username)s"
                )
                % {"username": USERNAME}
            )
