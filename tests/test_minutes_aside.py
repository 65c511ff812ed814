"""The side column of a minutes page: the meeting's facts, a table of contents of the
agenda, the decisions at a glance and the attachments, after the text in the page's order."""

import datetime
import re

import pytest
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import (
    DocumentFactory,
    MinutesPageFactory,
    NetworkPageFactory,
    agenda_item,
    build_site_tree,
)


def aside_of(html):
    return re.search(r'<aside class="page-aside".*?</aside>', html, re.S)[0]


@pytest.fixture
def minutes(db):
    network = NetworkPageFactory(parent=build_site_tree().network_index)
    private = Collection.get_first_root_node().add_child(name="Styrelsens handlingar")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    return MinutesPageFactory(
        parent=network,
        meeting_date=datetime.date(2026, 3, 12),
        place="Stadshuset i Lerum",
        adjusters="Anna Exempel och Bo Prov",
        agenda=[
            agenda_item(1, "Mötets öppnande"),
            agenda_item(
                2,
                "Mötestider för hösten",
                decisions=["att fastställa mötestiderna"],
                attachments=[DocumentFactory(title="Förslag till mötestider")],
            ),
            agenda_item(None, "Ventilen"),
            agenda_item(
                3,
                "Budget",
                decisions=["att godkänna budgeten", "att återkomma i maj"],
                attachments=[DocumentFactory(title="Lönelistan", collection=private)],
            ),
        ],
    )


def test_the_side_column_comes_after_the_minutes_and_holds_the_facts(client, minutes):
    html = client.get(minutes.url).content.decode()
    assert html.index('id="agenda"') < html.index('<aside class="page-aside"')
    aside = aside_of(html)
    for fact in ("12 mars 2026", "Stadshuset i Lerum", "Anna Exempel och Bo Prov"):
        assert fact in aside


def test_the_contents_link_to_each_agenda_item(client, minutes):
    html = client.get(minutes.url).content.decode()
    contents = re.search(r'<ol class="outline-list">.*?</ol>', aside_of(html), re.S)[0]
    links = re.findall(r'<a href="#([^"]+)">([^<]+)</a>', contents)
    assert links == [
        ("punkt-1", "1. Mötets öppnande"),
        ("punkt-2", "2. Mötestider för hösten"),
        ("ventilen", "Ventilen"),
        ("punkt-3", "3. Budget"),
    ]
    for anchor, _heading in links:
        assert f'id="{anchor}"' in html


def test_the_decisions_and_attachments_at_a_glance(client, minutes):
    aside = aside_of(client.get(minutes.url).content.decode())
    decisions = re.search(r'<ul class="outline-decisions">.*?</ul>', aside, re.S)[0]
    assert re.findall(r"</a>: ([^<]+)</li>", decisions) == [
        "att fastställa mötestiderna",
        "att godkänna budgeten",
        "att återkomma i maj",
    ]
    attachments = re.search(r'<ul class="outline-attachments">.*?</ul>', aside, re.S)[0]
    assert "Förslag till mötestider" in attachments
    # A document the visitor may not open is not named here either.
    assert "Lönelistan" not in attachments
    assert "Dokument med begränsad åtkomst" in attachments


def test_minutes_without_an_agenda_have_no_contents(client, db):
    network = NetworkPageFactory(parent=build_site_tree().network_index)
    page = MinutesPageFactory(parent=network, agenda=[])
    aside = aside_of(client.get(page.url).content.decode())
    assert "outline-list" not in aside
    assert "outline-decisions" not in aside


def test_the_kept_side_column_names_a_private_attachment_only_to_who_may_open_it(
    client, django_user_model, minutes
):
    reader = django_user_model.objects.create_user("lasare", password="x-Kl9!mPq2")
    client.force_login(reader)
    assert "Lönelistan" in aside_of(client.get(minutes.url).content.decode())
    client.logout()
    # Kept for the reader, the column is made again for a visitor, and kept for them.
    for _visit in range(2):
        aside = aside_of(client.get(minutes.url).content.decode())
        assert "Lönelistan" not in aside
        assert "Dokument med begränsad åtkomst" in aside
    client.force_login(reader)
    assert "Lönelistan" in aside_of(client.get(minutes.url).content.decode())
