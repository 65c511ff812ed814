"""The import proposes follow-ups from the phrasings that promise one."""

import datetime
import io
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.test import SimpleTestCase, TestCase
from django.utils import translation

from importers.follow_up_proposals import named_responsible, proposed_follow_up
from importers.minutes_parser import parse_minutes
from minutes.models.follow_up import FollowUp, FollowUpKind, FollowUpState
from minutes.models.minutes_page import MinutesPage
from networks.models.directory import Person
from tests.editorial import build_editorial_world
from tests.factories import NetworkPageFactory, PersonFactory

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
FIXTURE = FIXTURES / "minnesanteckningar-uppfoljning-2024-09-12.txt"
MEETING = datetime.date(2024, 9, 12)


class ProposalTests(SimpleTestCase):
    def test_yearly_report_back(self):
        proposal = proposed_follow_up(
            "att kontinuerligt följa upp effekterna och årligen återrapportera till nätverket",
            MEETING,
        )
        self.assertEqual(proposal.kind, FollowUpKind.YEARLY_REPORT)
        self.assertFalse(proposal.due_next_meeting)
        self.assertIsNone(proposal.due_meeting_date)

    def test_return_with_a_proposal_to_a_named_meeting(self):
        proposal = proposed_follow_up(
            "Ekonomnätverken återkommer med två alternativ till mötet den 15 oktober.", MEETING
        )
        self.assertEqual(proposal.kind, FollowUpKind.PROPOSAL)
        self.assertEqual(proposal.due_meeting_date, datetime.date(2024, 10, 15))

    def test_a_meeting_without_a_year_earlier_in_the_year_is_next_year_s(self):
        proposal = proposed_follow_up("Frågan återkommer till mötet den 6 februari.", MEETING)
        self.assertEqual(proposal.due_meeting_date, datetime.date(2025, 2, 6))
        self.assertEqual(proposal.kind, FollowUpKind.REPORT_BACK)

    def test_the_next_meeting_and_a_deadline(self):
        self.assertTrue(
            proposed_follow_up("Frågan återkommer vid nästa möte.", MEETING).due_next_meeting
        )
        proposal = proposed_follow_up("Gruppen återrapporterar senast den 30 november.", MEETING)
        self.assertEqual(proposal.due_date, datetime.date(2024, 11, 30))
        self.assertFalse(proposal.due_next_meeting)

    def test_an_impossible_date_is_left_for_the_editor(self):
        proposal = proposed_follow_up("Frågan återkommer till mötet den 31 februari.", MEETING)
        self.assertIsNone(proposal.due_meeting_date)

    def test_the_sentence_names_who_owes_it(self):
        for sentence, name in (
            (
                "Ekonomnätverken återkommer med två alternativ till mötet den 15 oktober.",
                "Ekonomnätverken",
            ),
            (
                "att ge Arbetsgruppen för lokaler i uppdrag att följa upp frågan",
                "Arbetsgruppen för lokaler",
            ),
            (
                "Nätverket beslutar att uppdra åt Anna Ansvarig att återrapportera i maj.",
                "Anna Ansvarig",
            ),
            (
                "Mötet avslutades. Göteborgs Stad återrapporterar senast den 1 mars.",
                "Göteborgs Stad",
            ),
            ("Ansvarig: Lerums kommun, senast i maj.", "Lerums kommun"),
            ("att årligen återrapportera till nätverket.", ""),
        ):
            with self.subTest(sentence=sentence):
                self.assertEqual(named_responsible(sentence), name)

    def test_after_the_name_the_item_s_presenters_may_owe_it(self):
        proposal = proposed_follow_up(
            "Frågan återkommer vid nästa möte.", MEETING, ["Tove Provare", "Bo Bredvid"]
        )
        self.assertEqual(proposal.responsible, ["Frågan", "Tove Provare", "Bo Bredvid"])
        proposal = proposed_follow_up("att återrapportera i maj.", MEETING, ["Tove Provare"])
        self.assertEqual(proposal.responsible, ["Tove Provare"])

    def test_the_parser_marks_every_phrasing(self):
        parsed = parse_minutes(FIXTURE.read_text(), source=FIXTURE.name)
        marked = [sentence for item in parsed.items for sentence in item.follow_ups]
        self.assertEqual(
            marked,
            [
                "att kontinuerligt följa upp modellens effekter och årligen återrapportera "
                "till nätverket.",
                "Ekonomnätverken återkommer med två alternativ till mötet den 15 oktober.",
                "Frågan återkommer till nätverket vid nästa möte.",
                "Arbetsgruppen återrapporterar senast den 30 november.",
            ],
        )


class ImportProposesFollowUpsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.world = build_editorial_world()
        cls.network = cls.world.network_a

    def run_import(self, text):
        with tempfile.TemporaryDirectory() as directory:
            path = Path(directory) / FIXTURE.name
            path.write_text(text)
            with translation.override("en"):
                call_command(
                    "import_minutes",
                    str(path),
                    network=self.network.slug,
                    stdout=io.StringIO(),
                    stderr=io.StringIO(),
                )
        return MinutesPage.objects.child_of(self.network).get(meeting_date=MEETING)

    def test_the_import_proposes_follow_ups_for_the_editor_to_confirm(self):
        page = self.run_import(FIXTURE.read_text())
        follow_ups = list(FollowUp.objects.filter(minutes=page).order_by("pk"))
        self.assertEqual(
            [(f.anchor, f.kind, f.state) for f in follow_ups],
            [
                ("punkt-1", FollowUpKind.YEARLY_REPORT, FollowUpState.PROPOSED),
                ("punkt-2", FollowUpKind.PROPOSAL, FollowUpState.PROPOSED),
                ("punkt-3", FollowUpKind.REPORT_BACK, FollowUpState.PROPOSED),
                ("punkt-4", FollowUpKind.REPORT_BACK, FollowUpState.PROPOSED),
            ],
        )
        self.assertEqual(follow_ups[1].due_meeting_date, datetime.date(2024, 10, 15))
        self.assertTrue(follow_ups[2].due_next_meeting)
        self.assertEqual(follow_ups[3].due_date, datetime.date(2024, 11, 30))
        self.assertTrue(all(f.network_id == self.network.pk for f in follow_ups))
        stored_ids = {item["id"] for item in page.get_latest_revision_as_object().agenda.raw_data}
        self.assertLessEqual({f.item_id for f in follow_ups}, stored_ids)

    def test_the_import_proposes_who_owes_it_among_those_the_site_knows(self):
        sub_network = NetworkPageFactory(
            parent=self.network.get_parent(), title="Ekonomnätverket", slug="ekonomnatverket"
        )
        presenter = PersonFactory(name="Tove Provare")
        people_before = Person.objects.count()
        page = self.run_import(FIXTURE.read_text())
        responsible = {
            f.anchor: (f.responsible_person, f.responsible_organisation, f.responsible_network)
            for f in FollowUp.objects.filter(minutes=page)
        }
        self.assertEqual(
            responsible,
            {
                "punkt-1": (None, None, None),
                "punkt-2": (None, None, sub_network.page_ptr.specific),
                # "Frågan återkommer" names nobody: the item's presenter owes it.
                "punkt-3": (presenter, None, None),
                # "Arbetsgruppen" is in no register, and none is added for it.
                "punkt-4": (None, None, None),
            },
        )
        self.assertFalse(Person.objects.filter(name="Arbetsgruppen").exists())
        self.assertGreaterEqual(Person.objects.count(), people_before)

    def test_importing_again_keeps_what_the_editor_confirmed(self):
        page = self.run_import(FIXTURE.read_text())
        confirmed = FollowUp.objects.filter(minutes=page).order_by("pk").first()
        confirmed.change_state(FollowUpState.OPEN, self.world.users["editor_a"])
        self.run_import(FIXTURE.read_text() + "\nMötet avslutades.\n")
        follow_ups = FollowUp.objects.filter(minutes=page)
        self.assertEqual(follow_ups.count(), 4)
        self.assertEqual(follow_ups.filter(state=FollowUpState.OPEN).get(), confirmed)
        self.assertEqual(follow_ups.filter(state=FollowUpState.PROPOSED).count(), 3)
