"""Minutes whose line breaks were lost, as text copied out of a PDF: the lines restored.

Such text is one paragraph, or lines broken wherever the page's width broke them: "Tid: …
Plats: … Deltagare Anna Ek, Lerum (gymn) ordförande Bo Berg, … Deltog ej … 2 Mötet
öppnades …". Its structure is read from its markers instead: the header's fields, the
attendance lists' headings, and agenda items numbered one after another ("2 …", "3 …").
Where an item's heading ends is a guess: at a presenter's name, a "Föredragande:" or
"Beslut:", or else the first capitalised word that starts the text.
"""

import re
from dataclasses import dataclass, field

from importers.minutes_layout.attendance import split_attendance_run
from importers.minutes_layout.page_furniture import remove_running_header

HEADER_FIELD = re.compile(r"\s+(?=(?:Datum|Tid|Plats|Lokal|Mötesplats)\s*:)")
MID_LINE_MARKER = re.compile(
    r"\S[ \t]+(Datum:|Tid:|Plats:|Deltagare\b|Närvarande\b|Deltog ej\b|Deltog inte\b|Frånvarande\b)"
)
ATTENDANCE = re.compile(
    r"\b(Deltagare|Närvarande|Deltog ej|Deltog inte|Frånvarande|Anmält förhinder)\s*:?\s+"
    r"(?=[A-ZÅÄÖÆØÉÜ]\w+\s+[A-ZÅÄÖÆØÉÜ])"
)
ATTENDANCE_MARKERS = {"Deltagare", "Närvarande", "Deltog ej", "Deltog inte", "Frånvarande"}
# Lines this long on average are paragraphs, not the lines of minutes.
LONG_LINE = 300
# A section's heading before the next item: "… välkomna. Beslut 1 Budget …".
SECTION_AT_END = re.compile(
    r"\s+(Beslut|Beslutsärenden|Beslutspunkter|Rapporter|Information|Informationsärenden|"
    r"Diskussion|Diskussionsärenden|Rapport/information/diskussion|Övrigt|Övriga frågor)$"
)
FIRST_FIELD = re.compile(r"\b(?:Datum|Tid|Plats)\s*:")
TITLE_DATE = re.compile(r"\s+(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w+\s+\d{4})$")
MAX_FIRST_NUMBER = 3
# Numbers that refer to something else: "§ 4", "punkt 3", "bilaga 2", "sida 2".
NOT_AN_ITEM = r"(?<!§\s)(?<!punkt\s)(?<!bilaga\s)(?<!sida\s)(?<!nr\s)"
MAX_HEADING_WORDS = 12
CAPITALISED = re.compile(r"^[A-ZÅÄÖÆØÉÜ]")
# A capitalised word after these belongs to the heading: "Rapport från Skolverket".
JOINING_WORDS = {"av", "från", "för", "med", "om", "i", "inom", "och", "till", "&", "–", "-"}
PRESENTING = re.compile(
    r"(?:[A-ZÅÄÖÆØÉÜ][\w'’-]+\s+){1,3}[A-ZÅÄÖÆØÉÜ][\w'’-]+(?:,[^.]{0,60}?)?\s+"
    r"(redogjorde|informerade|berättade|presenterade|föredrog|rapporterade|inledde)\b"
)
ITEM_PARTS = re.compile(r"\s+(?=(?:Föredragande|Beslut|Förslag till beslut)\s*:)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖÆØÉÜ])")
CLAUSE_START = re.compile(r"(?:(?<=:)|(?<=[;,])|(?<=\bsamt)|(?<=\boch))\s+(?=att\s)")


@dataclass
class RestoredText:
    text: str
    # The numbers of the items whose heading's end was guessed.
    guessed_headings: set = field(default_factory=set)


def looks_run_together(text):
    """Whether the markers stand in the middle of lines: an attendance list's among them,
    or in lines as long as paragraphs (a header written as one table row is not enough)."""
    found = {match[1] for match in MID_LINE_MARKER.finditer(text)}
    if not found:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    paragraphs = sum(map(len, lines)) / len(lines) > LONG_LINE
    return paragraphs or (len(found) >= 2 and bool(found & ATTENDANCE_MARKERS))


