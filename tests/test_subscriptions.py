"""The public doors of subscriptions and the administrators' view of subscribers.

What a visitor meets: the form on the site's pages, the answer to "subscribe" (the same
for every address), the throttle, the signed links refused when forged or expired, the
page to change or end a subscription; and the purge of unconfirmed addresses. The mail
server and the task worker are in tests/test_subscriptions_worker.py; here the tasks run
inside the request and the messages are kept in memory.
"""

import datetime
import json
import re
from urllib.parse import urlsplit

import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase, override_settings
from django.utils import timezone

from subscriptions.links import MANAGE_SALT, UNSUBSCRIBE_SALT, sign_token
from subscriptions.models import Frequency, Subscriber, Subscription
from tests.editorial import build_editorial_world
from tests.factories import NetworkPageFactory, build_site_tree

ORIGIN = {"HTTP_ORIGIN": "http://testserver"}
ADDRESS = "forskolechef@kommun.example"


def form_data(network=None, email=ADDRESS, **fields):
    return {
        "email": email,
        "network": network.pk if network else "",
        "kinds": ["minutes", "conferences"],
        "language": "sv",
        "frequency": Frequency.IMMEDIATE,
        **fields,
    }


def confirmation_path(message):
    url = re.search(r"https?://\S+/bekrafta/\S+", message.body).group(0)
    return urlsplit(url).path


class SubscriptionTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Rektorer i Ådalen")

    def subscribe(self, client=None, **fields):
        client = client or Client()
        return client.post("/prenumerera/", form_data(self.network, **fields), **ORIGIN)

    def confirmed(self, **fields):
        self.subscribe(**fields)
        Client().post(confirmation_path(mail.outbox[-1]))
        return Subscriber.objects.get(email=fields.get("email", ADDRESS))


class FormTests(SubscriptionTestCase):
    def test_the_form_is_on_network_pages_and_the_sites_listings(self):
        for page in (self.network, self.tree.home, self.tree.conference_index):
            content = Client().get(page.url).content.decode()
            self.assertIn('action="/prenumerera/"', content, page)
            self.assertIn("Prenumerera", content)
        network_form = Client().get(self.network.url).content.decode()
        self.assertIn(f'name="network" value="{self.network.pk}"', network_form)

    def test_the_form_carries_no_token_so_the_page_can_be_cached_for_everyone(self):
        content = Client().get(self.network.url).content.decode()
        form = content[content.index('action="/prenumerera/"') :]
        self.assertNotIn("csrfmiddlewaretoken", form[: form.index("</form>")])

    def test_the_subscribe_page_answers_any_network_parameter(self):
        for value in ("", "abc", "99999999999999999999", str(self.network.pk)):
            self.assertEqual(Client().get("/prenumerera/", {"network": value}).status_code, 200)

    def test_english_has_its_own_address(self):
        self.assertEqual(Client().get("/en/subscribe/").status_code, 200)


