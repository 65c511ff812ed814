"""Subscriptions end to end: the public pages, the task queue's worker and a real mail server.

Django sends to an SMTP server the test starts (tests/smtp_server.py), and the queue is
the database backend, as in production. The worker is ``manage.py db_worker --batch``
run in the test's own process: the test database on SQLite lives in memory, where no
second process could see it, and the same command runs the same way on PostgreSQL. It
runs every task waiting and stops, as a worker started after an outage would. The tests
commit (``transaction=True``), as the worker claims each task in a transaction of its own.
"""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client, override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from minutes.models.follow_up import FollowUp, FollowUpState
from subscriptions.models import Frequency, Subscriber
from tests.factories import (
    ConferencePageFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    agenda_item,
    build_site_tree,
)
from tests.smtp_server import SMTPServer, html_of, text_of

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
ADDRESS = "rektor.nilsson@skola.example"
ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def smtp():
    with SMTPServer() as server, override_settings(TASKS=DATABASE_QUEUE, **server.settings()):
        yield server


@pytest.fixture
def network():
    tree = build_site_tree()
    return NetworkPageFactory(parent=tree.network_index, title="Skolchefer i Norrdal")


def run_worker():
    """``manage.py db_worker``: every task waiting, then it stops."""
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def link_in(message, word):
    """The path of the first link in ``message``'s text that contains ``word``."""
    url = next(url for url in re.findall(r"https?://\S+", text_of(message)) if word in url)
    return urlsplit(url).path


def subscribe(client, network=None, email=ADDRESS, **fields):
    data = {
        "email": email,
        "network": network.pk if network else "",
        "kinds": ["minutes", "conferences", "follow_ups"],
        "language": "sv",
        "frequency": Frequency.IMMEDIATE,
        **fields,
    }
    return client.post("/prenumerera/", data, **ORIGIN)


def confirmed_subscriber(smtp, network, email=ADDRESS, **fields):
    """Subscribe through the form and confirm through the link the message brought."""
    client = Client()
    assert subscribe(client, network, email, **fields).status_code == 200
    run_worker()
    confirm = link_in(
        smtp.to(email)[-1], "/confirm/" if fields.get("language") == "en" else "/bekrafta/"
    )
    assert client.post(confirm).status_code == 200
    return Subscriber.objects.get(email=email)


def draft_minutes(network, **fields):
    return MinutesPageFactory(
        parent=network, live=False, first_published_at=None, last_published_at=None, **fields
    )


def publish(page):
    page.save_revision().publish()
    return page


def notices_to(smtp, email=ADDRESS):
    return [m for m in smtp.to(email) if "List-Unsubscribe" in m]


