"""The Plone import's steps each alone: the validator, the writer and the redirects.

The validator's tests run without a database (pytest-django refuses any query in a test
not marked for one), so they also show that checking and planning an export reads none.
"""

import datetime

import pytest
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.models.pages import StandardPage
from importers.errors import ImportFailure
from importers.plone.plan import Becomes, Plan, PloneItem
from importers.plone.redirects import old_addresses, old_path, redirect_old_paths
from importers.plone.surroundings import read_surroundings
from importers.plone.validation import (
    Surroundings,
    load_export,
    validate_export,
)
from importers.plone.writer import PloneWriter
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.conference_page import ConferencePage
from tests.factories import (
    DocumentFactory,
    NetworkPageFactory,
    StandardPageFactory,
    build_site_tree,
)
from tests.fixtures.importers.plone_export import SITE, UID, export_bytes, plone_export

SOURCE = "export.json"
SITE_LANGUAGES = Surroundings(
    default_language="sv", languages=frozenset({"sv", "en"}), has_network=True
)
OUTSIDE = "f" * 32


def planned(items=None, surroundings=SITE_LANGUAGES):
    return validate_export(
        plone_export() if items is None else items, source=SOURCE, surroundings=surroundings
    )


def refusal(items, surroundings=SITE_LANGUAGES):
    with translation.override("en"), pytest.raises(ImportFailure) as raised:
        planned(items, surroundings)
    return raised.value


# -- the validator, without a database ---------------------------------------------------


def test_the_plan_names_what_each_item_becomes_in_tree_order():
    plan = planned()
    names = {uid: name for name, uid in UID.items()}
    assert [names[item.uid] for item in plan.items] == [
        "folder",
        "about",
        "contact",
        "internal",
        "event",
        "file",
        "image",
        "minutes",
        # Translations after every original, so that theirs exist when they are made.
        "contact_en",
    ]
    assert {names[item.uid]: item.becomes for item in plan.items} == {
        "folder": Becomes.PAGE,
        "about": Becomes.PAGE,
        "contact": Becomes.PAGE,
        "internal": Becomes.PAGE,
        "event": Becomes.CONFERENCE,
        "file": Becomes.DOCUMENT,
        "image": Becomes.IMAGE,
        "minutes": Becomes.MINUTES,
        "contact_en": Becomes.PAGE,
    }
    assert plan.site_root_url == SITE


def test_the_plan_places_items_and_pairs_translations():
    plan = planned()
    about, folder = plan.by_uid[UID["about"]], plan.by_uid[UID["folder"]]
    assert (folder.parent_uid, about.parent_uid) == (None, UID["folder"])
    assert plan.translations == ((UID["contact"], UID["contact_en"]),)
    english = plan.by_uid[UID["contact_en"]]
    # Under a language root folder that is not exported: under the home page in English.
    assert (english.parent_uid, english.language) == (None, "en")
    assert (about.published, plan.by_uid[UID["internal"]].published) == (True, False)


def test_the_plan_carries_the_dates_and_files_read_from_the_export():
    plan = planned()
    event = plan.by_uid[UID["event"]]
    assert event.start == datetime.datetime(2024, 10, 10, 7, tzinfo=datetime.UTC)
    assert event.end == datetime.datetime(2024, 10, 11, 13, tzinfo=datetime.UTC)
    about = plan.by_uid[UID["about"]]
    assert about.effective == datetime.datetime(2019, 3, 5, 9, tzinfo=datetime.UTC)
    assert plan.by_uid[UID["file"]].blob.startswith(b"%PDF-")
    assert plan.by_uid[UID["image"]].blob.startswith(b"\x89PNG")
    assert about.blob is None


