"""The layouts minutes really come in, read into the same structure as well-kept minutes.

Each fixture in ``tests/fixtures/importers/layouts/`` is written for these tests: text
copied out of a PDF whose line breaks were lost, a municipal committee's protocol, and
minutes with a "Föredragande:" line and a "Beslut:" heading under each item.
"""

import datetime

from django.test import SimpleTestCase
from django.utils import translation

from importers.minutes_parser import parse_minutes
from importers.readers import read_minutes_file
from minutes.choices import NetworkRole
from tests.fixtures.importers.builders import docx_bytes, layout_text, pdf_bytes

RUN_TOGETHER = "utan-radbrytningar-2013-03-12.txt"
PROTOCOL = "sammantradesprotokoll-2024-03-14.txt"
PRESENTER_LINES = "foredragande-och-beslut-2019-05-23.txt"


def saved_as(name, extension):
    """The fixture's text as a file of the given kind would give it back."""
    text = layout_text(name)
    data = {
        ".txt": text.encode(),
        ".docx": docx_bytes(text) if extension == ".docx" else b"",
        ".pdf": pdf_bytes(text) if extension == ".pdf" else b"",
    }[extension]
    return read_minutes_file("minutes" + extension, data)


def everything(parsed):
    """All the text the parse placed anywhere, to look for what must not be there."""
    texts = [parsed.title, parsed.place, *parsed.opening, *parsed.closing]
    for item in parsed.items:
        texts += [item.heading, *item.paragraphs, *item.decisions, item.follow_up]
    texts += [attendee.name for attendee in parsed.attendees]
    texts += [text.text for text in parsed.unplaced]
    return "\n".join(texts)


def people(attendees):
    return [(a.name, a.organisation, a.area, a.role) for a in attendees]


class LayoutTestCase(SimpleTestCase):
    def setUp(self):
        # What was guessed is named in the active language; asserted in English.
        self.enterContext(translation.override("en"))


class TextWithoutLineBreaksTests(LayoutTestCase):
    def assert_structure(self, parsed):
        self.assertEqual(parsed.meeting_date, datetime.date(2013, 3, 12))
        self.assertEqual(
            (parsed.start_time, parsed.end_time), (datetime.time(9), datetime.time(12))
        )
        self.assertEqual(parsed.place, "Kommunhuset, Stenvik")
        self.assertEqual(
            people(parsed.present),
            [
                ("Alma Lindqvist", "Stenvik", "för & grund, gymn & vux", NetworkRole.CHAIR),
                ("Bertil Åström", "Norrås", "gymn & vux", ""),
                ("Cecilia Nordin", "Ekeby", "för & grund", NetworkRole.SECRETARY),
                ("David Hägg", "Lövåsa", "för & grund, gymn & vux", ""),
            ],
        )
        self.assertEqual(
            people(parsed.absent),
            [
                ("Elin Sandberg", "Fjällsta", "gymn & vux", ""),
                ("Fredrik Olausson", "Norrås", "för & grund", ""),
            ],
        )
        self.assertEqual(
            [(item.number, item.heading) for item in parsed.items],
            [
                (1, "Mötets öppnande"),
                (2, "Val av justerare"),
                (3, "Rapport från Skolverket"),
                (4, "Gemensam fortbildning"),
                (5, "Mötets avslutande"),
            ],
        )
        opening, adjusters, report, training, closing = parsed.items
        self.assertEqual(
            opening.paragraphs, ["Ordföranden öppnade mötet och hälsade alla välkomna."]
        )
        self.assertEqual(report.presenters, ["David Hägg"])
        self.assertEqual(report.follow_up, "Frågan återkommer på nästa möte.")
        self.assertEqual(report.follow_ups, ["Frågan återkommer på nästa möte."])
        self.assertEqual(training.presenters, ["Cecilia Nordin"])
        self.assertEqual(
            training.decisions,
            [
                "att nätverket ordnar en gemensam studiedag i oktober",
                "att kostnaden delas lika mellan kommunerna",
            ],
        )
        self.assertEqual(closing.paragraphs, ["Ordföranden tackade för mötet."])
        self.assertEqual(parsed.adjusters, ["Bertil Åström"])
        self.assertEqual(parsed.unplaced, [])
        # The running header and the page numbers are gone from the text.
        text = everything(parsed)
        self.assertNotIn("Sida", text)
        self.assertNotIn("2013-03-12", text)
        self.assertEqual(text.count("Nätverket för skolutveckling Väst"), 1)
        # What the editor should check is named.
        self.assertIn(
            "the line breaks were lost: the structure was read from the text's markers",
            parsed.guesses,
        )
        self.assertEqual(opening.guessed, ["heading"])
        self.assertEqual(training.guessed, [])
        self.assertIn("presenters", report.guessed)

    def test_text_file(self):
        self.assert_structure(parse_minutes(layout_text(RUN_TOGETHER), source=RUN_TOGETHER))

    def test_pdf(self):
        self.assert_structure(parse_minutes(saved_as(RUN_TOGETHER, ".pdf"), source="a.pdf"))

    def test_one_paragraph(self):
        text = " ".join(layout_text(RUN_TOGETHER).split())
        self.assert_structure(parse_minutes(text, source=RUN_TOGETHER))


