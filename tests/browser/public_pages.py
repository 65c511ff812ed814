"""The public pages the browser tests visit: one of each page type, in Swedish and English."""

from wagtail.models import Locale, Page

NETWORK = "/natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/"
MINUTES = NETWORK + "minnesanteckningar-2026-10-09/"
CONFERENCE = "/natverk/skolchefskonferensen-i-vasterbotten/skolchefskonferens-2027-03-11/"
SWEDISH_PAGES = {
    "home": "/",
    "network index": "/natverk/",
    "network page": NETWORK,
    "minutes page": MINUTES,
    "conference index": "/konferenser/",
    "conference page": CONFERENCE,
    "contacts": "/kontakter/",
    "standard page": "/tillganglighetsredogorelse/",
}
# Words found in the demo, and a query that finds nothing.
SEARCH_WITH_HITS = {"sv": "gymnasieskolor", "en": "upper secondary"}
SEARCH_WITHOUT_HITS = "zyxwvutsrq"
SEARCH_PATH = {"sv": "/sok/", "en": "/en/search/"}
MISSING_PATH = {"sv": "/finns-inte/", "en": "/en/does-not-exist/"}


def page_at(path):
    """The live Swedish page at a path of the demo site."""
    return Page.objects.live().get(url_path="/samverkan" + path).specific


def english_path(path):
    """The English version's path: its translation, or the alias that stands in for it."""
    english = page_at(path).get_translation(Locale.objects.get(language_code="en"))
    return english.get_url()


def public_paths():
    """``(label, language, path)`` for every page type, the search results and the 404 page."""
    paths = []
    for label, path in SWEDISH_PAGES.items():
        paths.append((label, "sv", path))
        paths.append((label, "en", english_path(path)))
    for language in ("sv", "en"):
        search = SEARCH_PATH[language]
        paths.append(("search with hits", language, f"{search}?q={SEARCH_WITH_HITS[language]}"))
        paths.append(("search without hits", language, f"{search}?q={SEARCH_WITHOUT_HITS}"))
        paths.append(("page not found", language, MISSING_PATH[language]))
    return paths


def register_paths():
    """``(label, language, path)`` for a network's decision register and attendance overview."""
    english_network = english_path(NETWORK)
    return [
        ("decision register", "sv", NETWORK + "beslut/"),
        ("decision register", "en", english_network + "decisions/"),
        ("attendance overview", "sv", NETWORK + "narvaro/"),
        ("attendance overview", "en", english_network + "attendance/"),
    ]