def test_the_plan_finds_the_items_that_links_point_at():
    plan = planned()
    about = plan.by_uid[UID["about"]]
    assert plan.linked_item(about, f"resolveuid/{UID['contact']}").uid == UID["contact"]
    assert plan.linked_item(about, "../program.pdf/@@download/file").uid == UID["file"]
    assert plan.linked_item(about, f"{SITE}/natverken/kontakt/view#top").uid == UID["contact"]
    assert plan.linked_item(about, "https://example.org/skola") is None
    assert plan.linked_item(about, "mailto:sekreterare@example.org") is None


def test_a_malformed_export_is_refused_at_the_item_at_fault():
    items = plone_export()
    items[5]["end"] = "2024-10-09T09:00:00+02:00"
    failure = refusal(items)
    assert failure.message == "The event ends before it starts."
    assert (failure.source, failure.location) == (SOURCE, f"{SITE}/natverken/hostkonferens")


def test_a_parent_outside_the_export_must_have_been_imported_before():
    items = plone_export()
    items[1]["parent"] = {"@id": f"{SITE}/borta", "@type": "Folder", "UID": OUTSIDE}
    failure = refusal(items)
    assert "neither in the export nor imported before" in failure.message
    assert failure.location == f"{SITE}/natverken/om-samverkan"

    imported = Surroundings(
        default_language="sv",
        languages=frozenset({"sv", "en"}),
        has_network=True,
        imported_pages=frozenset({OUTSIDE}),
    )
    assert planned(items, imported).by_uid[UID["about"]].parent_uid == OUTSIDE


def test_what_the_site_lacks_refuses_the_export():
    no_network = Surroundings(
        default_language="sv", languages=frozenset({"sv", "en"}), has_network=False
    )
    failure = refusal(plone_export(), no_network)
    assert "name it with --network" in failure.message
    assert failure.location == f"{SITE}/natverken/hostkonferens"

    swedish_only = Surroundings(
        default_language="sv", languages=frozenset({"sv"}), has_network=True
    )
    failure = refusal(plone_export(), swedish_only)
    assert failure.message == "The language en is not one of the site's languages."
    assert failure.location == f"{SITE}/en/networks/contact"


def test_the_original_of_a_translation_is_in_the_default_language():
    english_site = Surroundings(
        default_language="en", languages=frozenset({"sv", "en"}), has_network=True
    )
    plan = planned(surroundings=english_site)
    assert plan.translations == ((UID["contact_en"], UID["contact"]),)


def test_loading_reads_the_json_list_of_items():
    assert load_export(SOURCE, export_bytes()) == plone_export()
    with translation.override("en"), pytest.raises(ImportFailure, match="holds no items"):
        load_export(SOURCE, b"[]")


# -- what the validator must know of the site --------------------------------------------


@pytest.mark.django_db
def test_the_surroundings_name_the_parents_imported_before():
    tree = build_site_tree()
    ImportSource.objects.create(
        kind=ImportSource.Kind.PLONE_ITEM, key=OUTSIDE, content_hash="x", page=tree.home
    )
    ImportSource.objects.create(kind=ImportSource.Kind.PLONE_ITEM, key="e" * 32, content_hash="x")
    items = plone_export()
    items[1]["parent"] = {"@id": f"{SITE}/borta", "UID": OUTSIDE}
    items[2]["parent"] = {"@id": f"{SITE}/ingen-sida", "UID": "e" * 32}
    surroundings = read_surroundings(items, network=None)
    assert surroundings.imported_pages == frozenset({OUTSIDE})
    assert surroundings.default_language == Locale.get_default().language_code
    assert not surroundings.has_network


# -- the writer, given a plan ------------------------------------------------------------


@pytest.fixture
def site(db):
    tree = build_site_tree()
    network = NetworkPageFactory(parent=tree.network_index, slug="skolchefer")
    Locale.objects.create(language_code="en")
    return tree, network