class CommitteeProtocolTests(LayoutTestCase):
    def assert_structure(self, parsed):
        self.assertEqual(parsed.meeting_date, datetime.date(2024, 3, 14))
        self.assertEqual(parsed.title, "SAMMANTRÄDESPROTOKOLL")
        self.assertEqual(
            (parsed.start_time, parsed.end_time), (datetime.time(13), datetime.time(16, 30))
        )
        self.assertEqual(parsed.place, "Stadshuset, sammanträdesrum Ekdalen")
        self.assertEqual(
            people(parsed.present),
            [
                ("Karin Holmgren", "", "S", NetworkRole.CHAIR),
                ("Anders Lindgren", "", "M", NetworkRole.VICE_CHAIR),
                ("Maria Svedberg", "", "C", ""),
                ("Olof Brandt", "", "V", ""),
                ("Lena Åkerlund", "", "förvaltningschef", ""),
                ("Johan Strömberg", "", "", NetworkRole.SECRETARY),
            ],
        )
        self.assertEqual(parsed.absent, [])
        self.assertEqual(parsed.adjusters, ["Anders Lindgren"])
        self.assertEqual(parsed.posted_on, datetime.date(2024, 3, 20))
        self.assertEqual(
            [(item.number, item.heading) for item in parsed.items],
            [
                (12, "Val av justerare"),
                (13, "Delårsrapport för förskolan"),
                (14, "Skolskjutsregler"),
                (15, "Information från förvaltningschefen"),
            ],
        )
        _adjusting, report, rules, information = parsed.items
        self.assertEqual(report.presenters, ["Lena Åkerlund"])
        self.assertEqual(
            report.decisions,
            [
                "att godkänna delårsrapporten",
                "att ge förvaltningen i uppdrag att återkomma med en åtgärdsplan i maj.",
            ],
        )
        self.assertEqual(report.follow_ups, report.decisions[1:])
        self.assertEqual(
            rules.decisions,
            ["att anta reviderade regler för skolskjuts att gälla från 1 augusti 2024."],
        )
        self.assertEqual(information.presenters, ["Lena Åkerlund"])
        self.assertEqual(information.follow_ups, ["Ärendet återrapporteras till nämnden i juni."])
        # Signatures, the posting notice, running headers and page numbers are not text.
        text = everything(parsed)
        for furniture in ("Sida", "Justerandes sign", "Underskrift", "....", "anslaget", "Organ:"):
            self.assertNotIn(furniture, text)
        self.assertEqual(parsed.unplaced, [])

    def test_text_file(self):
        self.assert_structure(parse_minutes(layout_text(PROTOCOL), source=PROTOCOL))

    def test_pdf(self):
        self.assert_structure(parse_minutes(saved_as(PROTOCOL, ".pdf"), source="p.pdf"))


