"""The API answers in the same number of SQL queries whatever the number of people on a page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from networks.models.choices import OrganisationKind
from tests.factories import (
    ConferenceContactFactory,
    ConferencePageFactory,
    MinutesAttendeeFactory,
    MinutesPageFactory,
    NetworkContactFactory,
    NetworkMeetingFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    PersonFactory,
    UnitFactory,
    build_site_tree,
)

# A query made once per person shows as soon as the large page has more people than the
# small one; the API lists a page's people whole, with no page size to reach.
SMALL, LARGE = 3, 30
MAX_QUERIES = 25


def person_in_a_unit():
    return PersonFactory(organisation=UnitFactory(), contact_details_public=True)


def network_with(size, parent):
    network = NetworkPageFactory(parent=parent, page_owner=person_in_a_unit())
    for _ in range(size):
        NetworkMemberFactory(page=network, person=person_in_a_unit())
        NetworkContactFactory(page=network, person=person_in_a_unit())
        NetworkMeetingFactory(page=network)
    return network


def minutes_with(size, parent):
    minutes = MinutesPageFactory(parent=parent, chair=person_in_a_unit())
    for _ in range(size):
        MinutesAttendeeFactory(page=minutes, person=person_in_a_unit())
    return minutes


def conference_with(size, parent):
    conference = ConferencePageFactory(parent=parent)
    conference.topics.add("VFU", "förskola")
    conference.save()
    for _ in range(size):
        ConferenceContactFactory(page=conference, person=person_in_a_unit())
    return conference


def count_queries(client, url):
    """Queries of a request after a first one warmed the per-process caches (site, locales)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.json()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "build", [network_with, minutes_with, conference_with], ids=["network", "minutes", "conference"]
)
def test_page_detail_query_count_does_not_grow_with_people(client, build):
    tree = build_site_tree()
    parent = NetworkPageFactory(
        parent=tree.network_index, organisation__kind=OrganisationKind.FEDERATION
    )
    small = build(SMALL, parent)
    large = build(LARGE, parent)
    small_count, small_json = count_queries(client, f"/api/v2/pages/{small.pk}/")
    large_count, large_json = count_queries(client, f"/api/v2/pages/{large.pk}/")
    print(f"\n{build.__name__}: {small_count} queries small, {large_count} large")  # noqa: T201
    assert len(str(large_json)) > len(str(small_json))
    assert small_count == large_count <= MAX_QUERIES


@pytest.mark.django_db
def test_typed_listing_with_every_field_does_not_grow_with_people(client):
    tree = build_site_tree()
    url = "/api/v2/pages/?type=networks.NetworkPage&fields=*"
    network_with(SMALL, tree.network_index)
    small_count, _ = count_queries(client, url)
    network_with(LARGE, tree.network_index)
    large_count, listing = count_queries(client, url)
    assert listing["meta"]["total_count"] == 2
    assert small_count == large_count <= MAX_QUERIES
