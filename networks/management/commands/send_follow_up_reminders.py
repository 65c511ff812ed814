"""Run daily: e-mail those who owe a follow-up at their network's next meeting."""

from django.core.management.base import BaseCommand, CommandError

from networks.follow_up_reminders import send_follow_up_reminders


class Command(BaseCommand):
    help = "E-mail reminders of the follow-ups due at each network's next meeting."

    def add_arguments(self, parser):
        parser.add_argument(
            "--within-days",
            type=int,
            default=14,
            help="Remind of meetings at most this many days ahead (default 14).",
        )

    def handle(self, *args, within_days, **options):
        if within_days < 0:
            raise CommandError("--within-days cannot be negative.")
        sent = send_follow_up_reminders(within_days=within_days)
        follow_ups = sum(len(reminder.follow_ups) for reminder in sent)
        self.stdout.write(f"{len(sent)} reminders sent about {follow_ups} follow-ups.")
