from django.core.management.base import BaseCommand

from subscriptions.digests import queue_digests


class Command(BaseCommand):
    help = (
        "Queue the daily digest of each subscriber who chose one (run once a day, by a timer); "
        "the task worker sends them."
    )

    def handle(self, *args, **options):
        queued = queue_digests()
        self.stdout.write(f"{queued} digests queued")
