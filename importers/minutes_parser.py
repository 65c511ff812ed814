"""Reading the structure of Swedish meeting minutes from their plain text.

A pure function of the text: nothing here touches the database. The layout it expects
is the one networks' minutes commonly share: a header (title, date, time, place), an
opening, numbered agenda items grouped under section headings (Beslut,
Rapport/information/diskussion, themed headings, Ventilen), decisions written as "att …"
clauses, a closing, then the present and absent lists, one "Name, Municipality (area),
role" a line. Whatever does not fit is kept as unplaced text, never dropped.

Other layouts are first brought to that one (``importers.minutes_layout``): text whose
line breaks were lost gets them back from its markers, page numbers and running headers
go, and a protocol's adjusters, signatures and posting notice are read apart. Items
numbered "§ 12" or "2 Heading", "Föredragande:" lines and a "Beslut:" heading under an
item are read here. What was guessed is named in the result, for the editor to check.
"""

import datetime
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from django.utils.translation import gettext as _

from importers.errors import ImportFailure
from importers.minutes_layout.attendance import ParsedAttendee, parse_attendee
from importers.minutes_layout.page_furniture import remove_page_furniture
from importers.minutes_layout.protocol import adjusters_in_text, read_protocol_parts
from importers.minutes_layout.run_together import looks_run_together, restore_line_breaks
from minutes.dates import MONTHS as SWEDISH_MONTHS

MONTHS = {name: number for number, name in enumerate(SWEDISH_MONTHS, start=1)}
MONTH = "|".join(MONTHS)
WEEKDAY = "måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"
DASH = "[-–—]"

ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
SWEDISH_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({MONTH})\s+(\d{{4}})(?!\d)", re.IGNORECASE)
COMPACT_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(\d{2})(\d{2})(?!\d)")
TIME_RANGE = re.compile(rf"(\d{{1,2}})[.:](\d{{2}})\s*{DASH}\s*(\d{{1,2}})[.:](\d{{2}})")
LUNCH_TO_LUNCH = re.compile(rf"lunch\s*(?:{DASH}|till)\s*lunch", re.IGNORECASE)
HEADER_FIELD = re.compile(
    r"^(plats och tid|tid och plats|sammanträdesdatum|datum|tid|plats|lokal|mötesplats)\b"
    r"\s*:?\s*(.+)$",
    re.IGNORECASE,
)
PLACE_FIELDS = ("plats", "lokal", "mötesplats", "plats och tid", "tid och plats")
TIME_FIELDS = ("tid", "plats och tid", "tid och plats")
TIME_IN_PLACE = re.compile(
    rf",?\s*(?:kl\.?|klockan)?\s*\d{{1,2}}[.:]\d{{2}}\s*{DASH}\s*\d{{1,2}}[.:]\d{{2}}",
    re.IGNORECASE,
)
TITLE = re.compile(
    r"^(minnesanteckningar|mötesanteckningar|anteckningar|protokoll|sammanträdesprotokoll)\b",
    re.IGNORECASE,
)
# The committee a protocol is of, named above its title: part of the header.
COMMITTEE = re.compile(
    r"\w(nämnden|styrelsen|utskottet|fullmäktige)$|\b(kommun|stad|region)$", re.IGNORECASE
)
CASE_NUMBER = re.compile(r"^(dnr|diarienummer|diarienr)\b", re.IGNORECASE)
DIGITAL = re.compile(r"\b(digitalt?|teams|zoom|distans|webbmöte|online)\b", re.IGNORECASE)

