"""Results editors promote for a query (Wagtail's search promotions), shown first."""

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.access_policy import published


def promotions(text, locale):
    """``(title, url or page, description)`` of each promotion for ``text``, in editors' order.

    A promoted page shows in the visitor's language, and only while it is live and public;
    one that is a draft, private or not translated is left out.
    """
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    if not picks:
        return []
    keys = [pick.page.translation_key for pick in picks if pick.page_id]
    pages = {
        page.translation_key: page
        for page in published(Page.objects.filter(translation_key__in=keys, locale=locale))
    }
    shown = []
    for pick in picks:
        if pick.page_id:
            page = pages.get(pick.page.translation_key)
            if page is not None:
                shown.append((page.title, page, pick.description))
        elif pick.external_link_url:
            title = pick.external_link_text or pick.external_link_url
            shown.append((title, pick.external_link_url, pick.description))
    return shown
