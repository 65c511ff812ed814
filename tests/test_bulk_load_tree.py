"""Pages written in bulk: placed as ``add_child`` places them, indexed once at the end of a run."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

from core.bulk_load.indexing import deferred_indexing
from core.bulk_load.tree import ChildPages
from minutes.models.minutes_page import MinutesPage
from networks.models.directory import Person
from tests.factories import MinutesPageFactory, NetworkPageFactory, PersonFactory, build_site_tree


@pytest.fixture
def network(db):
    return NetworkPageFactory(parent=build_site_tree().network_index)


def minutes(day, **fields):
    date = datetime.date(2024, 1, 1) + datetime.timedelta(days=day)
    return MinutesPage(
        **{
            "title": f"Minnesanteckningar {date}",
            "slug": f"minnesanteckningar-{date.isoformat()}",
            "meeting_date": date,
            "place": "Borås",
            **fields,
        }
    )


def test_inserted_pages_come_after_the_children_there_and_before_those_added_later(network):
    before = MinutesPageFactory(parent=network, slug="minnesanteckningar-2024-01-01")
    # More pages than fit in one insert of SQLite's: the rows go in batches.
    pages = [minutes(day) for day in range(70)]

    ChildPages(network).insert(pages)
    after = MinutesPageFactory(parent=network)

    children = list(network.get_children())
    assert [child.pk for child in children] == [before.pk, *(page.pk for page in pages), after.pk]
    assert Page.find_problems() == ([], [], [], [], [])
    # A slug already taken among the siblings is numbered, as find_available_slug does.
    assert pages[0].slug == "minnesanteckningar-2024-01-01-1"
    stored = MinutesPage.objects.get(pk=pages[-1].pk)
    assert stored.url_path == f"{network.url_path}{pages[-1].slug}/"
    assert (stored.locale_id, stored.live, stored.draft_title) == (
        network.locale_id,
        True,
        pages[-1].title,
    )
    assert stored.meeting_date == datetime.date(2024, 3, 10)


def test_added_and_inserted_pages_share_one_numbering(network):
    children = ChildPages(network)
    first = minutes(1)
    children.add(first)
    rest = [minutes(2), minutes(3)]
    children.insert(rest)
    last = minutes(4)
    last.slug = children.available_slug(first.slug)
    children.add(last)

    assert list(network.get_children().values_list("pk", flat=True)) == [
        first.pk,
        rest[0].pk,
        rest[1].pk,
        last.pk,
    ]
    assert last.slug == f"{first.slug}-1"
    assert Page.find_problems() == ([], [], [], [], [])


def person_references(page):
    person_type = ContentType.objects.get_for_model(Person).pk
    return {
        to_object_id
        for to_type, to_object_id in ReferenceIndex.get_references_for_object(page).values_list(
            "to_content_type", "to_object_id"
        )
        if to_type == person_type
    }


def test_pages_noted_during_a_run_are_indexed_at_its_end(network):
    chair = PersonFactory()
    page = minutes(5, title="Skolskjutsar i Kil", chair=chair)

    with deferred_indexing() as saved:
        ChildPages(network).insert([page])
        saved.note([page])
        assert not MinutesPage.objects.search("Skolskjutsar")

    assert [found.pk for found in MinutesPage.objects.search("Skolskjutsar")] == [page.pk]
    assert person_references(page) == {str(chair.pk)}


def test_a_run_that_does_not_index_leaves_its_pages_out(network):
    page = minutes(5, title="Skolskjutsar i Kil", chair=PersonFactory())

    with deferred_indexing(index=False) as saved:
        ChildPages(network).insert([page])
        saved.note([page])

    assert not MinutesPage.objects.search("Skolskjutsar")
    assert person_references(page) == set()
