"""A result's snippet is cut from what a reader sees on the page, not from stored values."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ConferencePageFactory, build_site_tree, programme_item


@pytest.fixture
def conference(db):
    tree = build_site_tree()
    day = datetime.date(2027, 3, 11)
    return ConferencePageFactory(
        parent=tree.conference_index,
        title="Vårkonferensen",
        start=timezone.make_aware(datetime.datetime(2027, 3, 11, 9, 30)),
        end=timezone.make_aware(datetime.datetime(2027, 3, 11, 16)),
        programme=[
            programme_item(
                "Välkommen",
                day=day,
                start_time="09:30:00",
                end_time="10:00:00",
                speakers=[("Jenny Nordmark", "Ordförande", "Nordby kommun")],
            ),
            programme_item(
                "Skolchefer i samtal", day=day, start_time="10:00:00", end_time="12:00:00"
            ),
        ],
    )


def snippet_of(client, query):
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    [result] = response.context["search"].results
    return result.snippet


def test_a_programme_shows_its_times_and_days_as_the_page_does(client, conference):
    snippet = snippet_of(client, "skolchefer")
    assert "<mark>Skolchefer</mark> i samtal" in snippet
    assert "10:00" in snippet
    assert "11 mars 2027" in snippet
    assert "Jenny Nordmark" in snippet
    assert ":00:00" not in snippet
    assert "09:30:00" not in snippet
    assert "2027-03-11" not in snippet


def test_the_conference_page_shows_the_same_times(client, conference):
    page = client.get(conference.url).text
    assert ">10:00</time>–<time" in page
    assert "11 mars 2027" in page