class SubscribeTests(SubscriptionTestCase):
    def test_the_answer_is_the_same_whether_the_address_is_known_or_not(self):
        self.confirmed()
        known = self.subscribe()
        unknown = self.subscribe(email="ny.adress@kommun.example")
        self.assertEqual(known.status_code, unknown.status_code)
        self.assertEqual(known.content, unknown.content)

    def test_nothing_is_followed_before_the_address_confirms(self):
        response = self.subscribe()
        self.assertEqual(response.status_code, 200)
        subscriber = Subscriber.objects.get(email=ADDRESS)
        self.assertIsNone(subscriber.confirmed_at)
        self.assertFalse(Subscription.objects.exists())
        (message,) = mail.outbox
        self.assertIn("Rektorer i Ådalen", message.body)
        self.assertNotIn("List-Unsubscribe", message.extra_headers)

    def test_confirming_follows_what_was_asked(self):
        subscriber = self.confirmed(kinds=["conferences"], frequency=Frequency.DIGEST)
        self.assertIsNotNone(subscriber.confirmed_at)
        self.assertEqual(subscriber.frequency, Frequency.DIGEST)
        subscription = subscriber.subscriptions.get()
        self.assertEqual(subscription.network_id, self.network.pk)
        self.assertEqual(subscription.kinds, ["conferences"])

    def test_a_request_for_someone_elses_address_changes_nothing_until_they_confirm(self):
        subscriber = self.confirmed(kinds=["minutes"])
        self.subscribe(kinds=["conferences"], language="en")
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.language, "sv")
        self.assertEqual(subscriber.subscriptions.get().kinds, ["minutes"])

    def test_bad_input_is_refused_and_changes_nothing(self):
        cases = [
            {"email": "inte-en-adress"},
            {"kinds": []},
            {"language": "de"},
            {"frequency": "hourly"},
            {"network": "999999"},
            {"network": "x"},
        ]
        for fields in cases:
            response = Client().post(
                "/prenumerera/", {**form_data(self.network), **fields}, **ORIGIN
            )
            self.assertEqual(response.status_code, 400, fields)
        self.assertFalse(Subscriber.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_a_private_network_cannot_be_followed(self):
        private = NetworkPageFactory(parent=self.tree.network_index, live=False)
        response = Client().post("/prenumerera/", form_data(private), **ORIGIN)
        self.assertEqual(response.status_code, 400)

    def test_a_post_from_another_site_is_refused(self):
        for headers in ({}, {"HTTP_ORIGIN": "https://elak.example"}):
            response = Client().post("/prenumerera/", form_data(self.network), **headers)
            self.assertEqual(response.status_code, 403)
        self.assertFalse(Subscriber.objects.exists())

    def test_a_referer_from_the_site_will_do(self):
        response = Client().post(
            "/prenumerera/", form_data(self.network), HTTP_REFERER="http://testserver/natverk/"
        )
        self.assertEqual(response.status_code, 200)

    @override_settings(SUBSCRIBE_LIMIT=2)
    def test_requests_for_one_address_are_throttled(self):
        statuses = [self.subscribe().status_code for _ in range(3)]
        self.assertEqual(statuses, [200, 200, 429])
        self.assertEqual(len(mail.outbox), 2)
        self.assertEqual(self.subscribe(email="annan@kommun.example").status_code, 200)

    @override_settings(SUBSCRIBE_ADDRESS_LIMIT=3)
    def test_requests_from_one_client_are_throttled(self):
        statuses = [self.subscribe(email=f"a{n}@kommun.example").status_code for n in range(4)]
        self.assertEqual(statuses, [200, 200, 200, 429])
        self.assertEqual(Subscriber.objects.count(), 3)
        other = Client(REMOTE_ADDR="192.0.2.7")
        self.assertEqual(self.subscribe(other, email="b@kommun.example").status_code, 200)


class LinkTests(SubscriptionTestCase):
    def test_a_forged_confirmation_link_is_refused(self):
        self.subscribe()
        path = confirmation_path(mail.outbox[-1])
        forged = path[:-6] + ("A" if path[-6] != "A" else "B") + path[-5:]
        for link in (forged, "/prenumerera/bekrafta/hittepa/"):
            self.assertEqual(Client().get(link).status_code, 400)
            self.assertEqual(Client().post(link).status_code, 400)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)

    def test_an_expired_confirmation_link_is_refused(self):
        self.subscribe()
        path = confirmation_path(mail.outbox[-1])
        with time_machine.travel(timezone.now() + datetime.timedelta(days=3, minutes=1)):
            response = Client().post(path)
        self.assertEqual(response.status_code, 410)
        self.assertContains(response, "har gått ut", status_code=410)
        self.assertIsNone(Subscriber.objects.get().confirmed_at)

    def test_a_link_of_one_kind_does_not_open_another(self):
        subscriber = self.confirmed()
        unsubscribe_value = sign_token(subscriber, UNSUBSCRIBE_SALT)
        self.assertEqual(Client().get(f"/prenumerera/andra/{unsubscribe_value}/").status_code, 400)
        self.assertEqual(
            Client().post(f"/prenumerera/bekrafta/{unsubscribe_value}/").status_code, 400
        )

    def test_links_of_an_ended_subscription_are_gone(self):
        subscriber = self.confirmed()
        manage = f"/prenumerera/andra/{sign_token(subscriber, MANAGE_SALT)}/"
        unsubscribe = f"/prenumerera/avsluta/{sign_token(subscriber, UNSUBSCRIBE_SALT)}/"
        subscriber.delete()
        self.assertEqual(Client().get(manage).status_code, 410)
        self.assertEqual(Client().get(unsubscribe).status_code, 410)
        # A mail client may send its one-click POST twice.
        self.assertEqual(Client().post(unsubscribe).status_code, 200)

    def test_an_unconfirmed_address_has_no_manage_page(self):
        self.subscribe()
        subscriber = Subscriber.objects.get()
        manage = f"/prenumerera/andra/{sign_token(subscriber, MANAGE_SALT)}/"
        self.assertEqual(Client().get(manage).status_code, 410)


