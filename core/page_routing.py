"""Find the page a request asks for in two queries, whatever its depth.

Wagtail routes a request from the site's root page down, one child at a time: two queries
for each level of the tree (the child, then its specific row), and before them the site,
the active locale and the root page's translation. This middleware answers the same
question before Wagtail's view runs and hands it the answer through the attributes its
``Site.find_for_request`` and ``Page.route_for_request`` keep their results in:

- the site, its root page in the active language and the site's root paths are kept per
  generation of content (``core.per_generation``);
- every page on the way, root to leaf, is read in one query by its ``url_path``, and only
  the page served is read again for its specific row.

A page type that routes its own paths (``RoutablePageMixin``) is asked, by its class's
resolver, whether it answers the rest of the path; when it does, or when a page type
overrides ``route`` otherwise, Wagtail's own routing takes over from that page, so the
result is always the one Wagtail's walk would give.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site
from wagtail.url_routing import RouteResult

from core.per_generation import kept, serving
from core.public_pages import restricted_sections
from core.text_language import UNTRANSLATED_FROM, own_text, with_untranslated_from
from core.wagtail_internals.request_lookups import (
    find_site,
    give_root_paths,
    give_route,
    give_site,
    is_routed,
    known_site,
)

# The pages from the root to the one served, kept for the breadcrumbs.
ROUTED_PAGES_ATTRIBUTE = "_samverkan_routed_pages"
# Those pages and the translations of each, for the language switcher.
ROUTED_ROWS_ATTRIBUTE = "_samverkan_routed_rows"


def request_site(request):
    """The request's site, as ``Site.find_for_request`` finds it, once per generation."""
    site, known = known_site(request)
    if not known:
        key = ("site", request.get_host(), request.get_port())
        site = kept(key, lambda: find_site(request), request)
        give_site(request, site)
    return site


def localized_root(site, request):
    """The site's root page in the active language (``Page.localized``), kept."""
    language = get_language()

    def find():
        root = site.root_page
        try:
            locale = Locale.objects.get_for_language(language)
        except (LookupError, Locale.DoesNotExist):
            return root
        if locale.pk == root.locale_id:
            return root
        translation = root.get_translation_or_none(locale)
        return translation if translation is not None and translation.live else root

    return kept(("root", site.pk, language), find, request)


def routes_itself(cls, page, remaining):
    """Whether ``page`` of class ``cls`` answers ``remaining`` otherwise than by a child."""
    if cls.route is Page.route:
        return False
    if issubclass(cls, RoutablePageMixin) and cls.route is RoutablePageMixin.route:
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            cls.get_resolver().resolve(path)
        except Http404:
            return False
        return True
    return True


def served_page(page):
    """The page's specific row, with the rows its template names (``serve_select_related``).

    A page type lists there the people and organisations it shows beside its own fields,
    so that they come in the same query.
    """
    cls = page.specific_class
    related = getattr(cls, "serve_select_related", ())
    if not related:
        return page.specific
    specific = cls._default_manager.select_related(*related).get(pk=page.pk)
    specific.untranslated_from = page.untranslated_from
    if hasattr(page, "_cached_parent_obj"):
        specific._cached_parent_obj = page._cached_parent_obj
    return specific


def read_pages(request, root, prefixes):
    """The pages along the path, and with them the live translations of each.

    The translations are what the language switcher asks of the page served
    (``routed_translations``); reading them here spares it a query of its own.
    """
    along = Q(url_path__in=prefixes, path__startswith=root.path)
    keys = Page.objects.filter(along).values("translation_key")
    translations = Q(translation_key__in=keys, live=True) & own_text()
    rows = list(with_untranslated_from(Page.objects.filter(along | translations)))
    found = {
        page.url_path: page
        for page in sorted(rows, key=lambda page: page.depth)
        if page.url_path in prefixes and page.path.startswith(root.path)
    }
    setattr(request, ROUTED_PAGES_ATTRIBUTE, list(found.values()))
    setattr(request, ROUTED_ROWS_ATTRIBUTE, rows)
    return found


def route(request, root, components):
    """Wagtail's ``route`` from ``root`` down ``components``, in two queries."""
    prefixes = [root.url_path]
    for component in components:
        prefixes.append(f"{prefixes[-1]}{component}/")
    found = read_pages(request, root, prefixes)
    page = found.get(root.url_path)
    if page is None:
        raise Http404
    for depth, prefix in enumerate(prefixes[1:]):
        remaining = components[depth:]
        if routes_itself(page.specific_class, page, remaining):
            return served_page(page).route(request, remaining)
        parent, page = page, found.get(prefix)
        if page is None:
            raise Http404
        page._cached_parent_obj = parent
    specific = served_page(page)
    if page.specific_class.route is not Page.route:
        return specific.route(request, [])
    if not page.live:
        raise Http404
    return RouteResult(specific)


def is_public_path(path):
    return not any(path.startswith(section) for section, _depth in restricted_sections())


def note_translations(request, page):
    """Give the page served its translations (``routed_translations``), from the route's rows.

    They are what ``home.templatetags.language_tags`` would read: live, public pages
    translating the page or one of its ancestors, in their own text, or the page itself.
    """
    rows = getattr(request, ROUTED_ROWS_ATTRIBUTE, None)
    routed = getattr(request, ROUTED_PAGES_ATTRIBUTE, ())
    along = [ancestor for ancestor in routed if page.path.startswith(ancestor.path)]
    if rows is None or not along or along[-1].pk != page.pk:
        return
    keys = {ancestor.translation_key for ancestor in along if ancestor.depth > 1}
    page.routed_translations = sorted(
        (
            row
            for row in rows
            if row.translation_key in keys
            and row.live
            and is_public_path(row.path)
            and (getattr(row, UNTRANSLATED_FROM) is None or row.pk == page.pk)
        ),
        key=lambda row: -row.depth,
    )


def routed_ancestors(request, page, root):
    """The live ancestors of ``page`` from ``root`` down, as the request was routed to it.

    None when the request was not routed through them all (a page rendered by another view).
    """
    routed = getattr(request, ROUTED_PAGES_ATTRIBUTE, None) or ()
    ancestors = [
        ancestor
        for ancestor in routed
        if root.depth <= ancestor.depth < page.depth and page.path.startswith(ancestor.path)
    ]
    if len(ancestors) != page.depth - root.depth:
        return None
    return [ancestor for ancestor in ancestors if ancestor.live]


class PageRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with serving(request):
            return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or is_routed(request):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        site = request_site(request)
        if site is None:
            return None
        give_root_paths(request, kept("site root paths", Site.get_site_root_paths, request))
        components = [component for component in path.split("/") if component]
        try:
            result = route(request, localized_root(site, request), components)
        except Http404:
            result = None
        if result is not None:
            note_translations(request, result[0])
        give_route(request, result)
        return None
