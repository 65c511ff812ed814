"""Agenda items built in their stored form, and both forms of their lists read alike."""

import datetime
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.test import TestCase

from minutes.agenda import (
    agenda_item_data,
    agenda_item_value,
    list_block_data,
    list_block_values,
    raw_agenda_items,
)
from minutes.blocks import AgendaItemBlock
from minutes.decision_register import DecisionRegister
from minutes.models.minutes_page import MinutesPage
from search.attachments import attached_document_ids
from search.excerpts import search_text
from tests.factories import DocumentFactory, MinutesPageFactory, NetworkPageFactory, build_site_tree

ITEM = {
    "section": "Beslut",
    "number": 1,
    "heading": "Mötestider för 2025",
    "presenters": ["Anna Exempel, Lerum", "Bo Prov, Alingsås"],
    "body": "<p>Sekreteraren presenterade förslaget.</p>",
    "decisions": ["att fastställa mötestiderna", "att nästa möte hålls i Lerum"],
    "follow_up": "Återkommer till nätverket i maj.",
}
SCHEDULE = [(datetime.date(2025, 2, 7), "09.00–12.00", "möte")]


def stored(value):
    """``value`` as the database holds it: dates become ISO strings on the way."""
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


class AgendaItemDataTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.network = NetworkPageFactory(parent=tree.network_index)
        cls.slides = DocumentFactory(title="Bilder om mötestider")

    def test_wagtail_reads_the_value_and_saves_it_back_unchanged(self):
        value = agenda_item_value(**ITEM, schedule=SCHEDULE, attachments=[self.slides])
        block = AgendaItemBlock()

        self.assertEqual(stored(block.get_prep_value(block.to_python(value))), value)
        self.assertEqual(list_block_values(value["attachments"]), [self.slides.pk])
        self.assertEqual(list_block_values(value["schedule"])[0]["date"], "2025-02-07")

    def test_defaults_are_an_empty_unnumbered_item(self):
        self.assertEqual(
            agenda_item_value(heading="Ventilen"),
            {
                "section": "",
                "number": None,
                "heading": "Ventilen",
                "presenters": [],
                "body": "",
                "decisions": [],
                "schedule": [],
                "attachments": [],
                "follow_up": "",
            },
        )

    def test_each_list_value_and_item_has_an_id_of_its_own(self):
        item = agenda_item_data(heading="Rapporter", decisions=["att notera", "att notera"])
        ids = [item["id"]] + [clause["id"] for clause in item["value"]["decisions"]]
        self.assertEqual(len(set(ids)), 3)

    def test_lists_read_the_same_in_either_stored_form(self):
        self.assertEqual(list_block_values(list_block_data(["att a", "att b"])), ["att a", "att b"])
        self.assertEqual(list_block_values(["att a", "att b"]), ["att a", "att b"])
        self.assertEqual(list_block_values(None), [])

    def test_pages_with_plain_or_wrapped_lists_render_and_index_alike(self):
        # Lists of plain values: how imports and prepared drafts stored their items before.
        plain = MinutesPageFactory(
            parent=self.network,
            agenda=[
                {
                    "type": "item",
                    "value": {
                        "section": ITEM["section"],
                        "number": ITEM["number"],
                        "heading": ITEM["heading"],
                        "presenters": ITEM["presenters"],
                        "body": ITEM["body"],
                        "decisions": ITEM["decisions"],
                        "schedule": [
                            {"date": date.isoformat(), "time": time, "kind": kind}
                            for date, time, kind in SCHEDULE
                        ],
                        "attachments": [self.slides.pk],
                        "follow_up": ITEM["follow_up"],
                    },
                }
            ],
        )
        wrapped = MinutesPageFactory(
            parent=self.network,
            agenda=[agenda_item_data(**ITEM, schedule=SCHEDULE, attachments=[self.slides])],
        )
        plain, wrapped = (MinutesPage.objects.get(pk=page.pk) for page in (plain, wrapped))

        def read(page):
            block = MinutesPage._meta.get_field("agenda").stream_block
            return {
                "html": page.agenda[0].render(),
                "decisions": [clause for _value, clause in page.decisions()],
                "register": [
                    (decision.heading, decision.clause, decision.anchor)
                    for decision in DecisionRegister(
                        MinutesPage.objects.filter(pk=page.pk)
                    ).decisions
                ],
                "raw decisions": list_block_values(raw_agenda_items(page)[0]["decisions"]),
                "indexed": block.get_searchable_content(page.agenda),
                "excerpt text": search_text(page),
                "attachments": attached_document_ids(page),
            }

        self.assertEqual(read(plain), read(wrapped))
        self.assertIn("att nästa möte hålls i Lerum", read(wrapped)["html"])
        self.assertIn("Bilder om mötestider", read(wrapped)["html"])
        self.assertEqual(read(wrapped)["attachments"], [self.slides.pk])
