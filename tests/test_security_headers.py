"""Every public page type carries the security headers and a strict, nonced CSP.

The production profile's HSTS and Secure cookies are switched on here with the values
``config/settings/production.py`` sets (tests/test_production_settings.py reads them from
the profile itself).
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings

from tests.editorial import minutes_form_data
from tests.factories import (
    ConferencePageFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    StandardPageFactory,
    build_site_tree,
)

PRODUCTION_HEADERS = {
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
}


def directives(policy):
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@override_settings(**PRODUCTION_HEADERS)
class PublicPageHeadersTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.tree = build_site_tree()
        network = NetworkPageFactory(parent=cls.tree.network_index)
        cls.urls = {
            "home": cls.tree.home.url,
            "network index": cls.tree.network_index.url,
            "network": network.url,
            "minutes": MinutesPageFactory(
                parent=network, meeting_date=datetime.date(2025, 5, 8)
            ).url,
            "conference index": cls.tree.conference_index.url,
            "conference": ConferencePageFactory(parent=network).url,
            "contacts": cls.tree.contact_index.url,
            "standard": StandardPageFactory(parent=cls.tree.home).url,
            "search": "/sok/?q=skola",
            "English search": "/en/search/?q=school",
            "decision register": f"{network.url}beslut/",
            "not found": "/finns-inte/",
        }

    def get(self, url):
        return self.client.get(url, secure=True)

    def test_every_page_type_carries_the_security_headers(self):
        for name, url in self.urls.items():
            with self.subTest(name):
                response = self.get(url)
                assert response.status_code in (200, 404), url
                assert response["Strict-Transport-Security"] == (
                    "max-age=31536000; includeSubDomains; preload"
                )
                assert response["X-Frame-Options"] == "DENY"
                assert response["X-Content-Type-Options"] == "nosniff"
                assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
                assert response["Cross-Origin-Opener-Policy"] == "same-origin"

    def test_every_page_type_has_a_strict_policy_with_a_nonce(self):
        for name, url in self.urls.items():
            with self.subTest(name):
                policy = directives(self.get(url)["Content-Security-Policy"])
                assert policy["default-src"] == ["'self'"]
                assert policy["script-src"][0] == "'self'"
                assert re.fullmatch(r"'nonce-[A-Za-z0-9+/=]{24}'", policy["script-src"][1])
                assert policy["style-src"] == ["'self'"]
                assert policy["object-src"] == ["'none'"]
                assert policy["frame-ancestors"] == ["'none'"]
                assert policy["base-uri"] == ["'self'"]
                assert policy["form-action"] == ["'self'"]
                assert not any("unsafe" in value for values in policy.values() for value in values)

    def test_no_page_has_an_inline_script_without_the_nonce_or_an_inline_style(self):
        for name, url in self.urls.items():
            with self.subTest(name):
                response = self.get(url)
                nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
                html = response.content.decode()
                for tag in re.findall(r"<script\b[^>]*>", html):
                    assert "src=" in tag or f'nonce="{nonce}"' in tag, tag
                assert not re.search(r"<[^>]+\sstyle=", html)
                assert not re.search(r"<[^>]+\son[a-z]+=", html)

    def test_each_response_has_its_own_nonce(self):
        first = self.get(self.urls["minutes"])["Content-Security-Policy"]
        second = self.get(self.urls["minutes"])["Content-Security-Policy"]
        assert first != second

    def test_admin_gets_its_own_policy_and_may_frame_its_previews(self):
        response = self.get("/admin/login/")
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]

    def test_the_preview_panel_may_frame_the_page_it_previews(self):
        network = NetworkPageFactory(parent=self.tree.network_index)
        minutes = MinutesPageFactory(parent=network, meeting_date=datetime.date(2025, 6, 5))
        self.client.force_login(
            get_user_model().objects.create_superuser("granskaren", password="rätt-lösenord-1")
        )
        url = f"/admin/pages/{minutes.pk}/edit/preview/"
        form = minutes_form_data(minutes, title="Förhandsvisade anteckningar")
        assert self.client.post(url, form, secure=True).json()["is_valid"]

        response = self.get(url + "?in_preview_panel=true")

        assert "Förhandsvisade anteckningar" in response.text
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'self'"]

    def test_cookies_are_secure_and_http_only(self):
        get_user_model().objects.create_superuser("admin", password="rätt-lösenord-1")
        login = self.get("/admin/login/")
        assert login.cookies["csrftoken"]["secure"]
        assert login.cookies["csrftoken"]["httponly"]
        response = self.client.post(
            "/admin/login/",
            {"username": "admin", "password": "rätt-lösenord-1"},
            secure=True,
        )
        assert response.status_code == 302
        assert response.cookies["sessionid"]["secure"]
        assert response.cookies["sessionid"]["httponly"]
