"""Whole pages for anonymous visitors, kept in the "pages" cache and never stale.

Django's per-site cache middleware knows nothing of publishing and wagtail-cache does not
support Wagtail 8, so this small middleware does the work:

- Stored: the 200 response to a GET of one of ``PAGE_CACHE_VIEWS`` (Wagtail's page view,
  calendar files, feeds) for a request without a session or messages cookie,
  when the response sets no cookie and is not marked private or no-store. A request
  without a session cookie is anonymous; Wagtail answers such a request for a page with
  view restrictions with a redirect to sign in or with a password form marked no-store,
  so a private page is never stored; the page view renders only live revisions, never a
  draft. Previews and the admin are other views, and carry a session anyway.
- Keys: scheme, host, path with query, language, and the generation token
  (``PageCacheGeneration``) that every change to content replaces
  (``core.cache_invalidation``). Reading the token is one primary-key query, and it
  lets every worker see a publish at once, whichever cache backend holds the pages.
- The CSP nonce: a response's nonce is in its header and its body, and must differ for
  every response. It is swapped for a placeholder when the page is stored and a fresh
  nonce is put in its place each time the page is served from the cache.

This middleware sits right after SecurityMiddleware, so a page served from the cache costs
no session, user or page lookup; the security headers are still added to it.
"""

import base64
import hashlib
import os

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control

from core.content_security import is_admin_path
from core.models import PageCacheGeneration
from core.per_generation import remember_token
from core.wagtail_internals.csp_nonce import nonce_used, use_nonce

NONCE_PLACEHOLDER = "page-cache-nonce-placeholder"
MESSAGES_COOKIE = "messages"
# Addresses that are never pages, spared the look-up of the generation.
NOT_PAGES = ("/admin/", "/api/", "/documents/", "/healthz", "/static/", "/media/")


def page_cache():
    return caches["pages"]


def new_nonce():
    return base64.b64encode(os.urandom(16)).decode("ascii")


def carries_state(request):
    """Whether the request may see something an anonymous visitor does not."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies


def may_use_cache(request):
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and not carries_state(request)
        and not request.path_info.startswith(NOT_PAGES)
        and not is_admin_path(request.path_info)
    )


def cache_key(request, generation):
    language = translation.get_language_from_request(request, check_path=True)
    parts = (request.scheme, request.get_host(), request.get_full_path(), language, generation)
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def may_store(request, response):
    match = request.resolver_match
    cache_control = response.get("Cache-Control", "")
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and match is not None
        and match.url_name in settings.PAGE_CACHE_VIEWS
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


class StoredPage:
    """A response as kept in the cache: status, headers and body, the nonce taken out."""

    def __init__(self, response, nonce):
        headers = [(name, value) for name, value in response.items() if name != "Content-Length"]
        body = response.content
        if nonce:
            headers = [(name, value.replace(nonce, NONCE_PLACEHOLDER)) for name, value in headers]
            body = body.replace(nonce.encode(), NONCE_PLACEHOLDER.encode())
        self.status = response.status_code
        self.headers = headers
        self.body = body

    def response(self, request):
        nonce = new_nonce()
        use_nonce(request, nonce)
        response = HttpResponse(
            self.body.replace(NONCE_PLACEHOLDER.encode(), nonce.encode()), status=self.status
        )
        for name, value in self.headers:
            response[name] = value.replace(NONCE_PLACEHOLDER, nonce)
        return response


def mark_public(response):
    """Let shared caches in front of the site keep a stored page, when they are purged."""
    if settings.FRONTEND_CACHE_SECONDS:
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.FRONTEND_CACHE_SECONDS
        )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            response = self.get_response(request)
            if carries_state(request) and not response.has_header("Cache-Control"):
                # A page shown to someone signed in must not be kept by a shared cache.
                patch_cache_control(response, private=True)
            return response

        try:
            generation = PageCacheGeneration.current()
        except DatabaseError:
            # The view will meet the same error and answer for it.
            return self.get_response(request)
        remember_token(request, generation)
        key = cache_key(request, generation)
        stored = page_cache().get(key)
        if stored is not None:
            return stored.response(request)

        response = self.get_response(request)
        if may_store(request, response):
            mark_public(response)
            stored = StoredPage(response, nonce_used(request))
            page_cache().set(key, stored, settings.PAGE_CACHE_SECONDS)
        return response
