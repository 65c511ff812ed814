"""What a network page shows of its meeting schedule."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import NetworkMeetingFactory, NetworkPageFactory, build_site_tree


@pytest.mark.django_db
def test_upcoming_meetings_are_listed_by_date_and_include_one_under_way(client):
    today = timezone.localdate()
    network = NetworkPageFactory(parent=build_site_tree().network_index)
    for days, end, place in [(40, None, "Borås"), (10, None, "Skövde"), (-1, 1, "Lidköping")]:
        NetworkMeetingFactory(
            page=network,
            date=today + datetime.timedelta(days),
            end_date=today + datetime.timedelta(end) if end is not None else None,
            place=place,
        )
    NetworkMeetingFactory(page=network, date=today - datetime.timedelta(30), place="Falköping")

    html = client.get(network.url).content.decode()
    listed = re.search(r'<section aria-labelledby="upcoming-meetings">.*?</section>', html, re.S)[0]
    places = re.findall(r"Borås|Skövde|Lidköping|Falköping", listed)
    assert places == ["Lidköping", "Skövde", "Borås"]
    # The side column names the next one, the meeting under way.
    aside = re.search(r'<aside class="page-aside".*?</aside>', html, re.S)[0]
    assert re.findall(r"Borås|Skövde|Lidköping|Falköping", aside) == ["Lidköping"]
