"""Site-wide navigation: the home link, the main menu and breadcrumbs.

Each tag runs a fixed number of queries whatever the size of the page tree. The home
page, the menu's pages and the footer's links change only with content, so each process
keeps them for a generation of content (``core.per_generation``); the breadcrumbs come
from the pages the request was routed through (``core.page_routing``).
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from core.page_routing import localized_root, request_site, routed_ancestors
from core.per_generation import kept
from core.public_pages import public
from core.text_language import with_untranslated_from
from home.models.site_links import SiteLinks

register = template.Library()


def site_root(request):
    """The current site's root page in the active language, or None outside a site."""
    if request is None:
        return None
    site = request_site(request)
    return localized_root(site, request) if site else None


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the active language, for the site name link in the header."""
    return site_root(context.get("request"))


@register.simple_tag(takes_context=True)
def site_name(context):
    request = context.get("request")
    site = request_site(request) if request is not None else None
    return site.site_name if site and site.site_name else "Samverkan"


def menu_pages(root):
    return list(with_untranslated_from(public(root.get_children().live().in_menu())))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Live, public, menu-flagged children of the home page of the active language."""
    request = context.get("request")
    root = site_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        children = kept(("menu", root.pk), lambda: menu_pages(root))
        for child in children:
            is_current = current is not None and current.pk == child.pk
            in_section = (
                current is not None and not is_current and current.path.startswith(child.path)
            )
            items.append({"page": child, "is_current": is_current, "in_section": in_section})
    return {"request": request, "menu_items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The trail from the home page, shown only below the section level."""
    request = context.get("request")
    current = context.get("page")
    root = site_root(request)
    trail = []
    if isinstance(current, Page) and root is not None and current.depth > root.depth + 1:
        trail = routed_ancestors(request, current, root)
        if trail is None:
            ancestors = Page.objects.ancestor_of(current).live().filter(depth__gte=root.depth)
            trail = list(with_untranslated_from(ancestors).order_by("depth"))
    return {"request": request, "page": current, "ancestors": trail}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The accessibility statement and privacy notice in the active language, when live.

    An untranslated page is linked through its alias, which says the text is Swedish.
    """
    request = context.get("request")
    site = request_site(request) if request is not None else None
    if site is None:
        return {"request": request, "footer_pages": []}
    pages = kept(("footer", site.pk, get_language()), lambda: site_links(site))
    return {"request": request, "footer_pages": pages}


def site_links(site):
    pages = []
    # Looked up rather than SiteLinks.for_request(), which creates a missing row: a GET
    # must not write, and a write would end the page cache's generation.
    chosen = (
        SiteLinks.objects.filter(site=site)
        .values_list("accessibility_statement_id", "privacy_notice_id")
        .first()
    )
    if chosen:
        chosen = [pk for pk in chosen if pk]
        keys = dict(Page.objects.filter(pk__in=chosen).values_list("pk", "translation_key"))
        localized = {
            page.translation_key: page
            for page in public(Page.objects.live()).filter(
                translation_key__in=keys.values(), locale__language_code=get_language()
            )
        }
        pages = [localized[keys[pk]] for pk in chosen if keys.get(pk) in localized]
    return pages
