"""Importing minutes files: the structure read from each format, and the pages written."""

import csv
import datetime
import io
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import SimpleTestCase
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

from core.models import PageCacheGeneration
from importers.minutes_parser import parse_minutes
from importers.readers import read_minutes_file
from minutes.choices import NetworkRole
from minutes.models.import_source import ImportSource
from minutes.models.minutes_page import MinutesPage
from networks.models.choices import OrganisationKind
from networks.models.directory import Organisation, Person
from tests.factories import OrganisationFactory, PersonFactory
from tests.fixtures.importers.builders import docx_bytes, layout_text, minutes_text, pdf_bytes
from tests.import_commands import ImportCommandTestCase

FILE_NAME = "minnesanteckningar-skolchefer-2023-10-13"
SCHEDULE_LINES = (
    "Torsdag 1 februari\tlunch-lunch internat",
    "Fredag 2 februari\tlunch-lunch internat",
    "Fredag 15 mars\tMöte kl. 09.00-15.00",
    "Fredag 26 april\tMöte kl. 09.00-15.00",
    "Fredag 13 september\tMöte kl. 13.00-16.00",
    "Fredag 6 december\tMöte kl. 09.00-15.00",
)


def fixture_bytes(extension):
    text = minutes_text()
    if extension == ".txt":
        return text.encode("utf-8")
    if extension == ".docx":
        return docx_bytes(text, table_rows=SCHEDULE_LINES)
    return pdf_bytes(text)


