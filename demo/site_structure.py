"""Languages, the home page, the site record and the top-level sections."""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from demo.publishing import ensure_page, paragraphs
from home.models.pages import HomePage
from networks.models.conference_page import ConferenceIndexPage
from networks.models.contact_page import ContactIndexPage
from networks.models.network_page import NetworkIndexPage

HOME_SLUG = "samverkan"


def ensure_locales(report):
    """Swedish exists from the migrations; English is added for later translations."""
    locales = {}
    for code in ("sv", "en"):
        locale = Locale.objects.filter(language_code=code).first()
        if locale:
            report.present(locale, code)
        else:
            locale = Locale.objects.create(language_code=code)
            report.created(locale, code)
        locales[code] = locale
    return locales


def ensure_home_page(report, owner):
    root = Page.get_first_root_node()
    home = ensure_page(
        report,
        root,
        HOME_SLUG,
        lambda: HomePage(
            title="Samverkan",
            seo_title="Samverkan – kommunernas nätverk för utbildning",
            search_description=(
                "Nätverk, minnesanteckningar och konferenser för kommunernas samverkan "
                "om förskola, skola och vuxenutbildning."
            ),
            intro=paragraphs(
                "Här samlas de nätverk där kommuner, kommunalförbund och regioner arbetar "
                "tillsammans med förskola, skola och vuxenutbildning. Läs vad nätverken har "
                "beslutat, vem som deltog på mötena och vilka konferenser som är på gång.",
                "Sök i arkivet efter ett beslut eller en fråga, eller börja med ett nätverk "
                "i din region.",
            ),
            page_owner=owner,
        ),
    )
    _point_default_site_at(report, home)
    _remove_welcome_page(report, root)
    return home


def _point_default_site_at(report, home):
    site = Site.objects.filter(is_default_site=True).first()
    if site and site.root_page_id == home.pk:
        report.present(site, str(site))
        return
    if site is None:
        site = Site(is_default_site=True)
    # The site's address is the one the admin is served at, so that the links the API and
    # e-mails give (built from the site) reach the running server.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = address.hostname
    site.port = address.port or (443 if address.scheme == "https" else 80)
    site.site_name = "Samverkan"
    site.root_page = home
    site.save()
    report.created(site, str(site))


def _remove_welcome_page(report, root):
    """Delete the placeholder page Wagtail's first migration creates, once unused.

    Only the untouched placeholder is removed: a plain ``Page`` with no children that no
    site points at. The site must have moved off it first, as deleting a site's root
    page deletes the site.
    """
    welcome = (
        root.get_children()
        .filter(content_type__app_label="wagtailcore", content_type__model="page")
        .filter(numchild=0, sites_rooted_here__isnull=True)
        .first()
    )
    if welcome:
        welcome.delete()


def ensure_sections(report, home, owner):
    """The sections every visitor sees in the main menu, in menu order."""
    networks = ensure_page(
        report,
        home,
        "natverk",
        lambda: NetworkIndexPage(
            title="Nätverk",
            show_in_menus=True,
            intro=paragraphs(
                "Skolchefer, förvaltningschefer och deras medarbetare möts i nätverk som "
                "drivs av kommunalförbund, regioner och Sveriges Kommuner och Regioner. "
                "Varje nätverk beskriver sitt uppdrag, vilka som ingår och när det träffas, "
                "och publicerar minnesanteckningar från sina möten."
            ),
            page_owner=owner,
        ),
    )
    conferences = ensure_page(
        report,
        home,
        "konferenser",
        lambda: ConferenceIndexPage(
            title="Konferenser",
            show_in_menus=True,
            intro=paragraphs(
                "Kommande och tidigare konferenser, internat och informationsmöten i "
                "nätverkens regi. Anmälan görs via länken på respektive konferenssida."
            ),
            page_owner=owner,
        ),
    )
    contacts = ensure_page(
        report,
        home,
        "kontakter",
        lambda: ContactIndexPage(
            title="Kontakter",
            show_in_menus=True,
            intro=paragraphs(
                "Kontaktpersoner för nätverken, ordnade efter organisation. Här visas bara "
                "de som har gått med på att deras kontaktuppgifter publiceras."
            ),
            page_owner=owner,
        ),
    )
    return {"networks": networks, "conferences": conferences, "contacts": contacts}
