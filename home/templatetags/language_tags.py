"""The current page in each language: the language switcher and hreflang alternates.

A page is "translated" into a language when that language's tree holds a real translation
of it. Alias pages, which wagtail-localize puts in the English tree for every page not yet
translated, show the Swedish content and so do not count: the switcher then leads to the
nearest translated ancestor and says so.
"""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site

register = template.Library()


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str  # the language's own name: "Svenska", "English"
    url: str
    is_current: bool
    is_translation: bool  # False: a nearest translated ancestor stands in for the page
    is_default: bool  # the site's default language, the hreflang x-default


def translated_pages(page, locales):
    """The deepest real translation of ``page`` or of an ancestor, per locale id."""
    keys = [a.translation_key for a in page.get_ancestors(inclusive=True) if a.depth > 1]
    candidates = (
        Page.objects.live()
        .public()
        .filter(translation_key__in=keys, locale__in=locales, alias_of__isnull=True)
        .order_by("-depth")
    )
    deepest = {}
    for candidate in candidates:
        deepest.setdefault(candidate.locale_id, candidate)
    return deepest


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


@register.simple_tag(takes_context=True)
def language_versions(context):
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = translated_pages(page, locales.values())

    versions = []
    for code, _name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None:
            continue
        info = get_language_info(code)
        found = translations.get(locale.pk)
        if code == current:
            url = request.get_full_path()
            exact = not getattr(page, "alias_of_id", None)
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
    """The language a page's content is written in: an alias shows its original's."""
    if isinstance(page, Page) and page.alias_of_id:
        return (
            Page.objects.filter(pk=page.alias_of_id)
            .values_list("locale__language_code", flat=True)
            .first()
        )
    return get_language()


@register.filter
def content_lang(page):
    """`` lang="sv"`` on a link to an alias, whose title is still in the default language.

    Aliases come from wagtail-localize's synchronisation from the default language, so
    their text is in that language whatever tree they stand in.
    """
    if getattr(page, "alias_of_id", None):
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


@register.filter
def absolute(url, request):
    return request.build_absolute_uri(url)