class ParsedStructureTests(SimpleTestCase):
    """The same minutes, saved as text, Word and PDF, read into the same structure."""

    def parse(self, extension):
        name = FILE_NAME + extension
        return parse_minutes(read_minutes_file(name, fixture_bytes(extension)), source=name)

    def assert_full_structure(self, parsed):
        self.assertEqual(parsed.meeting_date, datetime.date(2023, 10, 13))
        self.assertEqual(parsed.date_source, "text")
        self.assertEqual(
            (parsed.start_time, parsed.end_time), (datetime.time(9), datetime.time(15))
        )
        self.assertEqual(parsed.place, "Kommunhuset, Alingsås")
        self.assertFalse(parsed.is_digital)
        self.assertEqual(
            parsed.opening,
            [
                "Ordföranden hälsade nätverket välkommet. Nora Exempel, ny förvaltningschef "
                "i Lerum, presenterade sig."
            ],
        )
        self.assertEqual(
            [(item.section, item.number, item.heading) for item in parsed.items],
            [
                ("Beslut", 1, "Mötestider för 2024"),
                ("Beslut", 2, "Gemensamma riktlinjer för skolskjuts"),
                (
                    "Rapport/information/diskussion",
                    3,
                    "Nytt från vuxenutbildningen – ansökningsläget inför våren",
                ),
                ("Rapport/information/diskussion", 4, "Samarbete med lärosätet om praktikskolor"),
                ("Likvärdig skola", 5, "Skolans arbete med närvaro"),
                ("Ventilen", None, "Ventilen"),
            ],
        )
        first, second, third, fourth, fifth, ventilen = parsed.items
        self.assertEqual(first.decisions, ["att mötena under 2024 hålls enligt följande:"])
        self.assertEqual(
            [(meeting.date, meeting.time, meeting.kind) for meeting in first.schedule],
            [
                (datetime.date(2024, 2, 1), "lunch–lunch", "internat"),
                (datetime.date(2024, 2, 2), "lunch–lunch", "internat"),
                (datetime.date(2024, 3, 15), "09.00–15.00", "Möte"),
                (datetime.date(2024, 4, 26), "09.00–15.00", "Möte"),
                (datetime.date(2024, 9, 13), "13.00–16.00", "Möte"),
                (datetime.date(2024, 12, 6), "09.00–15.00", "Möte"),
            ],
        )
        self.assertEqual(
            second.decisions,
            [
                "att riktlinjerna gäller från och med vårterminen 2024 med följande tillägg: "
                "Elever i grundsärskolan omfattas av samma regler som övriga elever i grundskolan",
                "att kommunerna redovisar sina erfarenheter till nätverket efter ett år samt",
                "att förvaltningen tar fram en enkel checklista för vårdnadshavare.",
            ],
        )
        self.assertEqual(second.paragraphs, ["Nätverket enades om:"])
        self.assertEqual(third.presenters, ["Olle Provsson"])
        self.assertTrue(third.mentions_attachments)
        self.assertEqual(third.decisions, [])
        self.assertEqual(fourth.presenters, ["Vera Testlund, Mölndal", "Sam Prov Berg, Kungälv"])
        self.assertEqual(
            fourth.paragraphs[1:],
            [
                "Nätverket ser positivt på att arbetet fortsätter.",
                "Bilderna bifogas anteckningarna.",
            ],
        )
        self.assertEqual(fifth.presenters, ["Lisa Exempelsdotter"])
        self.assertFalse(fifth.mentions_attachments)
        self.assertEqual(fifth.follow_up, "Frågan återkommer till nätverket i december.")
        self.assertEqual(ventilen.presenters, [])
        self.assertTrue(ventilen.paragraphs[0].startswith("Kim Prov tog upp frågan"))
        self.assertEqual(parsed.closing, ["Ordföranden tackade för ett givande möte."])
        self.assertEqual((len(parsed.present), len(parsed.absent)), (8, 3))
        self.assertEqual(len(parsed.decisions), 4)
        self.assertEqual(len(parsed.schedule), 6)
        chair = parsed.present[0]
        self.assertEqual(
            (chair.name, chair.organisation, chair.area, chair.role),
            ("Anna Exempel", "Alingsås", "för & grund", NetworkRole.CHAIR),
        )
        self.assertEqual(parsed.present[1].role, NetworkRole.VICE_CHAIR)
        self.assertEqual(
            (parsed.present[4].name, parsed.present[4].organisation, parsed.present[4].area),
            ("Sam Prov Berg", "Kungälv", "gymn"),
        )
        # A job title in the role's place is kept, as the area.
        self.assertEqual(
            (parsed.present[6].organisation, parsed.present[6].area, parsed.present[6].role),
            ("GR", "Utbildningsstrateg", ""),
        )
        self.assertEqual(parsed.present[7].role, NetworkRole.SECRETARY)
        self.assertEqual(
            [(a.name, a.organisation, a.area) for a in parsed.absent],
            [
                ("Sven Testare", "Tjörn", "för & grund, gymn & vux"),
                ("Eva Provare", "Öckerö", "grundskola"),
                ("Lisa Exempelsdotter", "Ale", "för & grund"),
            ],
        )
        self.assertEqual([text.text for text in parsed.unplaced], ["Utkast till justering"])

    def test_text_file(self):
        self.assert_full_structure(self.parse(".txt"))

    def test_word_document_with_the_schedule_as_a_table(self):
        self.assert_full_structure(self.parse(".docx"))

    def test_pdf_document(self):
        self.assert_full_structure(self.parse(".pdf"))

    def test_windows_1252_text_reads_like_utf_8(self):
        text = minutes_text()
        self.assertEqual(read_minutes_file("a.txt", text.encode("cp1252")), text)
        self.assertEqual(read_minutes_file("a.txt", b"\xef\xbb\xbf" + text.encode()), text)
        self.assertEqual(read_minutes_file("a.txt", text.encode("utf-16")), text)

    def test_date_comes_from_the_file_name_when_the_text_has_none(self):
        text = "Beslut\n\n1. Budget\n\nNätverket beslutade att godkänna budgeten.\n"
        parsed = parse_minutes(text, source="natverket_20220304.txt")
        self.assertEqual(
            (parsed.meeting_date, parsed.date_source), (datetime.date(2022, 3, 4), "file name")
        )
        self.assertEqual(parsed.items[0].decisions, ["att godkänna budgeten."])
        parsed = parse_minutes(
            text, source="anteckningar.txt", default_date=datetime.date(2021, 1, 8)
        )
        self.assertEqual(
            (parsed.meeting_date, parsed.date_source), (datetime.date(2021, 1, 8), "option")
        )

    def test_digital_meeting_and_section_paragraphs(self):
        text = (
            "Minnesanteckningar 2022-05-20\nPlats: Digitalt via Teams\n\n"
            "Information\n\nLäget i kommunerna gicks igenom.\n\n"
            "Närvarande\nAnna Exempel\n"
        )
        parsed = parse_minutes(text, source="m.txt")
        self.assertTrue(parsed.is_digital)
        self.assertEqual(
            [(item.section, item.number, item.paragraphs) for item in parsed.items],
            [("Information", None, ["Läget i kommunerna gicks igenom."])],
        )
        self.assertEqual(
            [(a.name, a.organisation) for a in parsed.attendees], [("Anna Exempel", "")]
        )