def test_the_writer_makes_every_planned_item_and_no_redirect(site):
    tree, network = site
    shown = []

    def progress(iterable, **kwargs):
        shown.append((len(iterable), kwargs))
        return iterable

    writer = PloneWriter(planned(), network=network, progress=progress)
    with translation.override("en"):
        summary = writer.write()

    assert (summary.created, summary.updated, summary.skipped) == (9, 0, 0)
    assert shown == [(9, {"desc": "Importing"})]
    target = {name: writer.targets[uid] for name, uid in UID.items()}
    assert isinstance(target["folder"], StandardPage)
    assert target["folder"].get_parent().pk == tree.home.pk
    assert target["about"].get_parent().pk == target["folder"].pk
    assert isinstance(target["event"], ConferencePage)
    assert isinstance(target["minutes"], MinutesPage)
    assert {target["event"].get_parent().pk, target["minutes"].get_parent().pk} == {network.pk}
    assert target["contact_en"].translation_key == target["contact"].translation_key
    assert isinstance(target["file"], get_document_model())
    assert isinstance(target["image"], get_image_model())
    assert ImportSource.objects.filter(kind=ImportSource.Kind.PLONE_ITEM).count() == 9
    assert not Redirect.objects.exists()


def test_the_writer_skips_what_it_wrote_before_unchanged(site):
    _tree, network = site
    plan = planned()
    PloneWriter(plan, network=network).write()
    again = PloneWriter(plan, network=network, dry_run=True).write()
    assert (again.created, again.updated, again.skipped) == (0, 0, 9)


@pytest.mark.django_db
def test_the_writer_takes_a_plan_made_by_hand():
    tree = build_site_tree()
    item = PloneItem(
        data={"id": "om-oss", "title": "Om oss", "text": "<p>Vi är ett nätverk.</p>"},
        index=0,
        uid="u" * 32,
        url="http://plone.example.org/om-oss",
        type="Document",
        parent_uid=None,
        language="",
        published=False,
    )
    writer = PloneWriter(Plan.of("hand.json", [item]), dry_run=True)
    with translation.override("en"):
        summary = writer.write()
    page = writer.targets[item.uid]
    assert (page.get_parent().pk, page.slug, page.live) == (tree.home.pk, "om-oss", False)
    assert "Vi är ett nätverk." in page.get_latest_revision_as_object().body[0].value.source
    assert summary.plan == [
        "Would create: Document http://plone.example.org/om-oss → standard page “Om oss”"
    ]


# -- the redirects, given pages and old paths --------------------------------------------


def test_old_paths_drop_the_plone_site_root():
    assert old_path(f"{SITE}/natverken/kontakt/", SITE) == "/natverken/kontakt"
    assert old_path(f"{SITE}/natverken/kontakt") == "/Plone/natverken/kontakt"
    assert old_path(SITE, SITE) == "/"


@pytest.mark.django_db
def test_old_paths_redirect_permanently_to_their_pages_and_documents():
    tree = build_site_tree()
    page = StandardPageFactory(parent=tree.home, slug="om-oss")
    document = DocumentFactory()
    Redirect.objects.create(old_path="/om-oss", redirect_link="/stale/")

    redirect_old_paths(
        [
            ("/natverken/kontakt", page),
            ("/natverken/program.pdf", document),
            ("/om-oss", page),  # the page's own address: no redirect, and the stale one goes
            ("/", page),
            ("/" + "x" * 255, page),
        ]
    )

    moved = Redirect.objects.get(old_path="/natverken/kontakt")
    assert (moved.redirect_page.pk, moved.is_permanent) == (page.pk, True)
    assert Redirect.objects.get(old_path="/natverken/program.pdf").redirect_link == document.url
    assert Redirect.objects.count() == 2


def test_old_addresses_pair_the_plan_with_what_its_items_became():
    plan = planned()
    page, document = object(), object()
    pairs = list(old_addresses(plan, {UID["about"]: page, UID["file"]: document}))
    assert pairs == [("/natverken/om-samverkan", page), ("/natverken/program.pdf", document)]