AGENDA_MARKER = re.compile(r"^(dagordning|agenda|föredragningslista)\s*:?$", re.IGNORECASE)
OPENING = re.compile(
    r"^(mötet öppnades|mötets öppnande|öppnande|mötet öppnas|välkomna)\.?$", re.IGNORECASE
)
CLOSING = re.compile(
    r"^(mötet avslutades|mötets avslutande|avslutning|mötet avslutas)\.?$", re.IGNORECASE
)
PRESENT = re.compile(
    r"^(deltog|närvarande|deltagare|beslutande|beslutande ledamöter|närvarande ledamöter|"
    r"övriga deltagande|övriga närvarande|tjänstgörande ersättare|närvarande ersättare|"
    r"ersättare|ej tjänstgörande ersättare)\s*:?$",
    re.IGNORECASE,
)
ABSENT = re.compile(
    r"^(deltog ej|deltog inte|frånvarande|frånvarande ledamöter|ej närvarande|"
    r"anmält förhinder|förhinder)\s*:?$",
    re.IGNORECASE,
)
KNOWN_SECTION = re.compile(
    r"^(beslut|beslutsärenden|beslutspunkter|rapport(er)?|information|informationsärenden|"
    r"diskussion|diskussionsärenden|ventilen|övrigt|övriga frågor)"
    r"(\s*/\s*(rapport|information|diskussion))*\s*:?$",
    re.IGNORECASE,
)
NUMBERED_ITEM = re.compile(r"^(?:§\s*(\d{1,3})\.?|(\d{1,3})[.)])\s+(\S.*)$")
# "2 Mötet öppnades": numbered without a dot, taken only as the next number in turn.
BARE_NUMBERED_ITEM = re.compile(r"^(\d{1,3})\s+([A-ZÅÄÖÆØÉÜ]\S*.*)$")
# "Beslut:" under an item introduces its decisions; it is not a section.
DECISION_HEADING = re.compile(
    r"^(beslut|förslag till beslut|beslutsförslag|nämndens beslut)\s*(:)?\s*(.*)$",
    re.IGNORECASE,
)
DECISION_INTRO = re.compile(r"\b(beslutar|beslöt|beslutade|föreslår)\b|:$", re.IGNORECASE)
PRESENTER_FIELD = re.compile(r"^föredragande\s*:?\s*(.+)$", re.IGNORECASE)
BULLET = re.compile(r"^[-–—•*]\s+")
CLAUSE = re.compile(r"^att\s+\S", re.IGNORECASE)
DECISION_IN_PROSE = re.compile(
    r"\b(beslöt|beslutade|beslutar|beslutades|enades)\b.*?\b(att\s+\S.*)$", re.IGNORECASE
)
SCHEDULE_ROW = re.compile(
    rf"^(?:(?:{WEEKDAY})\s+)?(\d{{1,2}})\s+({MONTH})(?:\s+(\d{{4}}))?\s*(?:\t|\s{{2,}}|,\s*|\s+)(.*)$",
    re.IGNORECASE,
)
ISO_SCHEDULE_ROW = re.compile(r"^(?:\w+\s+)?(\d{4}-\d{2}-\d{2})\s*(?:\t|\s+)(.*)$")
YEAR = re.compile(r"\b(19|20)\d{2}\b")
ATTACHED = re.compile(r"\b(bifogas|bifogades|bifogade|bilaga|bilagor)\b", re.IGNORECASE)
FOLLOW_UP = re.compile(
    r"^(frågan|ärendet|punkten|ämnet)\s+(återkommer|tas upp igen|följs upp|återrapporteras)",
    re.IGNORECASE,
)
# Promises to come back to a question, wherever written: marked for the editor.
FOLLOW_UP_WORDS = re.compile(
    r"\b(återkommer|återkomma|återrapporter(?:a|as|ar|ing)|"
    r"följa upp|följs upp|följas upp)\b",
    re.IGNORECASE,
)
SENTENCE = re.compile(r"[^.!?]*[.!?]?")
PRESENTING_VERBS = (
    "redogjorde|informerade|berättade|presenterade|inledde|föredrog|rapporterade|"
    "beskrev|gav|visade|lyfte|delgav"
)
PRESENTERS = re.compile(rf"^(?P<names>.+?),?\s+(?:{PRESENTING_VERBS})\b")
NAME_WORD = re.compile(r"^[A-ZÅÄÖÆØÉÜ][\w'’-]*$")
NAME_PARTICLES = {"af", "von", "van", "de", "der", "la", "du"}
MAX_HEADING_LENGTH = 250
MAX_SECTION_HEADING_WORDS = 7


@dataclass
class ScheduledMeeting:
    date: datetime.date
    time: str
    kind: str
    line: int


@dataclass
class ParsedItem:
    heading: str
    line: int
    number: int | None = None
    section: str = ""
    presenters: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    schedule: list[ScheduledMeeting] = field(default_factory=list)
    mentions_attachments: bool = False
    follow_up: str = ""
    # The sentences that promise a return to the question ("återkommer", "återrapporteras").
    follow_ups: list[str] = field(default_factory=list)
    # What of the item was guessed: "heading" (where it ends), "presenters" (from prose).
    guessed: list[str] = field(default_factory=list)


