"""What Wagtail looks up once per request, found beforehand (core.page_routing).

Wagtail keeps the answers of ``Site.find_for_request``, ``Page.route_for_request`` and the
site root paths ``Page.get_url`` needs on the request, in private attributes, and reads
them there before looking anything up. Setting them is the only way to give Wagtail's
serve view answers found more cheaply; its public methods always look up themselves.
"""

from wagtail.models import Site

SITE = "_wagtail_site"
ROUTE = "_wagtail_route_for_request"
ROOT_PATHS = "_wagtail_cached_site_root_paths"


def find_site(request):
    """Wagtail's own look-up of the request's site, without keeping it on the request.

    Relies on ``Site._find_for_request``, which ``Site.find_for_request`` calls and whose
    answer it keeps in ``request._wagtail_site``.
    """
    return Site._find_for_request(request)


def known_site(request):
    return getattr(request, SITE, None), hasattr(request, SITE)


def give_site(request, site):
    setattr(request, SITE, site)


def give_root_paths(request, paths):
    """What ``Site.get_site_root_paths`` answers, for the request's page URLs."""
    if not hasattr(request, ROOT_PATHS):
        setattr(request, ROOT_PATHS, paths)


def is_routed(request):
    return hasattr(request, ROUTE)


def give_route(request, result):
    """The ``RouteResult`` (or None for a 404) ``Page.route_for_request`` is to answer."""
    setattr(request, ROUTE, result)
