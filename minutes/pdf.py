"""Minutes as a PDF fit to file: the page's own document, laid out for paper on the server.

The PDF is the minutes page as its print stylesheet (static/css/print.css) lays it out,
made by WeasyPrint, tagged as PDF/UA-1 and in the language of the page's text, so that a
screen reader reads it as it reads the page. Making one takes a good part of a second
(bench/bench_pdf.py), so the PDF of each published revision of a public page is kept in
the cache: the key names the live revision, so a publish makes a new one and the old one
expires unread. A private page's PDF is made for its reader each time and never kept.
"""

import copy
import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from wagtail.models import Page

from core.access_policy import is_public_page, may_see_page
from core.media_storage import is_private_name
from core.text_language import untranslated_from

# A published revision's PDF never changes; the bound only lets unread ones go.
PDF_CACHE_SECONDS = 60 * 60 * 24 * 30
PDF_VARIANT = "pdf/ua-1"


def published_revision_id(page):
    """The revision whose text ``page`` shows: an alias, its original's live one."""
    if page.alias_of_id:
        original = Page.objects.filter(pk=page.alias_of_id)
        return original.values_list("live_revision_id", flat=True).first()
    return page.live_revision_id


def pdf_cache_key(page, language):
    """The cache key of the PDF of ``page``'s published text, with labels in ``language``."""
    return f"minutes-pdf:{page.pk}:{published_revision_id(page)}:{language}"


def is_cacheable(request, page):
    """Only what the public reads is kept: never a preview, a draft or a private page."""
    return (
        not getattr(request, "is_preview", False)
        and is_public_page(page)
        and published_revision_id(page) is not None
    )


def text_language(page):
    """The language of the page's text: an alias shows its original's."""
    return untranslated_from(page) or page.locale.language_code


def pdf_response(request, page):
    """The PDF of ``page`` for the visitor of ``request``, who may read it as they may the page."""
    if not may_see_page(request, page):
        raise Http404
    response = HttpResponse(pdf_of(request, page), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.pdf"'
    if not is_public_page(page):
        patch_cache_control(response, private=True)
    return response


def pdf_of(request, page):
    """The public's PDF from the cache, made once per published revision; others afresh."""
    if not is_cacheable(request, page):
        return make_pdf(request, page)
    key = pdf_cache_key(page, get_language())
    pdf = cache.get(key)
    if pdf is None:
        pdf = make_pdf(public_reader(request), page)
        cache.set(key, pdf, PDF_CACHE_SECONDS)
    return pdf


def public_reader(request):
    """``request`` as an anonymous visitor makes it: the PDF kept is the public's."""
    reader = copy.copy(request)
    reader.user = AnonymousUser()
    return reader


def make_pdf(request, page):
    """The PDF of ``page`` as ``request``'s visitor reads it."""
    # WeasyPrint loads Pango when imported: only the PDF needs it, not the site.
    from weasyprint import HTML

    html = render_to_string(page.get_template(request), page.get_context(request), request=request)
    base_url = request.build_absolute_uri(page.get_url(request))
    document = HTML(string=html, base_url=base_url, url_fetcher=site_files_fetcher()).render(
        pdf_variant=PDF_VARIANT
    )
    document.metadata.lang = text_language(page)
    return document.write_pdf(pdf_variant=PDF_VARIANT)


def site_file(url):
    """The bytes of a static or public media file named by ``url``, or None.

    Nothing is fetched over the network: a page's stylesheets and pictures are the site's
    own files, and a private image's address is neither of these.
    """
    path = unquote(urlsplit(url).path)
    try:
        if path.startswith(settings.STATIC_URL):
            return static_file(path.removeprefix(settings.STATIC_URL))
        if path.startswith(settings.MEDIA_URL):
            return media_file(path.removeprefix(settings.MEDIA_URL))
    except SuspiciousFileOperation:
        pass
    return None


def static_file(name):
    if staticfiles_storage.exists(name):
        return read(staticfiles_storage, name)
    found = finders.find(name)
    return read_path(found) if found else None


def media_file(name):
    if is_private_name(name) or not default_storage.exists(name):
        return None
    return read(default_storage, name)


def read(storage, name):
    with storage.open(name, "rb") as file:
        return file.read()


def read_path(path):
    with open(path, "rb") as file:
        return file.read()


def site_files_fetcher():
    """WeasyPrint's fetcher, reading the site's own files only (see ``site_file``)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class SiteFiles(URLFetcher):
        def fetch(self, url, headers=None):
            body = site_file(url)
            if body is None:
                raise ValueError(f"Not a file of the site: {url}")
            content_type = mimetypes.guess_type(urlsplit(url).path)[0]
            return URLFetcherResponse(url, body, {"Content-Type": content_type or ""})

    return SiteFiles()
