import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from subscriptions.models import Subscriber


class Command(BaseCommand):
    help = (
        "Delete the addresses never confirmed within SUBSCRIPTION_UNCONFIRMED_DAYS days "
        "(run daily, by a timer)."
    )

    def handle(self, *args, **options):
        days = settings.SUBSCRIPTION_UNCONFIRMED_DAYS
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _by_model = Subscriber.objects.filter(
            confirmed_at__isnull=True, created_at__lt=cutoff
        ).delete()
        self.stdout.write(f"{deleted} unconfirmed records deleted")