@dataclass
class UnplacedText:
    line: int
    text: str


@dataclass
class ParsedMinutes:
    meeting_date: datetime.date
    date_source: str
    title: str = ""
    start_time: datetime.time | None = None
    end_time: datetime.time | None = None
    place: str = ""
    is_digital: bool = False
    opening: list[str] = field(default_factory=list)
    items: list[ParsedItem] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    attendees: list[ParsedAttendee] = field(default_factory=list)
    unplaced: list[UnplacedText] = field(default_factory=list)
    # Who adjusts the minutes, and the day a protocol's notice was posted.
    adjusters: list[str] = field(default_factory=list)
    posted_on: datetime.date | None = None
    # What the reading guessed, in words for the editor who checks it.
    guesses: list[str] = field(default_factory=list)

    @property
    def present(self):
        return [attendee for attendee in self.attendees if attendee.present]

    @property
    def absent(self):
        return [attendee for attendee in self.attendees if not attendee.present]

    @property
    def decisions(self):
        return [clause for item in self.items for clause in item.decisions]

    @property
    def schedule(self):
        return [meeting for item in self.items for meeting in item.schedule]


def clean_line(line):
    return re.sub(r"[ \u00a0]+", " ", line.replace("\u200b", "")).strip(" ")


def find_date(text):
    """The first date written in ``text``, ISO or Swedish ("17 september 2021"), or None."""
    candidates = []
    for match in ISO_DATE.finditer(text):
        candidates.append((match.start(), match.groups()))
    for match in SWEDISH_DATE.finditer(text):
        day, month, year = match.groups()
        candidates.append((match.start(), (year, MONTHS[month.lower()], day)))
    for _position, (year, month, day) in sorted(candidates):
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            continue
    return None


def date_from_file_name(name):
    stem = PurePath(name).stem
    found = find_date(stem.replace("_", " "))
    if found:
        return found
    for match in COMPACT_DATE.finditer(stem):
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def time_range(text):
    match = TIME_RANGE.search(text)
    if not match:
        return None, None
    hours_from, minutes_from, hours_to, minutes_to = (int(part) for part in match.groups())
    try:
        return datetime.time(hours_from, minutes_from), datetime.time(hours_to, minutes_to)
    except ValueError:
        return None, None


def looks_like_names(text):
    """Whether ``text`` is one or more people's names, each perhaps with a municipality."""
    people = [part.strip(" ,") for part in re.split(r",?\s+och\s+", text) if part.strip(" ,")]
    if not people:
        return []
    for person in people:
        name = person.split(",")[0].split()
        if not 2 <= len(name) <= 5:
            return []
        if not all(NAME_WORD.match(word) or word in NAME_PARTICLES for word in name):
            return []
    return people


def schedule_time_and_kind(rest):
    """ "Möte kl. 08.30-14.30" → ("08.30–14.30", "Möte"); "lunch-lunch konferens" likewise."""
    time = ""
    match = TIME_RANGE.search(rest) or LUNCH_TO_LUNCH.search(rest)
    if match:
        time = match.group(0)
        time = (
            "lunch–lunch" if LUNCH_TO_LUNCH.fullmatch(time) else re.sub(rf"\s*{DASH}\s*", "–", time)
        )
        rest = rest[: match.start()] + rest[match.end() :]
    kind = re.sub(r"\bkl\.?", "", rest)
    kind = re.sub(r"\s+", " ", kind.replace("\t", " ")).strip(" ,;-–")
    return time, kind