def item_starts(text, start):
    """Where the agenda items start: the numbers that follow one another, "2 Mötet …", "3. …"."""
    starts = []
    number = None
    position = start
    while True:
        wanted = rf"[1-{MAX_FIRST_NUMBER}]" if number is None else str(number + 1)
        match = re.compile(rf"{NOT_AN_ITEM}(?<=\s)({wanted})[.)]?\s+(?=[A-ZÅÄÖÆØÉÜ])").search(
            text, position
        )
        if not match:
            return starts
        number = int(match[1])
        starts.append(match.start(1))
        position = match.end()


def presenter_start(rest):
    """Where a presenter's name starts: "Rapport från Skolverket Eva Ek informerade …"."""
    match = PRESENTING.search(rest)
    if not match:
        return None
    start, names_end = match.start(), match.end() - len(match[1])
    # The heading's first word is not the presenter's, nor is a capitalised word after
    # "från" or "om": the heading's subject, as in "Rapport från Skolverket".
    while not rest[:start].split() or rest[:start].split()[-1].lower() in JOINING_WORDS:
        start = rest.find(" ", start, names_end) + 1
        if not start:
            return None
    return start


def heading_end(rest):
    """Where an item's heading ends in ``rest``, and whether that is a guess."""
    parts = ITEM_PARTS.search(rest)
    known = [mark for mark in (parts and parts.start(), presenter_start(rest)) if mark]
    marks = list(known)
    words = list(re.finditer(r"\S+", rest))
    for previous, word in zip(words, words[1:MAX_HEADING_WORDS], strict=False):
        if CAPITALISED.match(word[0]) and previous[0].lower() not in JOINING_WORDS:
            marks.append(word.start())
            break
    if not marks:
        end = words[MAX_HEADING_WORDS].start() if len(words) > MAX_HEADING_WORDS else len(rest)
        return end, True
    end = min(marks)
    sentence = rest.find(". ")
    if 0 < sentence < end:
        return sentence + 1, False
    return end, end not in known


def item_lines(segment):
    """ "2 Mötet öppnades Ordföranden …" → the heading line and the text's paragraphs."""
    number, _space, rest = segment.partition(" ")
    number = number.rstrip(".)")
    end, guessed = heading_end(rest)
    heading, body = rest[:end].strip(" ."), rest[end:].strip()
    paragraphs = []
    for part in ITEM_PARTS.split(body):
        if re.match(r"(?:Beslut|Förslag till beslut)\s*:", part):
            label, clauses = part.split(":", 1)
            paragraphs.append(f"{label}:")
            paragraphs += [clause.strip(" ,;") for clause in CLAUSE_START.split(clauses)]
        else:
            paragraphs += SENTENCE_END.split(part)
    return [f"{number} {heading}", *paragraphs], guessed


def restore_line_breaks(text):
    """The text with one heading, field, person or paragraph a line, blank lines between."""
    flat = " ".join(text.split())
    first_field = FIRST_FIELD.search(flat)
    title = flat[: first_field.start()].strip() if first_field else ""
    flat = remove_running_header(flat, TITLE_DATE.sub("", title))
    cuts = [(match.start(), "attendance") for match in ATTENDANCE.finditer(flat)]
    # The items follow the header's fields; the attendance lists before or after them.
    fields_start = FIRST_FIELD.search(flat)
    cuts += [
        (start, "item") for start in item_starts(flat, fields_start.end() if fields_start else 0)
    ]
    cuts.sort()
    header_end = cuts[0][0] if cuts else len(flat)
    header = flat[:header_end].strip()
    section = SECTION_AT_END.search(header)
    lines = HEADER_FIELD.split(header[: section.start()] if section else header)
    if section:
        lines += ["", section[1]]
    guessed = set()
    for (start, kind), (end, _kind) in zip(cuts, [*cuts[1:], (len(flat), "")], strict=True):
        segment = flat[start:end].strip()
        section = SECTION_AT_END.search(segment)
        if section:
            segment = segment[: section.start()]
        if kind == "attendance":
            match = ATTENDANCE.match(segment)
            lines += ["", match[1], *split_attendance_run(segment[match.end() :])]
        else:
            paragraphs, heading_guessed = item_lines(segment)
            if heading_guessed:
                guessed.add(int(paragraphs[0].split(" ", 1)[0]))
            lines += ["", *"\n\n".join(paragraphs).split("\n")]
        if section:
            lines += ["", section[1]]
    return RestoredText("\n".join(lines), guessed_headings=guessed)
