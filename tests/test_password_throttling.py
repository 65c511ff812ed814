"""Passwords of private pages and document collections cannot be guessed without limit.

Wrong passwords are counted per address and restriction, in the configured cache; after
PAGE_PASSWORD_FAILURE_LIMIT of them the form refuses every password, even the right one,
until PAGE_PASSWORD_COOLOFF_TIME has passed without an attempt.
"""

import datetime

import time_machine
from django.conf import settings
from django.test import TestCase
from django.urls import reverse
from django.utils import translation
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from tests.factories import (
    DocumentFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    build_site_tree,
    root_collection,
)

SCHOOL = "192.0.2.10"
ELSEWHERE = "198.51.100.20"
PASSWORD = "hemligt-lösenord"
GUESSES = 30
LOCKED_SV = "För många felaktiga lösenord. Försök igen senare."
LOCKED_EN = "Too many wrong passwords. Please try again later."
MONDAY = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def restrict(page, password=PASSWORD):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


class PagePasswordThrottlingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        network = NetworkPageFactory(parent=build_site_tree().network_index)
        cls.page = MinutesPageFactory(parent=network, title="Internt möte", slug="internt")
        cls.restriction = restrict(cls.page)
        cls.other_page = MinutesPageFactory(parent=network, title="Annat möte", slug="annat")
        cls.other_restriction = restrict(cls.other_page)

    def setUp(self):
        assert settings.PAGE_PASSWORD_FAILURE_LIMIT < GUESSES

    def enter(self, password, address=SCHOOL, page=None, restriction=None, language="sv"):
        page = page or self.page
        restriction = restriction or self.restriction
        with translation.override(language):
            url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        return self.client.post(
            url, {"password": password, "return_url": page.url}, REMOTE_ADDR=address
        )

    def guess(self, times=GUESSES, **kwargs):
        for _ in range(times):
            assert self.enter("fel", **kwargs).status_code in (200, 429)

    def test_the_right_password_opens_the_page(self):
        assert self.enter(PASSWORD).status_code == 302
        assert "Internt möte" in self.client.get(self.page.url).text

    def test_guessing_locks_the_form_until_the_cool_off_has_passed(self):
        with time_machine.travel(MONDAY) as traveller:
            self.guess()
            refused = self.enter(PASSWORD)
            assert refused.status_code == 429
            assert LOCKED_SV in refused.text
            assert 'name="password"' in refused.text
            assert "Internt möte" not in self.client.get(self.page.url).text
            minute = datetime.timedelta(minutes=1)
            traveller.shift(settings.PAGE_PASSWORD_COOLOFF_TIME - minute)
            # Still locked; and an attempt while locked starts the cool-off again.
            assert self.enter(PASSWORD).status_code == 429
            traveller.shift(settings.PAGE_PASSWORD_COOLOFF_TIME + minute)
            assert self.enter(PASSWORD).status_code == 302
            assert "Internt möte" in self.client.get(self.page.url).text

    def test_the_lock_message_is_in_the_visitors_language(self):
        self.guess()
        refused = self.enter(PASSWORD, language="en")
        assert refused.status_code == 429
        assert LOCKED_EN in refused.text

    def test_another_address_is_not_locked(self):
        self.guess()
        assert self.enter(PASSWORD, address=ELSEWHERE).status_code == 302

    def test_another_restriction_is_not_locked(self):
        self.guess()
        opened = self.enter(PASSWORD, page=self.other_page, restriction=self.other_restriction)
        assert opened.status_code == 302

    def test_the_right_password_clears_earlier_mistakes(self):
        for _ in range(2):
            self.guess(times=settings.PAGE_PASSWORD_FAILURE_LIMIT - 1)
            assert self.enter(PASSWORD).status_code == 302

    def test_an_unknown_restriction_is_not_found(self):
        url = reverse("wagtailcore_authenticate_with_password", args=[999_999, self.page.pk])
        self.guess()
        assert self.client.post(url, {"password": PASSWORD}, REMOTE_ADDR=SCHOOL).status_code == 404


class DocumentPasswordThrottlingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        closed = root_collection().add_child(name="Personalärenden")
        cls.restriction = CollectionViewRestriction.objects.create(
            collection=closed,
            restriction_type=CollectionViewRestriction.PASSWORD,
            password=PASSWORD,
        )
        cls.document = DocumentFactory(title="Lönekartläggning", collection=closed)

    def enter(self, password, address=SCHOOL):
        url = reverse("wagtaildocs_authenticate_with_password", args=[self.restriction.pk])
        return self.client.post(
            url, {"password": password, "return_url": self.document.url}, REMOTE_ADDR=address
        )

    def test_guessing_locks_the_form(self):
        for _ in range(GUESSES):
            self.enter("fel")
        refused = self.enter(PASSWORD)
        assert refused.status_code == 429
        assert LOCKED_SV in refused.text
        assert not getattr(self.client.get(self.document.url), "streaming_content", None)
        assert self.enter(PASSWORD, address=ELSEWHERE).status_code == 302
        assert b"".join(self.client.get(self.document.url).streaming_content).startswith(b"%PDF")
