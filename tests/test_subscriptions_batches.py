"""A worker sends a publication's messages in batches, one message per subscriber.

Set up as tests/test_subscriptions_worker.py: the database queue, ``db_worker --batch`` in
the test's process, a real SMTP server, and tests that commit.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from subscriptions import tasks
from subscriptions.models import Subscriber, Subscription
from tests.factories import MinutesPageFactory, NetworkPageFactory, build_site_tree
from tests.smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
ADDRESSES = [f"rektor{n}@skola.example" for n in range(1, 6)]


@pytest.fixture
def smtp(monkeypatch):
    # Five subscribers in batches of two: three tasks, one of them not full.
    monkeypatch.setattr(tasks, "MESSAGES_PER_TASK", 2)
    with SMTPServer() as server, override_settings(TASKS=DATABASE_QUEUE, **server.settings()):
        yield server


@pytest.fixture
def network():
    network = NetworkPageFactory(parent=build_site_tree().network_index, title="Rektorsnätverket")
    for address in ADDRESSES:
        subscriber = Subscriber.objects.create(
            email=address, language="sv", confirmed_at=timezone.now()
        )
        Subscription.objects.create(subscriber=subscriber, network=network)
    return network


def publish_minutes(network):
    page = MinutesPageFactory(
        parent=network,
        title="Minnesanteckningar 4 november",
        live=False,
        first_published_at=None,
        last_published_at=None,
    )
    page.save_revision().publish()


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def args(result):
    return result.args_kwargs["args"]


def sends():
    return DBTaskResult.objects.filter(task_path="subscriptions.tasks.send_notices")


def test_each_subscriber_gets_one_message_from_batches(smtp, network):
    publish_minutes(network)
    run_worker()
    assert sorted(r for message in smtp.messages for r in message.recipients) == ADDRESSES
    assert {message["Subject"] for message in smtp.messages} == {
        "Rektorsnätverket: Minnesanteckningar 4 november"
    }
    # Each message carries its own reader's unsubscribe link.
    assert len({message["List-Unsubscribe"] for message in smtp.messages}) == len(ADDRESSES)
    assert sorted(len(args(result)[0]) for result in sends()) == [1, 2, 2]


@override_settings(SUBSCRIPTION_MAIL_RETRIES=1, SUBSCRIPTION_MAIL_RETRY_SECONDS=0)
def test_only_the_refused_message_of_a_batch_is_tried_again(smtp, network, caplog):
    smtp.refuse(ADDRESSES[1])
    publish_minutes(network)
    with caplog.at_level("WARNING", logger="subscriptions.tasks"):
        run_worker()
    delivered = sorted(r for message in smtp.messages for r in message.recipients)
    assert delivered == [address for address in ADDRESSES if address != ADDRESSES[1]]
    refused_id = Subscriber.objects.get(email=ADDRESSES[1]).pk
    (retried,) = [result for result in sends() if args(result)[0] == [refused_id]]
    assert retried.status == "FAILED"
    assert args(retried)[3] == 2  # the second attempt, for the refused subscriber alone
    assert sends().exclude(pk=retried.pk).filter(status="SUCCESSFUL").count() == 3
    assert "Subscription e-mail not sent after 2 attempts" in caplog.text
