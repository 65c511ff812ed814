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
    places = re.findall(r"Borås|Skövde|Lidköping|Falköping", html)
    assert places == ["Lidköping", "Skövde", "Borås"]