class PresenterAndDecisionHeadingTests(LayoutTestCase):
    def assert_structure(self, parsed):
        self.assertEqual(parsed.meeting_date, datetime.date(2019, 5, 23))
        self.assertEqual(parsed.place, "Folkets hus, Lövåsa")
        # "Beslut:" under an item introduces its decisions: no item of its own.
        self.assertEqual(
            [(item.number, item.heading, item.presenters) for item in parsed.items],
            [
                (1, "Mötets öppnande", []),
                (2, "Yrkesvux 2020", ["Ivar Strand"]),
                (3, "Validering inom vård och omsorg", ["Jonna Ek", "Hanna Berglöf"]),
                (4, "Mötets avslutande", []),
            ],
        )
        _opening, vocational, validation, _closing = parsed.items
        self.assertEqual(
            vocational.decisions,
            ["att kommunerna söker statsbidrag gemensamt", "att Ivar Strand samordnar ansökan"],
        )
        self.assertEqual(
            vocational.paragraphs, ["Ivar gick igenom ansökningsläget inför nästa år."]
        )
        self.assertEqual(vocational.follow_up, "Ärendet återrapporteras på mötet i september.")
        self.assertEqual(
            validation.decisions,
            ["att en arbetsgrupp bildas", "att förslaget skickas på remiss till kommunerna"],
        )
        self.assertEqual(
            people(parsed.attendees),
            [
                ("Hanna Berglöf", "Lövåsa", "vux", NetworkRole.CHAIR),
                ("Ivar Strand", "Fjällsta", "vux", ""),
                ("Jonna Ek", "Ekeby", "sfi", NetworkRole.SECRETARY),
                ("Kalle Moberg", "Stenvik", "vux", ""),
            ],
        )
        self.assertEqual([a.present for a in parsed.attendees], [True, True, True, False])
        self.assertEqual(parsed.guesses, [])
        self.assertEqual(parsed.unplaced, [])

    def test_text_file(self):
        self.assert_structure(parse_minutes(layout_text(PRESENTER_LINES), source=PRESENTER_LINES))

    def test_word_document(self):
        self.assert_structure(parse_minutes(saved_as(PRESENTER_LINES, ".docx"), source="a.docx"))


class GuessedDateTests(LayoutTestCase):
    def test_a_date_from_the_file_name_is_named_as_guessed(self):
        parsed = parse_minutes(
            "1. Budget\n\nNätverket beslutade att anta budgeten.\n", source="n-2020-02-07.txt"
        )
        self.assertEqual(parsed.guesses, ["the meeting date, from the file name"])


class WellKeptLinesTests(LayoutTestCase):
    def test_a_header_written_as_one_table_row_keeps_the_lines(self):
        text = (
            "Minnesanteckningar\nDatum: 2021-09-10\tTid: 09.00–12.00\tPlats: Rådhuset\n\n"
            "1. Budget\n\nEfter diskussion 25 (30) kommuner svarade.\n"
            "Nätverket beslutade att anta budgeten.\n\nDeltog\nAnna Prov, Stenvik\n"
        )
        parsed = parse_minutes(text, source="m.txt")
        self.assertEqual(parsed.guesses, [])
        self.assertEqual(parsed.meeting_date, datetime.date(2021, 9, 10))
        self.assertEqual(
            parsed.items[0].paragraphs,
            ["Efter diskussion 25 (30) kommuner svarade. Nätverket beslutade att anta budgeten."],
        )
        self.assertEqual(people(parsed.attendees), [("Anna Prov", "Stenvik", "", "")])

    def test_one_paragraph_with_the_attendance_after_the_items(self):
        text = (
            "Minnesanteckningar Nätverket Syd Tid: 2020-02-03 kl 9.00-12.00 Plats: Rådhuset "
            "1 Budget Nätverket beslutade att anta budgeten. 2 Mötestider Eva Lund informerade "
            "om mötestiderna. Närvarande Anna Ek, Lerum (gymn) ordförande Bo Berg, Ale "
            "Frånvarande Cia Holm, Tjörn"
        )
        parsed = parse_minutes(text, source="m.txt")
        self.assertEqual([item.heading for item in parsed.items], ["Budget", "Mötestider"])
        self.assertEqual(parsed.items[0].decisions, ["att anta budgeten."])
        self.assertEqual(parsed.items[1].paragraphs, ["Eva Lund informerade om mötestiderna."])
        self.assertEqual(
            people(parsed.attendees),
            [
                ("Anna Ek", "Lerum", "gymn", NetworkRole.CHAIR),
                ("Bo Berg", "Ale", "", ""),
                ("Cia Holm", "Tjörn", "", ""),
            ],
        )
        self.assertEqual([a.present for a in parsed.attendees], [True, True, False])

    def test_one_paragraph_with_section_headings_before_items(self):
        text = (
            "Minnesanteckningar Nätverket Syd Tid: 2020-02-03 kl 9.00-12.00 Plats: Rådhuset "
            "Beslut 1 Budget Nätverket beslutade att anta budgeten. Rapporter 2 Mötestider "
            "Eva Lund informerade om mötestiderna. Deltagare Anna Ek, Lerum (gymn) ordförande"
        )
        parsed = parse_minutes(text, source="m.txt")
        self.assertEqual(parsed.place, "Rådhuset")
        self.assertEqual(
            [(item.section, item.heading) for item in parsed.items],
            [("Beslut", "Budget"), ("Rapporter", "Mötestider")],
        )
        self.assertEqual(parsed.items[0].paragraphs, ["Nätverket beslutade att anta budgeten."])
