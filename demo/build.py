"""Demo content for a local Samverkan site, built by ``manage.py load_demo``.

Every object is looked up by a stable key (a page's slug under its parent, an
organisation's name, a person's e-mail, an image's or document's title) and created
only when missing, so building twice changes nothing the second time.
"""

from core.bulk_load.indexing import deferred_indexing
from demo import goteborgsregionen, skane, skaraborg, skr, vasterbotten
from demo.editorial import ensure_demo_users, ensure_minutes_in_review
from demo.english import ensure_english_pages
from demo.media import demo_collection
from demo.organisations import ensure_organisations
from demo.people import ensure_people
from demo.personal_data import ensure_minutes_with_personal_data
from demo.report import BuildReport
from demo.site_structure import ensure_home_page, ensure_locales, ensure_sections
from demo.standard_pages import ensure_standard_pages
from editorial.roles import setup_roles


def build_demo(report: BuildReport):
    """Build the demo site and its editorial roles; returns the demo users it created."""
    # Wagtail indexes a page for search and references on every save of the page, of its
    # revisions and of each child row (members, attendees), and translating saves each
    # page again: each object saved is indexed once, at the end, instead.
    with deferred_indexing():
        people, home = _build(report)
        setup_roles()
        users = ensure_demo_users()
        ensure_minutes_in_review(report, people)
        ensure_minutes_with_personal_data(report, people)
        # Last, so that the English tree mirrors every Swedish page.
        ensure_english_pages(report, home)
    return users


def _build(report):
    locales = ensure_locales(report)
    swedish = locales["sv"]
    collection = demo_collection(report)
    organisations = ensure_organisations(report, swedish)
    people = ensure_people(report, swedish, organisations, collection)

    editor = people["web-editor"]
    home = ensure_home_page(report, editor)
    sections = ensure_sections(report, home, editor)
    ensure_standard_pages(report, home, editor)

    index = sections["networks"]
    goteborgsregionen.ensure_network(report, index, organisations, people, collection)
    skaraborg.ensure_networks(report, index, organisations, people)
    skane.ensure_network(report, index, organisations, people, collection)
    vasterbotten.ensure_network(report, index, organisations, people, collection)
    skr.ensure_network(report, index, organisations, people)
    return people, home