class ManageTests(SubscriptionTestCase):
    def manage_path(self, subscriber):
        return f"/prenumerera/andra/{sign_token(subscriber, MANAGE_SALT)}/"

    def test_kinds_language_and_frequency_can_be_changed(self):
        subscriber = self.confirmed()
        subscription = subscriber.subscriptions.get()
        page = Client().get(self.manage_path(subscriber))
        self.assertContains(page, "Rektorer i Ådalen")
        response = Client().post(
            self.manage_path(subscriber),
            {
                f"kinds_{subscription.pk}": ["follow_ups"],
                "language": "en",
                "frequency": Frequency.DIGEST,
            },
        )
        self.assertEqual(response.status_code, 200)
        subscriber.refresh_from_db()
        self.assertEqual((subscriber.language, subscriber.frequency), ("en", Frequency.DIGEST))
        self.assertEqual(subscriber.subscriptions.get().kinds, ["follow_ups"])

    def test_bad_input_changes_nothing(self):
        subscriber = self.confirmed()
        response = Client().post(self.manage_path(subscriber), {"language": "xx"})
        self.assertEqual(response.status_code, 400)
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.language, "sv")

    def test_nothing_left_to_follow_ends_the_subscription(self):
        subscriber = self.confirmed()
        response = Client().post(
            self.manage_path(subscriber), {"language": "sv", "frequency": Frequency.IMMEDIATE}
        )
        self.assertContains(response, "Prenumerationen är avslutad")
        self.assertFalse(Subscriber.objects.exists())

    def test_ending_deletes_the_address(self):
        subscriber = self.confirmed()
        Client().post(self.manage_path(subscriber), {"end": ""})
        self.assertFalse(Subscriber.objects.exists())
        self.assertFalse(Subscription.objects.exists())

    def test_the_unsubscribe_link_asks_before_it_deletes(self):
        subscriber = self.confirmed()
        path = f"/prenumerera/avsluta/{sign_token(subscriber, UNSUBSCRIBE_SALT)}/"
        page = Client().get(path)
        self.assertContains(page, '<form method="post">')
        self.assertTrue(Subscriber.objects.exists())
        Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
        self.assertFalse(Subscriber.objects.exists())


class PurgeTests(SubscriptionTestCase):
    def test_unconfirmed_addresses_are_deleted_after_a_week(self):
        old = timezone.now() - datetime.timedelta(days=7, minutes=1)
        Subscriber.objects.create(email="gammal@kommun.example", language="sv", created_at=old)
        Subscriber.objects.create(email="ny@kommun.example", language="sv")
        Subscriber.objects.create(
            email="bekraftad@kommun.example", language="sv", created_at=old, confirmed_at=old
        )
        call_command("purge_unconfirmed_subscribers", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(
            sorted(Subscriber.objects.values_list("email", flat=True)),
            ["bekraftad@kommun.example", "ny@kommun.example"],
        )


class AdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.subscriber = Subscriber.objects.create(
            email="skolchef@kommun.example", language="sv", confirmed_at=timezone.now()
        )
        Subscription.objects.create(subscriber=cls.subscriber, network=cls.world.network_a)
        Subscription.objects.create(subscriber=cls.subscriber, network=None, minutes=False)

    def client_for(self, role):
        client = Client()
        client.force_login(self.world.users[role])
        return client

    def test_administrators_list_export_and_erase_a_subscriber(self):
        client = self.client_for("administrator")
        listing = client.get("/admin/snippets/subscriptions/subscriber/")
        self.assertContains(listing, "skolchef@kommun.example")
        exported = client.get(f"/admin/subscribers/{self.subscriber.pk}/export.json")
        self.assertEqual(exported.status_code, 200)
        self.assertIn("attachment", exported["Content-Disposition"])
        data = json.loads(exported.content)
        self.assertEqual(data["email"], "skolchef@kommun.example")
        self.assertEqual(len(data["subscriptions"]), 2)
        csv = client.get(f"/admin/subscribers/{self.subscriber.pk}/export.csv").content.decode()
        self.assertEqual(len(csv.strip().splitlines()), 3)
        self.assertIn("conferences follow_ups", csv)
        delete = f"/admin/snippets/subscriptions/subscriber/delete/{self.subscriber.pk}/"
        self.assertEqual(client.post(delete).status_code, 302)
        self.assertFalse(Subscriber.objects.exists())
        self.assertFalse(Subscription.objects.exists())

    def test_nobody_else_sees_the_subscribers(self):
        for role in ("editor_a", "approver_a", "translator"):
            client = self.client_for(role)
            listing = client.get("/admin/snippets/subscriptions/subscriber/")
            self.assertNotEqual(listing.status_code, 200, role)
            exported = client.get(f"/admin/subscribers/{self.subscriber.pk}/export.json")
            # The admin turns a refusal into a redirect to the dashboard, with a message.
            self.assertEqual(exported.status_code, 302, role)
            self.assertNotIn(b"skolchef@kommun.example", exported.content)
        self.assertEqual(
            Client().get(f"/admin/subscribers/{self.subscriber.pk}/export.json").status_code, 302
        )

    def test_nobody_adds_an_address_by_hand(self):
        response = self.client_for("administrator").get(
            "/admin/snippets/subscriptions/subscriber/add/"
        )
        self.assertNotEqual(response.status_code, 200)

    def test_an_unknown_format_or_subscriber_is_not_found(self):
        client = self.client_for("administrator")
        self.assertEqual(
            client.get(f"/admin/subscribers/{self.subscriber.pk}/export.xml").status_code, 404
        )
        self.assertEqual(client.get("/admin/subscribers/999999/export.json").status_code, 404)