class ImportMinutesCommandTests(ImportCommandTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.lerum = OrganisationFactory(name="Lerums kommun")
        cls.nora = PersonFactory(name="Nora Exempel", organisation=cls.lerum)

    def write(self, name, data):
        path = self.directory / name
        path.write_bytes(data)
        return path

    def call(self, *args, **options):
        return self.run_command(*args, **options)[0]

    def imported(self):
        return MinutesPage.objects.child_of(self.network).filter(
            meeting_date=datetime.date(2023, 10, 13)
        )

    def test_each_format_becomes_a_draft_owned_by_the_user_and_not_submitted(self):
        for extension in (".txt", ".docx", ".pdf"):
            with self.subTest(extension):
                path = self.write(
                    f"{extension[1:]}-{FILE_NAME}{extension}", fixture_bytes(extension)
                )
                output = self.call(path, user=self.editor.username)
                self.assertIn("Created: 1, updated: 0, skipped: 0, failed: 0", output)
        pages = list(self.imported())
        self.assertEqual(len(pages), 3)
        for page in pages:
            self.assertFalse(page.live)
            self.assertEqual(page.owner, self.editor)
            self.assertEqual(page.latest_revision.user, self.editor)
            # The editor corrects what was misread, then submits.
            self.assertFalse(page.workflow_in_progress)
            self.assertEqual(
                list(
                    PageLogEntry.objects.filter(page=page)
                    .order_by("timestamp", "pk")
                    .values_list("action", flat=True)
                ),
                ["wagtail.create", "wagtail.edit"],
            )
        self.assertEqual(mail.outbox, [])

    def test_submit_puts_the_drafts_in_review_attributed_to_the_user(self):
        self.call(
            self.write(FILE_NAME + ".txt", fixture_bytes(".txt")),
            user=self.editor.username,
            submit=True,
        )
        page = self.imported().get()
        self.assertFalse(page.live)
        self.assertEqual(page.owner, self.editor)
        self.assertTrue(page.workflow_in_progress)
        self.assertEqual(page.current_workflow_state.requested_by, self.editor)
        self.assertEqual(page.get_workflow(), page.current_workflow_state.workflow)

    def test_submitted_pages_enter_the_tree_log_and_review_as_an_editor_s_submission_does(self):
        # Two meetings on one day: the second page needs a slug of its own.
        self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        self.write("extra-" + FILE_NAME + ".txt", fixture_bytes(".txt"))
        children_before = self.network.get_children().count()
        self.call(self.directory, user=self.editor.username, submit=True)

        self.network.refresh_from_db()
        self.assertEqual(self.network.numchild, children_before + 2)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        pages = list(self.imported().order_by("path"))
        self.assertEqual(
            [page.slug for page in pages],
            ["minnesanteckningar-2023-10-13", "minnesanteckningar-2023-10-13-1"],
        )
        for page in pages:
            self.assertTrue(page.url_path.startswith(self.network.url_path))
            entries = PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk")
            self.assertEqual(
                [entry.action for entry in entries],
                ["wagtail.create", "wagtail.edit", "wagtail.workflow.start"],
            )
            self.assertEqual({entry.user for entry in entries}, {self.editor})
            self.assertEqual(entries[2].revision, page.latest_revision)
            task_state = page.current_workflow_state.current_task_state
            self.assertEqual(task_state.revision, page.latest_revision)
            self.assertEqual(task_state.task, page.get_workflow().tasks.first())
            self.assertEqual(entries[2].data["workflow"]["task_state_id"], task_state.pk)
            # The revision holds the page's rows as Wagtail would read them from the tables.
            content = page.latest_revision.content
            self.assertEqual(content["attendees"], page.serializable_data()["attendees"])
            self.assertEqual(len(content["attendees"]), 11)
            self.assertEqual(content["wagtail_admin_comments"], [])
        # The approvers hear of each submission, as when an editor submits.
        notified = [message for message in mail.outbox if pages[0].title in message.subject]
        self.assertGreaterEqual(len(notified), len(pages))

    def test_reference_index_search_and_page_cache_are_brought_up_to_date(self):
        path = self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        generation = PageCacheGeneration.current()
        with self.captureOnCommitCallbacks(execute=True):
            self.call(path)
        self.assertNotEqual(PageCacheGeneration.current(), generation)
        page = self.imported().get()

        def recorded():
            return set(
                ReferenceIndex.get_references_for_object(page).values_list(
                    "content_type", "to_content_type", "to_object_id", "model_path", "content_path"
                )
            )

        def people():
            person_type = ContentType.objects.get_for_model(Person).pk
            return {row[2] for row in recorded() if row[1] == person_type}

        imported = recorded()
        self.assertIn(str(self.nora.pk), people())
        ReferenceIndex.create_or_update_for_object(page)
        self.assertEqual(recorded(), imported)

        # Nora no longer attends: the reference to her goes with the update.
        path.write_text(minutes_text().replace("Nora Exempel, Lerum", "Ny Person, Lerum"))
        self.call(path)
        self.assertNotIn(str(self.nora.pk), people())
        self.assertEqual(len(people()), 11)
        self.assertIn(page, MinutesPage.objects.search("Ny Person"))

    def test_page_holds_the_agenda_decisions_and_attendance(self):
        self.call(self.write(FILE_NAME + ".txt", fixture_bytes(".txt")))
        page = self.imported().get()
        self.assertEqual(page.title, "Minnesanteckningar 13 oktober 2023")
        self.assertEqual(page.place, "Kommunhuset, Alingsås")
        self.assertEqual((page.start_time, page.end_time), (datetime.time(9), datetime.time(15)))
        self.assertIn("Nora Exempel, ny förvaltningschef", page.opening)
        agenda = [item.value for item in page.agenda]
        self.assertEqual([value["number"] for value in agenda], [1, 2, 3, 4, 5, None, None])
        with translation.override("sv"):
            self.assertEqual(agenda[-1]["heading"], gettext("Text that could not be placed"))
        self.assertIn("Utkast till justering", agenda[-1]["body"].source)
        self.assertEqual(len(page.decisions()), 4)
        self.assertEqual(agenda[0]["schedule"][0]["date"], datetime.date(2024, 2, 1))
        self.assertEqual(
            list(agenda[3]["presenters"]), ["Vera Testlund, Mölndal", "Sam Prov Berg, Kungälv"]
        )
        self.assertEqual(agenda[4]["follow_up"], "Frågan återkommer till nätverket i december.")
        attendees = list(page.attendees.order_by("sort_order"))
        self.assertEqual(len(attendees), 11)
        self.assertEqual(sum(not a.present for a in attendees), 3)
        # Nora Exempel of Lerum is the registered person; "Lerum" is Lerums kommun.
        nora = next(a for a in attendees if a.display_name == "Nora Exempel")
        self.assertEqual((nora.person, nora.organisation), (self.nora, self.lerum))
        self.assertEqual(page.chair.name, "Anna Exempel")
        self.assertEqual(page.secretary.name, "Maja Exempel")
        # "GR" is the short name of a registered organisation; Kungälv is new.
        secretary = next(a for a in attendees if a.display_name == "Maja Exempel")
        self.assertEqual(secretary.organisation.name, "Göteborgsregionen")
        self.assertEqual(
            Organisation.objects.get(name="Kungälv").kind, OrganisationKind.MUNICIPALITY
        )

    def test_importing_again_skips_unchanged_and_updates_changed_files(self):
        path = self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        self.call(path)
        page = self.imported().get()
        people, revisions = Person.objects.count(), Revision.objects.count()
        self.assertIn("Created: 0, updated: 0, skipped: 1, failed: 0", self.call(path))
        self.assertEqual((Person.objects.count(), Revision.objects.count()), (people, revisions))

        path.write_text(
            minutes_text().replace("givande möte", "mycket givande möte"), encoding="utf-8"
        )
        self.assertIn("Created: 0, updated: 1, skipped: 0, failed: 0", self.call(path))
        self.assertEqual(self.imported().get().pk, page.pk)
        self.assertEqual(Person.objects.count(), people)
        self.assertEqual(Revision.objects.count(), revisions + 1)
        self.assertIn("mycket givande", self.imported().get().closing)
        self.assertEqual(ImportSource.objects.filter(page=page).count(), 1)

    def test_dry_run_prints_the_plan_and_changes_nothing(self):
        path = self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        people = Person.objects.count()
        output = self.call(path, dry_run=True)
        self.assertIn("Would create:", output)
        self.assertIn("5 agenda items", output.replace("6 agenda items", "5 agenda items"))
        self.assertIn("4 decisions, 8 present, 3 absent, 6 scheduled meetings", output)
        self.assertIn("new person: Anna Exempel", output)
        self.assertIn("Created: 1, updated: 0, skipped: 0, failed: 0", output)
        self.assertFalse(self.imported().exists())
        self.assertEqual(Person.objects.count(), people)
        self.assertFalse(ImportSource.objects.exists())

    def test_publish_puts_the_page_live(self):
        self.call(self.write(FILE_NAME + ".txt", fixture_bytes(".txt")), publish=True)
        page = self.imported().get()
        self.assertTrue(page.live)
        self.assertFalse(page.workflow_in_progress)
        self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_a_directory_is_imported_file_by_file(self):
        self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        self.write(
            "natverk-2023-11-17.txt",
            "Beslut\n\n1. Budget\n\nNätverket beslutade att anta budgeten.\n".encode(),
        )
        self.write("notes.md", b"not minutes")
        self.assertIn("Created: 2", self.call(self.directory))
        self.assertEqual(
            MinutesPage.objects.child_of(self.network)
            .filter(meeting_date=datetime.date(2023, 11, 17))
            .count(),
            1,
        )

    def test_unknown_network_or_date_option_is_refused(self):
        path = self.write(FILE_NAME + ".txt", fixture_bytes(".txt"))
        with self.assertRaisesMessage(CommandError, "nosuch"):
            call_command("import_minutes", str(path), network="nosuch", stdout=io.StringIO())
        with self.assertRaisesMessage(CommandError, "YYYY-MM-DD"):
            self.call(path, date="13/10/2023")


class BulkArchiveTests(ImportCommandTestCase):
    """A folder in which one file is not minutes: with --keep-going the others go in."""

    def setUp(self):
        super().setUp()
        self.archive = self.directory / "arkiv"
        self.archive.mkdir()
        (self.archive / (FILE_NAME + ".txt")).write_bytes(fixture_bytes(".txt"))
        for name in ("sammantradesprotokoll-2024-03-14.txt", "utan-radbrytningar-2013-03-12.txt"):
            (self.archive / name).write_text(layout_text(name), encoding="utf-8")
        (self.archive / "inbjudan-julfika.txt").write_text(
            "Välkomna på julfika i personalrummet!\nHälsningar Kansliet\n", encoding="utf-8"
        )
        self.report = self.directory / "rapport.csv"

    def call(self, **options):
        try:
            out, err = self.run_command(self.archive, user=self.editor.username, **options)
        except CommandError as error:
            return (*self.printed, error)
        return out, err, None

    def imported_dates(self):
        return sorted(
            str(date)
            for date in MinutesPage.objects.child_of(self.network).values_list(
                "meeting_date", flat=True
            )
        )

    def test_keep_going_imports_the_others_and_reports_every_file(self):
        before = self.imported_dates()
        out, err, error = self.call(keep_going=True, report=str(self.report))

        # The run fails (a non-zero exit status) because a file failed, after the others.
        self.assertEqual(str(error), "1 of 4 files could not be imported; see the report.")
        self.assertIn("inbjudan-julfika.txt", err)
        self.assertEqual(
            sorted(set(self.imported_dates()) - set(before)),
            ["2013-03-12", "2023-10-13", "2024-03-14"],
        )
        with self.report.open(encoding="utf-8") as report:
            rows = {Path(row["file"]).name: row for row in csv.DictReader(report)}
        self.assertEqual(
            {name: row["result"] for name, row in rows.items()},
            {
                FILE_NAME + ".txt": "created",
                "sammantradesprotokoll-2024-03-14.txt": "created",
                "utan-radbrytningar-2013-03-12.txt": "created",
                "inbjudan-julfika.txt": "failed",
            },
        )
        protocol = rows["sammantradesprotokoll-2024-03-14.txt"]
        self.assertEqual(
            [protocol[column] for column in ("date", "items", "decisions", "attendees")],
            ["2024-03-14", "4", "3", "6"],
        )
        self.assertIn("line breaks were lost", rows["utan-radbrytningar-2013-03-12.txt"]["guessed"])
        self.assertIn("No meeting date", rows["inbjudan-julfika.txt"]["message"])
        self.assertIn(f"Report written to {self.report}", out)
        # The printed report names each file with its result.
        self.assertRegex(out, r"inbjudan-julfika\.txt\tfailed")
        # The pages are drafts of the importing user, with what the protocol records.
        page = MinutesPage.objects.child_of(self.network).get(meeting_date="2024-03-14")
        self.assertEqual((page.owner, page.workflow_in_progress), (self.editor, False))
        self.assertEqual(
            (page.adjusters, page.posted_on), ("Anders Lindgren", datetime.date(2024, 3, 20))
        )

    def test_without_keep_going_nothing_is_imported(self):
        before = self.imported_dates()
        _out, err, error = self.call()
        self.assertIn("Nothing was imported", str(error))
        self.assertIn("inbjudan-julfika.txt", err)
        self.assertEqual(self.imported_dates(), before)
        self.assertFalse(ImportSource.objects.exists())

    def test_keep_going_dry_run_reports_and_writes_nothing(self):
        before, people = self.imported_dates(), Person.objects.count()
        out, _err, error = self.call(keep_going=True, dry_run=True, report=str(self.report))
        self.assertIsNotNone(error)
        self.assertIn("Would create:", out)
        self.assertIn("guessed: the line breaks were lost", out)
        self.assertEqual(self.imported_dates(), before)
        self.assertEqual(Person.objects.count(), people)
        self.assertFalse(ImportSource.objects.exists())

    def test_all_good_files_end_without_error_and_a_report_path_must_be_writable(self):
        (self.archive / "inbjudan-julfika.txt").unlink()
        out, _err, error = self.call(keep_going=True, report=str(self.report))
        self.assertIsNone(error)
        self.assertIn("Created: 3, updated: 0, skipped: 0, failed: 0", out)
        before = self.imported_dates()
        _out, _err, error = self.call(keep_going=True, report=str(self.directory / "no" / "r.csv"))
        self.assertIn("cannot be written", str(error))
        self.assertEqual(self.imported_dates(), before)
