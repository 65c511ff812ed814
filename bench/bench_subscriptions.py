"""Publishing minutes to many subscribers: the editor's wait, and one worker's pace.

Works on a throw-away SQLite database, with the task queue's database backend and a real
SMTP server on the loopback address (aiosmtpd, as in the tests). An editor publishes a
minutes page through the admin's edit view, first with no subscriber, then with
``BENCH_SUBSCRIBERS`` (10,000) following the network; the request's time must not grow
with them, as it only queues the announcement. Then one worker (``manage.py db_worker
--batch``) runs the queue: it announces and sends one message to each subscriber, and
the messages per second it reached are printed, counted by what the mail server received.
"""

import os
import sys
import time

from throwaway_site import out, throwaway_site

SUBSCRIBERS = int(os.environ.get("BENCH_SUBSCRIBERS", "10000"))


def publish_through_the_admin(client, network, title):
    """The editor's request: a new minutes page published from the admin; its seconds."""
    from django.urls import reverse

    from tests.editorial import minutes_form_data
    from tests.factories import MinutesPageFactory

    page = MinutesPageFactory(
        parent=network, title=title, live=False, first_published_at=None, last_published_at=None
    )
    data = minutes_form_data(page, **{"action-publish": "action-publish"})
    started = time.perf_counter()
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    seconds = time.perf_counter() - started
    page.refresh_from_db()
    if response.status_code != 302 or not page.live:
        raise RuntimeError(f"the publication failed: {response.status_code}")
    return seconds


def add_subscribers(network, count):
    from django.utils import timezone

    from subscriptions.models import Subscriber, Subscription

    now = timezone.now()
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(email=f"prenumerant{n}@skola.example", language="sv", confirmed_at=now)
        for n in range(count)
    )
    Subscription.objects.bulk_create(
        Subscription(subscriber=subscriber, network=network) for subscriber in subscribers
    )


def main():
    with throwaway_site("bench-subscriptions-"):
        from django.conf import settings
        from django.core.management import call_command
        from django.test import Client, override_settings

        from tests.editorial import make_user
        from tests.factories import NetworkPageFactory, build_site_tree
        from tests.smtp_server import SMTPServer

        tree = build_site_tree()
        network = NetworkPageFactory(parent=tree.network_index, title="Skolchefer i Bänkby")
        settings.ALLOWED_HOSTS = ["testserver"]
        client = Client()
        client.force_login(make_user("redaktor", superuser=True))

        queue = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
        with SMTPServer() as smtp, override_settings(TASKS=queue, **smtp.settings()):
            # The first request compiles templates and fills caches: not the editor's wait.
            publish_through_the_admin(client, network, "Minnesanteckningar för uppvärmning")
            alone = publish_through_the_admin(client, network, "Minnesanteckningar utan läsare")
            call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
            add_subscribers(network, SUBSCRIBERS)
            crowded = publish_through_the_admin(client, network, "Minnesanteckningar till alla")
            out(f"publishing, no subscriber:          {alone * 1000:7.0f} ms")
            out(f"publishing, {SUBSCRIBERS:,} subscribers: {crowded * 1000:7.0f} ms")

            started = time.perf_counter()
            call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
            seconds = time.perf_counter() - started
            received = len(smtp.messages)
            pace = received / seconds
            out(f"one worker: {received:,} messages in {seconds:.1f} s, {pace:.0f} a second")
            if received != SUBSCRIBERS:
                out(f"expected {SUBSCRIBERS:,} messages")
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
