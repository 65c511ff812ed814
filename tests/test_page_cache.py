"""Anonymous pages are served from the page cache, and the cache is never stale or private.

The page cache is off in the test settings; each test here turns it on. A page served
from the cache costs exactly one query (the generation token), so the query count tells
a cached response from a rendered one.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse
from django.template import Context, Template
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path
from wagtail.models import PageViewRestriction

from tests.factories import (
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    PersonFactory,
    StandardPageFactory,
    build_site_tree,
)


def nonce_view(request):
    """A page with an inline script carrying the response's nonce."""
    template = Template('<script nonce="{{ request.csp_nonce }}">var ready = 1;</script>')
    return HttpResponse(template.render(Context({"request": request})))


# Named like a cacheable view, so the page cache treats it as one.
urlpatterns = [path("nonce/", nonce_view, name="feed_rss")]


@pytest.fixture(autouse=True)
def empty_page_cache():
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@override_settings(PAGE_CACHE_SECONDS=300)
class PageCacheTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=cls.tree.network_index, title="Nätverk Ekdalen")
        cls.person = PersonFactory(name="Vera Exempelsson")
        cls.minutes = MinutesPageFactory(parent=cls.network, title="Möte i Ekdalen")
        MinutesAttendeeFactory(page=cls.minutes, person=cls.person)
        cls.about = StandardPageFactory(parent=cls.tree.home, title="Om Ekdalen", slug="om")

    def get(self, url, client=None, **extra):
        """The response and the number of queries it cost."""
        with CaptureQueriesContext(connection) as queries:
            response = (client or self.client).get(url, **extra)
        return response, len(queries)

    def test_second_anonymous_request_is_served_from_the_cache(self):
        first, rendering = self.get(self.minutes.url)
        second, cached = self.get(self.minutes.url)
        assert first.status_code == second.status_code == 200
        # Rendering reads the page and what it shows; the cache, only the generation.
        assert rendering > cached == 1
        assert second.content.count(b"M\xc3\xb6te i Ekdalen") == first.content.count(
            b"M\xc3\xb6te i Ekdalen"
        )

    def test_cached_response_keeps_the_security_headers(self):
        self.get(self.minutes.url)
        response, _ = self.get(self.minutes.url)
        assert response["X-Frame-Options"] == "DENY"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert "'nonce-" in response["Content-Security-Policy"]

    def test_published_change_is_visible_to_the_next_request(self):
        self.get(self.minutes.url)
        self.minutes.title = "Möte i Ekdalen, rättat"
        self.minutes.save_revision().publish()
        response, queries = self.get(self.minutes.url)
        assert "Möte i Ekdalen, rättat" in response.content.decode()
        assert queries > 1

    def test_change_shows_on_other_pages_that_list_the_page(self):
        self.get(self.network.url)
        self.minutes.title = "Möte i Ekdalen, flyttat"
        self.minutes.save_revision().publish()
        response, _ = self.get(self.network.url)
        assert "Möte i Ekdalen, flyttat" in response.content.decode()

    def test_unpublished_page_is_gone_at_the_next_request(self):
        self.get(self.about.url)
        self.about.unpublish()
        response, _ = self.get("/om/")
        assert response.status_code == 404

    def test_deleted_page_is_gone_at_the_next_request(self):
        self.get("/om/")
        self.about.delete()
        response, _ = self.get("/om/")
        assert response.status_code == 404

    def test_moved_page_leaves_its_old_address(self):
        old_url = self.minutes.url
        self.get(old_url)
        other = NetworkPageFactory(parent=self.tree.network_index, title="Nätverk Björkvik")
        self.minutes.move(other, pos="last-child")
        self.minutes.refresh_from_db()
        response, _ = self.get(old_url)
        # Wagtail leaves a redirect to the new address behind.
        assert response.status_code == 301
        assert response["Location"] == self.minutes.url
        assert self.get(self.minutes.url)[0].status_code == 200

    def test_edit_of_a_person_shows_on_the_pages_they_appear_on(self):
        self.get(self.minutes.url)
        self.person.name = "Vera Exempelsson Lind"
        self.person.save()
        response, _ = self.get(self.minutes.url)
        assert "Vera Exempelsson Lind" in response.content.decode()

    def test_draft_is_never_served(self):
        self.get(self.minutes.url)
        self.minutes.title = "Utkast som inte är granskat"
        self.minutes.save_revision()
        response, _ = self.get(self.minutes.url)
        assert "Utkast som inte är granskat" not in response.content.decode()
        assert "Möte i Ekdalen" in response.content.decode()

    def test_a_previewed_draft_never_reaches_anonymous_visitors(self):
        self.minutes.title = "Utkast i förhandsvisning"
        self.minutes.save_revision()
        editor = get_user_model().objects.create_superuser("granskare", password="x")
        self.client.force_login(editor)
        preview = self.client.get(f"/admin/pages/{self.minutes.pk}/view_draft/")
        assert "Utkast i förhandsvisning" in preview.content.decode()
        anonymous, _ = self.get(self.minutes.url, client=self.client_class())
        again, cached = self.get(self.minutes.url, client=self.client_class())
        assert cached == 1
        for response in (anonymous, again):
            assert "Utkast i förhandsvisning" not in response.content.decode()

    def test_page_made_private_is_not_served_from_the_cache(self):
        self.get(self.minutes.url)
        PageViewRestriction.objects.create(
            page=self.network, restriction_type=PageViewRestriction.LOGIN
        )
        response, _ = self.get(self.minutes.url)
        assert response.status_code == 302
        assert "/login/" in response["Location"]

    def test_private_page_seen_by_a_signed_in_user_is_not_stored(self):
        PageViewRestriction.objects.create(
            page=self.network, restriction_type=PageViewRestriction.LOGIN
        )
        member = get_user_model().objects.create_user("ledamot", password="x")
        self.client.force_login(member)
        assert self.get(self.minutes.url)[0].status_code == 200
        self.client.logout()
        self.client.cookies.clear()
        assert self.get(self.minutes.url)[0].status_code == 302

    def test_password_protected_page_is_not_stored(self):
        PageViewRestriction.objects.create(
            page=self.network, restriction_type=PageViewRestriction.PASSWORD, password="ek"
        )
        self.get(self.minutes.url)
        response, queries = self.get(self.minutes.url)
        assert "Möte i Ekdalen" not in response.content.decode().split("<main", 1)[-1]
        assert queries > 1

    def test_signed_in_users_are_never_served_from_the_cache(self):
        self.get(self.minutes.url)
        editor = get_user_model().objects.create_superuser("redaktor", password="x")
        self.client.force_login(editor)
        response, queries = self.get(self.minutes.url)
        assert queries > 1
        assert "private" in response["Cache-Control"]
        # Nor is what they see stored for anonymous visitors.
        anonymous, _ = self.get(self.minutes.url, client=self.client_class())
        assert b"wagtail-userbar" in response.content
        assert b"wagtail-userbar" not in anonymous.content

    def test_languages_are_kept_apart(self):
        swedish, _ = self.get("/flode/rss/")
        english, _ = self.get("/en/feed/rss/")
        cached_swedish, cached = self.get("/flode/rss/")
        cached_english, _ = self.get("/en/feed/rss/")
        assert cached == 1
        assert swedish["Content-Language"] == cached_swedish["Content-Language"] == "sv"
        assert english["Content-Language"] == cached_english["Content-Language"] == "en"
        assert b"<language>en</language>" in cached_english.content
        assert b"<language>sv</language>" in cached_swedish.content

    def test_search_is_never_cached(self):
        # Its statistics count every search a visitor makes.
        self.get("/sok/?q=ekdalen")
        _, queries = self.get("/sok/?q=ekdalen")
        assert queries > 1

    def test_post_is_never_answered_from_the_cache(self):
        self.get(self.minutes.url)
        with CaptureQueriesContext(connection) as queries:
            self.client.post(self.minutes.url)
        assert len(queries) != 1

    def test_not_found_is_not_stored(self):
        self.get("/finns-inte/")
        response, queries = self.get("/finns-inte/")
        assert response.status_code == 404
        assert queries > 1

    @override_settings(ROOT_URLCONF=__name__)
    def test_each_cached_response_has_a_fresh_nonce_in_header_and_body(self):
        nonces = []
        for _ in range(3):
            response = self.client.get("/nonce/")
            header = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
            body = re.search(r'nonce="([^"]+)"', response.content.decode())
            assert header.group(1) == body.group(1)
            nonces.append(header.group(1))
        assert len(set(nonces)) == 3


@override_settings(PAGE_CACHE_SECONDS=300, FRONTEND_CACHE_SECONDS=600)
class FrontendCacheHeadersTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()

    def test_stored_pages_may_be_kept_by_a_purged_proxy(self):
        response = self.client.get("/")
        assert "s-maxage=600" in response["Cache-Control"]
        assert "public" in response["Cache-Control"]

    def test_pages_for_signed_in_users_are_private(self):
        editor = get_user_model().objects.create_superuser("redaktor", password="x")
        self.client.force_login(editor)
        response = self.client.get("/")
        assert "private" in response["Cache-Control"]
        assert "s-maxage" not in response["Cache-Control"]