class MinutesParser:
    def __init__(self, text, *, source, default_date=None):
        self.source = source
        self.default_date = default_date
        self.guesses = []
        self.guessed_headings = set()
        if looks_run_together(text):
            restored = restore_line_breaks(text)
            text = restored.text
            self.guessed_headings = restored.guessed_headings
            self.guesses.append(
                _("the line breaks were lost: the structure was read from the text's markers")
            )
            if self.guessed_headings:
                self.guesses.append(_("where the headings of some agenda items end"))
        lines = remove_page_furniture([clean_line(line) for line in text.split("\n")])
        self.lines, self.protocol = read_protocol_parts(lines)
        self.in_decisions = False
        self.header_lines = []
        self.opening = []
        self.closing = []
        self.items = []
        self.attendees = []
        self.unplaced = []
        self.state = "header"
        self.section = ""
        self.item = None
        self.last_number = 0
        self.presence = True
        # Where the next line of running text goes: a list and the index of the paragraph
        # it continues, or None when a blank line has closed the paragraph.
        self.paragraph = None
        self.decision_open = False
        self.after_heading = False
        self.year_hint = None

    # -- lookahead ------------------------------------------------------------------------

    def next_text(self, index):
        for line in self.lines[index + 1 :]:
            if line:
                return line
        return ""

    def numbered(self, line):
        match = NUMBERED_ITEM.match(line)
        if match:
            number, heading = int(match[1] or match[2]), match[3].strip()
        elif match := BARE_NUMBERED_ITEM.match(line):
            number, heading = int(match[1]), match[2].strip()
            if number != self.last_number + 1 and not (self.last_number == 0 and number <= 3):
                return None
        else:
            return None
        if number <= self.last_number or len(heading) > MAX_HEADING_LENGTH:
            return None
        if SCHEDULE_ROW.match(line):
            return None
        return number, heading

    def is_themed_heading(self, line, index):
        words = line.split()
        return (
            0 < len(words) <= MAX_SECTION_HEADING_WORDS
            and line[0].isupper()
            and line[-1] not in ".:;,!?)"
            and not any(character.isdigit() for character in line)
            and self.numbered(self.next_text(index)) is not None
        )

    # -- writing into the current place ----------------------------------------------------

    def add_text(self, target, text):
        """Running text: continues the open paragraph or starts a new one."""
        if self.paragraph is not None and self.paragraph[0] is target:
            target[self.paragraph[1]] = f"{target[self.paragraph[1]]} {text}"
        else:
            target.append(text)
            self.paragraph = (target, len(target) - 1)

    def start_item(self, heading, line_number, number=None):
        self.item = ParsedItem(
            heading=heading, number=number, section=self.section, line=line_number
        )
        self.items.append(self.item)
        self.state = "item"
        self.paragraph = None
        self.decision_open = False
        self.in_decisions = False
        self.after_heading = True
        if number in self.guessed_headings:
            self.item.guessed.append("heading")
        year = YEAR.search(heading)
        self.year_hint = int(year.group(0)) if year else None

    def item_line(self, line, line_number):
        item = self.item
        if match := PRESENTER_FIELD.match(line):
            item.presenters = looks_like_names(match[1]) or [match[1].strip(" .")]
            self.paragraph = None
            self.after_heading = False
            return
        bullet = BULLET.match(line)
        content = line[bullet.end() :] if bullet else line
        if self.in_decisions and not (
            CLAUSE.match(content) or DECISION_INTRO.search(content) or FOLLOW_UP.match(content)
        ):
            # Under "Beslut:", a decision not written as an "att" clause.
            item.decisions.append(content)
            self.paragraph = (item.decisions, len(item.decisions) - 1)
            return
        starts_paragraph = self.paragraph is None or bullet
        if CLAUSE.match(content) and (starts_paragraph or self.decision_open or self.in_decisions):
            item.decisions.append(content)
            self.paragraph = (item.decisions, len(item.decisions) - 1)
            self.decision_open = True
            self.after_heading = False
            return
        if bullet and self.after_heading:
            item.heading = f"{item.heading} – {content}"[:MAX_HEADING_LENGTH]
            self.paragraph = None
            return
        self.after_heading = False
        if meeting := self.schedule_row(line, line_number):
            item.schedule.append(meeting)
            self.paragraph = None
            return
        if CASE_NUMBER.match(content):
            # A protocol's "Dnr …" line stands on its own, before the item's text.
            item.paragraphs.append(content)
            self.paragraph = None
            return
        if FOLLOW_UP.match(content):
            # "Ärendet återrapporteras …" follows the decisions; it is not one of them.
            self.paragraph = None
            self.decision_open = self.in_decisions = False
        if (
            self.decision_open
            and self.paragraph is None
            and item.decisions
            and item.decisions[-1].endswith(":")
        ):
            # The text a clause announces ("att följande tolkning ska gälla:") belongs to it.
            item.decisions[-1] = f"{item.decisions[-1]} {content}"
            self.paragraph = (item.decisions, len(item.decisions) - 1)
            return
        if self.paragraph is not None and self.paragraph[0] is item.decisions:
            item.decisions[-1] = f"{item.decisions[-1]} {content}"
            return
        self.decision_open = False
        self.add_text(item.paragraphs, f"– {content}" if bullet else content)

    def schedule_row(self, line, line_number):
        match = SCHEDULE_ROW.match(line)
        if match:
            day, month, year, rest = match.groups()
            year = int(year) if year else self.year_hint
            month = MONTHS[month.lower()]
        else:
            match = ISO_SCHEDULE_ROW.match(line)
            if not match:
                return None
            try:
                date = datetime.date.fromisoformat(match[1])
            except ValueError:
                return None
            time, kind = schedule_time_and_kind(match[2])
            return ScheduledMeeting(date=date, time=time, kind=kind, line=line_number)
        time, kind = schedule_time_and_kind(rest)
        if not (time or kind):
            return None
        try:
            # A leap year stands in for a year not written, until the meeting's is known.
            date = datetime.date(year or 2000, month, int(day))
        except ValueError:
            return None
        if year is None:
            # No year written: the first such date on or after the meeting's month.
            self.undated_rows.append(line_number)
        return ScheduledMeeting(date=date, time=time, kind=kind, line=line_number)

    # -- the walk --------------------------------------------------------------------------

    def parse(self):
        self.undated_rows = []
        for index, line in enumerate(self.lines):
            self.read_line(line, index + 1, index)
        meeting_date, date_source = self.meeting_date()
        self.finish_items(meeting_date)
        if not self.items and not self.attendees:
            raise ImportFailure(
                _(
                    "No agenda items and no attendance list were found: the file does not "
                    "look like meeting minutes."
                ),
                source=self.source,
            )
        start_time, end_time = time_range(" ".join(self.header_values(*TIME_FIELDS) or self.header))
        place = TIME_IN_PLACE.sub("", " ".join(self.header_values(*PLACE_FIELDS))).strip(" ,")
        return ParsedMinutes(
            meeting_date=meeting_date,
            date_source=date_source,
            title=next((line for line in self.header if TITLE.match(line)), ""),
            start_time=start_time,
            end_time=end_time,
            place=place[:255],
            is_digital=bool(DIGITAL.search(place)),
            opening=self.opening,
            items=self.items,
            closing=self.closing,
            attendees=self.attendees,
            unplaced=self.unplaced,
            adjusters=self.protocol.adjusters,
            posted_on=find_date(self.protocol.posted) if self.protocol.posted else None,
            guesses=self.guesses + self.item_guesses() + self.date_guesses(date_source),
        )

    def item_guesses(self):
        if any("presenters" in item.guessed for item in self.items):
            return [_("presenters named in the text of an item")]
        return []

    @staticmethod
    def date_guesses(date_source):
        if date_source == "file name":
            return [_("the meeting date, from the file name")]
        if date_source == "option":
            return [_("the meeting date, as given for files without one")]
        return []

    @property
    def header(self):
        return [line for _number, line in self.header_lines]

    def header_values(self, *names):
        return [
            match[2].strip()
            for line in self.header
            if (match := HEADER_FIELD.match(line)) and match[1].lower() in names
        ]

    def read_line(self, line, line_number, index):
        if not line or AGENDA_MARKER.match(line):
            self.paragraph = None
            return
        if ABSENT.match(line) or PRESENT.match(line):
            self.state = "attendance"
            self.presence = not ABSENT.match(line)
            return
        if self.state == "attendance" and not self.ends_attendance(line):
            self.attendees.append(parse_attendee(line, line_number, self.presence))
            return
        if OPENING.match(line):
            self.state = "opening"
            self.paragraph = None
            return
        if CLOSING.match(line):
            self.state = "closing"
            self.paragraph = None
            return
        if numbered := self.numbered(line):
            self.last_number = numbered[0]
            self.start_item(numbered[1], line_number, number=numbered[0])
            return
        if self.decision_heading(line, index):
            return
        if KNOWN_SECTION.match(line) or (
            self.state != "header"
            and self.paragraph is None
            and self.is_themed_heading(line, index)
        ):
            self.section = line.rstrip(" :")
            self.item = None
            self.state = "section"
            self.paragraph = None
            return
        self.read_text_line(line, line_number)

    def decision_heading(self, line, index):
        """ "Beslut:" under an item: the lines after it are the item's decisions."""
        match = DECISION_HEADING.match(line)
        if not match or self.state != "item" or self.item is None:
            return False
        if not match[2] and (match[3] or self.numbered(self.next_text(index))):
            # "Beslut" alone before numbered items is a section heading.
            return False
        self.in_decisions = True
        self.decision_open = True
        self.paragraph = None
        if match[3]:
            self.item_line(match[3], index + 1)
        return True

    def read_text_line(self, line, line_number):
        """A line of text: in the header, the opening or closing text, or an item."""
        if self.state in ("header", "attendance"):
            self.state = "header"
            self.header_lines.append((line_number, line))
            return
        if self.state in ("opening", "closing"):
            self.add_text(getattr(self, self.state), line)
            return
        if self.item is None:
            # Text under a section heading with no numbered item, as under "Ventilen".
            self.start_item(self.section, line_number)
            self.after_heading = False
        self.item_line(line, line_number)

    def ends_attendance(self, line):
        return bool(
            OPENING.match(line)
            or CLOSING.match(line)
            or KNOWN_SECTION.match(line)
            or self.numbered(line)
        )

    def meeting_date(self):
        header_text = "\n".join(self.header)
        found = find_date(header_text)
        if found:
            return found, "text"
        found = date_from_file_name(self.source)
        if found:
            return found, "file name"
        if self.default_date:
            return self.default_date, "option"
        raise ImportFailure(
            _(
                "No meeting date was found in the text or the file name; give one with "
                "--date YYYY-MM-DD."
            ),
            source=self.source,
        )

    def finish_items(self, meeting_date):
        for item in self.items:
            self.finish_item(item)
            self.date_schedule(item, meeting_date)
            if not self.protocol.adjusters:
                for paragraph in item.paragraphs:
                    self.protocol.adjusters = adjusters_in_text(paragraph)
                    if self.protocol.adjusters:
                        break
        self.keep_header_fields()

    @staticmethod
    def finish_item(item):
        """Attachments, follow-up, presenters and decisions written as prose in the notes."""
        for paragraph in list(item.paragraphs):
            if len(paragraph) <= 200 and ATTACHED.search(paragraph):
                item.mentions_attachments = True
            if FOLLOW_UP.match(paragraph) and not item.follow_up:
                item.follow_up = paragraph
                item.paragraphs.remove(paragraph)
        texts = [text for text in item.paragraphs if not CASE_NUMBER.match(text)]
        if item.number is not None and texts and not item.presenters:
            match = PRESENTERS.match(texts[0])
            if match:
                item.presenters = looks_like_names(match["names"])
                if item.presenters:
                    item.guessed.append("presenters")
        if not item.decisions:
            for paragraph in item.paragraphs:
                match = DECISION_IN_PROSE.search(paragraph)
                if match:
                    item.decisions.append(match[2])
        texts = [*item.paragraphs, *item.decisions, item.follow_up]
        item.follow_ups = [
            sentence.strip()
            for text in texts
            for sentence in SENTENCE.findall(text)
            if FOLLOW_UP_WORDS.search(sentence)
        ]

    def date_schedule(self, item, meeting_date):
        """Give the schedule's dates written without a year the year they fall in."""
        for meeting in item.schedule:
            if meeting.line in self.undated_rows:
                year = meeting_date.year + (meeting.date.month < meeting_date.month)
                try:
                    meeting.date = meeting.date.replace(year=year)
                except ValueError:
                    meeting.date = meeting.date.replace(year=year, day=28)

    def keep_header_fields(self):
        # Header lines that are neither title nor date, time or place fields.
        kept = []
        for number, line in self.header_lines:
            if (
                TITLE.match(line)
                or HEADER_FIELD.match(line)
                or COMMITTEE.search(line)
                or find_date(line)
            ):
                kept.append((number, line))
            else:
                self.unplaced.append(UnplacedText(line=number, text=line))
        self.header_lines = kept


def parse_minutes(text, *, source, default_date=None):
    """The structure of the minutes in ``text``; ``source`` names the file in errors."""
    return MinutesParser(text, source=source, default_date=default_date).parse()
