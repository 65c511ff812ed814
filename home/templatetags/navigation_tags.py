"""Site-wide navigation: the home link, the main menu and breadcrumbs.

Each tag runs a fixed number of queries whatever the size of the page tree, and the
localised home page is looked up once per request, because the header, the menu and the
breadcrumbs all need it.
"""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.text_language import with_untranslated_from
from home.models.site_links import SiteLinks

register = template.Library()

_SITE_ROOT_CACHE = "_samverkan_site_root"


def site_root(request):
    """The current site's root page in the active language, or None outside a site."""
    if request is None:
        return None
    if not hasattr(request, _SITE_ROOT_CACHE):
        site = Site.find_for_request(request)
        root = site.root_page.localized if site else None
        setattr(request, _SITE_ROOT_CACHE, root)
    return getattr(request, _SITE_ROOT_CACHE)


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the active language, for the site name link in the header."""
    return site_root(context.get("request"))


@register.simple_tag(takes_context=True)
def site_name(context):
    site = Site.find_for_request(context.get("request"))
    return site.site_name if site and site.site_name else "Samverkan"


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Live, public, menu-flagged children of the home page of the active language."""
    request = context.get("request")
    root = site_root(request)
    current = context.get("page")
    items = []
    if root is not None:
        for child in with_untranslated_from(root.get_children().live().public().in_menu()):
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
        ancestors = Page.objects.ancestor_of(current).live().filter(depth__gte=root.depth)
        trail = list(with_untranslated_from(ancestors).order_by("depth"))
    return {"request": request, "page": current, "ancestors": trail}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The accessibility statement and privacy notice in the active language, when live.

    An untranslated page is linked through its alias, which says the text is Swedish.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    pages = []
    # Looked up rather than SiteLinks.for_request(), which creates a missing row: a GET
    # must not write, and a write would end the page cache's generation.
    chosen = (
        SiteLinks.objects.filter(site=site)
        .values_list("accessibility_statement_id", "privacy_notice_id")
        .first()
        if site is not None
        else None
    )
    if chosen:
        chosen = [pk for pk in chosen if pk]
        keys = dict(Page.objects.filter(pk__in=chosen).values_list("pk", "translation_key"))
        localized = {
            page.translation_key: page
            for page in Page.objects.live()
            .public()
            .filter(translation_key__in=keys.values(), locale__language_code=get_language())
        }
        pages = [localized[keys[pk]] for pk in chosen if keys.get(pk) in localized]
    return {"request": request, "footer_pages": pages}