def test_subscribe_confirm_receive_and_unsubscribe_in_one_click(smtp, network):
    client = Client()
    page = client.get(network.url)
    assert 'action="/prenumerera/"' in page.content.decode()

    answer = subscribe(client, network)
    assert answer.status_code == 200
    assert smtp.messages == []  # nothing is sent within the request
    run_worker()
    (confirmation,) = smtp.to(ADDRESS)
    assert "Skolchefer i Norrdal" in text_of(confirmation)
    assert Subscriber.objects.get(email=ADDRESS).confirmed_at is None

    confirm = link_in(confirmation, "bekrafta")
    assert client.get(confirm).status_code == 200  # a button: a link checker confirms nothing
    assert Subscriber.objects.get(email=ADDRESS).confirmed_at is None
    assert client.post(confirm).status_code == 200
    assert Subscriber.objects.get(email=ADDRESS).confirmed_at is not None

    publish(
        draft_minutes(
            network,
            title="Minnesanteckningar 12 mars",
            meeting_date=datetime.date(2026, 3, 12),
            agenda=[agenda_item(4, "Läsårstider", decisions=["att läsårstiderna fastställs"])],
        )
    )
    assert len(notices_to(smtp)) == 0  # waiting in the queue
    run_worker()
    (notice,) = notices_to(smtp)
    assert notice["Subject"] == "Skolchefer i Norrdal: Minnesanteckningar 12 mars"
    assert "12 mars 2026" in text_of(notice)
    assert "Läsårstider: att läsårstiderna fastställs" in text_of(notice)
    assert "Läsårstider: att läsårstiderna fastställs" in html_of(notice)
    assert notice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # What a mail client does with the header (RFC 8058): a POST without cookies or token.
    unsubscribe = urlsplit(str(notice["List-Unsubscribe"]).strip().strip("<>")).path
    one_click = Client(enforce_csrf_checks=True).post(
        unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert one_click.status_code == 200
    assert not Subscriber.objects.filter(email=ADDRESS).exists()

    publish(draft_minutes(network, title="Minnesanteckningar 9 april"))
    run_worker()
    assert len(notices_to(smtp)) == 1


def test_a_stopped_worker_loses_nothing(smtp, network):
    confirmed_subscriber(smtp, network)
    publish(draft_conference(network))
    publish(draft_minutes(network, title="Minnesanteckningar 2 maj"))
    # No worker runs: the work waits in the database.
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert notices_to(smtp) == []
    run_worker()
    subjects = sorted(message["Subject"] for message in notices_to(smtp))
    assert subjects == [
        "Skolchefer i Norrdal: Höstkonferensen",
        "Skolchefer i Norrdal: Minnesanteckningar 2 maj",
    ]
    assert not DBTaskResult.objects.filter(status="READY").exists()


def draft_conference(network, title="Höstkonferensen"):
    return ConferencePageFactory(
        parent=network,
        title=title,
        live=False,
        first_published_at=None,
        last_published_at=None,
    )


def test_an_unconfirmed_address_is_never_mailed_news(smtp, network):
    assert subscribe(Client(), network).status_code == 200
    publish(draft_minutes(network))
    run_worker()
    (only,) = smtp.to(ADDRESS)
    assert "List-Unsubscribe" not in only  # the confirmation, and nothing more


def test_private_draft_and_alias_pages_are_never_announced(smtp, network):
    confirmed_subscriber(smtp, network)
    draft_minutes(network).save_revision()  # a draft, never published
    private = draft_minutes(network, title="Minnesanteckningar, slutet möte")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    publish(private)
    other = NetworkPageFactory(parent=network.get_parent(), title="Annat nätverk")
    source = draft_minutes(other, title="Minnesanteckningar hos grannen")
    source.create_alias(parent=network, update_slug="grannens")
    publish(source)  # the alias is published with it
    run_worker()
    assert notices_to(smtp) == []


def test_a_republished_page_is_announced_once(smtp, network):
    confirmed_subscriber(smtp, network)
    minutes = publish(draft_minutes(network))
    minutes.title = "Rättade minnesanteckningar"
    publish(minutes)
    run_worker()
    assert len(notices_to(smtp)) == 1


def test_digest_subscribers_get_one_message_a_day(smtp, network):
    subscriber = confirmed_subscriber(smtp, network, frequency=Frequency.DIGEST)
    publish(draft_minutes(network, title="Minnesanteckningar 3 juni"))
    publish(draft_conference(network, title="Sommarkonferensen"))
    run_worker()
    assert notices_to(smtp) == []
    call_command("send_subscription_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    run_worker()
    (digest,) = notices_to(smtp)
    assert "Minnesanteckningar 3 juni" in text_of(digest)
    assert "Sommarkonferensen" in text_of(digest)
    subscriber.refresh_from_db()
    assert subscriber.digest_sent_at is not None
    # The next day's digest does not repeat them.
    call_command("send_subscription_digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    run_worker()
    assert len(notices_to(smtp)) == 1


def test_follow_ups_reported_back_reach_those_who_follow_them(smtp, network):
    confirmed_subscriber(smtp, network, kinds=["follow_ups"])
    decided = publish(draft_minutes(network, title="Minnesanteckningar 1 februari"))
    follow_up = FollowUp.objects.create(
        network=network,
        minutes=decided,
        heading="Skolskjuts",
        clause="att förvaltningen återkommer med en utredning om skolskjutsarna",
        state=FollowUpState.OPEN,
    )
    run_worker()
    assert notices_to(smtp) == []  # minutes are not followed, only follow-ups
    reporting = draft_minutes(
        network,
        title="Minnesanteckningar 1 mars",
        agenda=[
            agenda_item(2, "Skolskjuts", decisions=["att utredningen läggs till handlingarna"])
        ],
    )
    item_id = reporting.agenda.raw_data[0]["id"]
    FollowUp.objects.filter(pk=follow_up.pk).update(reported_in=reporting, reported_item_id=item_id)
    publish(reporting)
    run_worker()
    (notice,) = notices_to(smtp)
    assert "återkommer med en utredning om skolskjutsarna" in text_of(notice)


def test_english_readers_get_english_messages(smtp, network):
    confirmed_subscriber(smtp, network, language="en")
    publish(draft_minutes(network, title="Minnesanteckningar 7 maj"))
    run_worker()
    (notice,) = notices_to(smtp)
    assert "Unsubscribe:" in text_of(notice)
    assert "/en/subscribe/unsubscribe/" in notice["List-Unsubscribe"]


@override_settings(SUBSCRIPTION_MAIL_RETRIES=1, SUBSCRIPTION_MAIL_RETRY_SECONDS=0)
def test_a_message_the_server_refuses_is_tried_again_then_recorded_failed(smtp, network, caplog):
    subscriber = confirmed_subscriber(smtp, network)
    smtp.stop()  # the mail server goes down
    publish(draft_minutes(network))
    with caplog.at_level("WARNING", logger="subscriptions.tasks"):
        run_worker()
    sends = DBTaskResult.objects.filter(task_path="subscriptions.tasks.send_notices")
    assert sorted(sends.values_list("status", flat=True)) == ["FAILED", "SUCCESSFUL"]
    assert "not sent after 2 attempts" in caplog.text
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
