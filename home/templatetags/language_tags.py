"""The current page in each language: the language switcher and hreflang alternates.

A page is "translated" into a language when that language's tree holds a real translation
of it. Alias pages, which wagtail-localize puts in the English tree for every page not yet
translated, show the Swedish content and so do not count, nor does a translation not yet
approved (core.text_language): the switcher then leads to the nearest translated ancestor
and says so.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

from core.per_generation import kept
from core.public_pages import public
from core.text_language import (
    UNTRANSLATED_FROM,
    own_text,
    untranslated_from,
    with_untranslated_from,
)

register = template.Library()

_VERSIONS_CACHE = "_samverkan_page_versions"


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # the language's own name: "Svenska", "English"
    url: str
    is_current: bool
    is_translation: bool  # False: a nearest translated ancestor stands in for the page
    is_default: bool  # the site's default language, the hreflang x-default


@dataclass(frozen=True)
class PageVersions:
    deepest: dict  # locale id: the deepest real translation of the page or of an ancestor
    untranslated_from: str | None  # the language of the text the page shows, if not its own


def page_versions(page):
    """The page's translations and its text's language, looked up once per page object.

    The switcher, the hreflang alternates and the content language all need them; one
    query answers all three.
    """
    versions = getattr(page, _VERSIONS_CACHE, None)
    if versions is None:
        versions = find_page_versions(page)
        setattr(page, _VERSIONS_CACHE, versions)
    return versions


def page_translations(page):
    # The page and its ancestors below the tree's root, named by their paths: no query.
    paths = [page.path[: Page.steplen * depth] for depth in range(2, page.depth + 1)]
    keys = Page.objects.filter(path__in=paths).values("translation_key")
    return with_untranslated_from(
        public(Page.objects.live())
        .filter(translation_key__in=keys)
        .filter(own_text() | Q(pk=page.pk))
        .order_by("-depth")
    )


def find_page_versions(page):
    # The page served was read with its translations (core.page_routing); another, here.
    candidates = getattr(page, "routed_translations", None)
    if candidates is None:
        candidates = page_translations(page)
    deepest = {}
    own = None
    for candidate in candidates:
        if candidate.pk == page.pk:
            own = candidate
        if candidate.untranslated_from is None:
            deepest.setdefault(candidate.locale_id, candidate)
    # A draft or private page, seen in preview or by those who may, is not among them.
    language = own.untranslated_from if own is not None else untranslated_from(page)
    return PageVersions(deepest=deepest, untranslated_from=language)


def home_url(request, locale):
    site = Site.find_for_request(request)
    if site is None:
        return "/"
    home = site.root_page.get_translation_or_none(locale)
    return home.get_url(request) if home and home.live else "/"


def view_url(request, code, locale):
    """The same view in another language, or that language's home page."""
    try:
        resolve(request.path_info)
    except Resolver404:
        return home_url(request, locale)
    return translate_url(request.get_full_path(), code)


def locales_by_code():
    return {locale.language_code: locale for locale in Locale.objects.all()}


@register.simple_tag(takes_context=True)
def language_versions(context):
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    locales = kept("locales", locales_by_code)
    translations = {}
    own_text = True
    if isinstance(page, Page) and page.pk:
        versions = page_versions(page)
        translations, own_text = versions.deepest, versions.untranslated_from is None

    versions = []
    for code, _name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None:
            continue
        info = get_language_info(code)
        found = translations.get(locale.pk)
        if code == current:
            url = request.get_full_path()
            exact = own_text
        elif isinstance(page, Page) and page.pk:
            exact = found is not None and found.translation_key == page.translation_key
            url = found.get_url(request) if found else home_url(request, locale)
        else:
            url, exact = view_url(request, code, locale), True
        versions.append(
            LanguageVersion(
                code=code,
                name=info["name_local"].capitalize(),
                url=url,
                is_current=code == current,
                is_translation=exact,
                is_default=code == settings.LANGUAGE_CODE,
            )
        )
    return versions


@register.simple_tag
def content_language(page):
    """The language a page's text is written in: an alias or untranslated page shows another's."""
    if isinstance(page, Page) and page.pk:
        return page_versions(page).untranslated_from or get_language()
    return get_language()


@register.filter
def has_own_text(page):
    """Whether the page's text is its own, not an alias's or a translation's not yet approved."""
    return not (isinstance(page, Page) and page.pk and page_versions(page).untranslated_from)


@register.filter
def content_lang(page):
    """`` lang="sv"`` on a link to a page whose text, and so its title, is not its own.

    Pages read ``with_untranslated_from`` say which language; of others only an alias is
    known to be untranslated without a query, and aliases come from wagtail-localize's
    synchronisation from the default language, so their text is in that language.
    """
    if hasattr(page, UNTRANSLATED_FROM):
        language = getattr(page, UNTRANSLATED_FROM)
    elif getattr(page, "alias_of_id", None):
        language = settings.LANGUAGE_CODE
    else:
        language = None
    return format_html(' lang="{}"', language) if language else ""


@register.filter
def absolute(url, request):
    return request.build_absolute_uri(url)
