"""The parts of a municipal committee's protocol (sammanträdesprotokoll) that are not agenda.

A protocol names who adjusts it ("Utses att justera"), ends its first page with the
signatures, and carries a notice (Anslag/Bevis) of the day it was posted on the notice
board. They are read here and their lines blanked, so that the parser meets only the
header, the attendance and the paragraphs ("§ 12").
"""

import re
from dataclasses import dataclass, field

ADJUSTERS = re.compile(
    r"^(?:utses\s+att\s+justera|justerare|justerande|protokollsjusterare)\s*:?\s*(?P<names>.*)$",
    re.IGNORECASE,
)
ADJUSTMENT = re.compile(r"^justeringens\s+(?:plats\s+och\s+tid|tid\s+och\s+plats)\b", re.I)
SIGNATURES = re.compile(r"^underskrifter\s*:?$", re.IGNORECASE)
NOTICE = re.compile(
    r"^(?:anslag\s*/\s*bevis|anslagsbevis|bevis\s+om\s+anslag|tillkännagivande)\b", re.I
)
POSTED = re.compile(
    r"anslag(?:et|ets)?\s+(?:sätts|sattes|har\s+satts)\s+upp|anslag(?:ets|et)?\s+uppsättande"
    r"|anslaget\s+uppsatt|anslås\b",
    re.IGNORECASE,
)
# A signature's role, with the dotted line to sign on and perhaps the paragraphs signed.
SIGNATURE_ROLE = re.compile(r"^(sekreterare|ordförande|justerande)(?:[\s.…_]|$)", re.I)
SIGNATURE_LINE = re.compile(r"^[\s.…_-]+$")
PARAGRAPHS = re.compile(r"^paragrafer?\s+§?\s*\d", re.IGNORECASE)
PARAGRAPH_ALONE = re.compile(r"^§\s*\d{1,3}$")
PARAGRAPH = re.compile(r"^§\s*\d{1,3}\b")
ATTENDANCE = re.compile(r"^(?:beslutande|närvarande|övriga\s+deltagande|deltagare)\b", re.I)
NAMES = re.compile(r"\s*(?:,|\boch\b|&)\s*")


# "Till justerare valdes Bo Berg.", "Nämnden utser Bo Berg att jämte ordföranden justera …"
ADJUSTERS_IN_TEXT = re.compile(
    r"(?:till\s+justerare\s+valdes|att\s+justera\s+(?:dagens\s+)?\w+\s+valdes)\s+"
    r"(?P<names>[^.]+)|\butser\s+(?P<chosen>.+?)\s+att\s+(?:jämte\s+ordföranden\s+)?justera",
    re.IGNORECASE,
)


@dataclass
class ProtocolParts:
    adjusters: list[str] = field(default_factory=list)
    # The notice's line naming the day it was posted; the parser reads the date from it.
    posted: str = ""
    # Line numbers of the lines read here.
    lines: list[int] = field(default_factory=list)


def names_in(text):
    return [name for name in NAMES.split(text.strip(" .")) if name and name[0].isupper()]


def adjusters_in_text(text):
    """The adjusters a sentence of the minutes names, or an empty list."""
    match = ADJUSTERS_IN_TEXT.search(text)
    return names_in(match["names"] or match["chosen"]) if match else []


def next_text(lines, index):
    for following in range(index + 1, len(lines)):
        if lines[following]:
            return following
    return None


class ProtocolReader:
    def __init__(self, lines):
        self.lines = list(lines)
        self.parts = ProtocolParts()

    def blank(self, index):
        self.lines[index] = ""
        self.parts.lines.append(index + 1)

    def read(self):
        index = 0
        while index < len(self.lines):
            index = self.read_at(index)
        join_paragraph_headings(self.lines)
        return self.lines, self.parts

    def read_at(self, index):
        line = self.lines[index]
        if SIGNATURES.match(line):
            return self.read_block(index, self.signature_line)
        if NOTICE.match(line):
            return self.read_block(index, self.notice_line)
        if ADJUSTMENT.match(line) or PARAGRAPHS.match(line):
            self.blank(index)
        elif match := ADJUSTERS.match(line):
            self.blank(index)
            names = match["names"]
            following = next_text(self.lines, index)
            if not names and following is not None:
                names = self.lines[following]
                self.blank(following)
            self.add_adjusters(names_in(names))
        return index + 1

    def add_adjusters(self, names):
        for name in names:
            if name not in self.parts.adjusters:
                self.parts.adjusters.append(name)

    def read_block(self, index, read_line):
        """Lines up to the next paragraph (or the notice, after the signatures)."""
        self.blank(index)
        self.role = ""
        index += 1
        while index < len(self.lines) and not self.ends_block(self.lines[index], read_line):
            if self.lines[index]:
                read_line(self.lines[index])
                self.blank(index)
            index += 1
        return index

    def ends_block(self, line, read_line):
        if PARAGRAPH.match(line) or ATTENDANCE.match(line):
            return True
        return read_line == self.signature_line and bool(NOTICE.match(line))

    def signature_line(self, line):
        if match := SIGNATURE_ROLE.match(line):
            self.role = match[1].lower()
        elif self.role == "justerande" and not SIGNATURE_LINE.match(line):
            self.add_adjusters(names_in(line))

    def notice_line(self, line):
        if POSTED.search(line) and not self.parts.posted:
            self.parts.posted = line


def join_paragraph_headings(lines):
    """ "§ 12" on a line of its own takes its heading from the next line."""
    for index, line in enumerate(lines):
        if PARAGRAPH_ALONE.match(line):
            following = next_text(lines, index)
            if following is not None and not PARAGRAPH.match(lines[following]):
                lines[index] = f"{line} {lines[following]}"
                lines[following] = ""


def read_protocol_parts(lines):
    """``lines`` without the protocol's adjusters, signatures and notice, and what they said."""
    return ProtocolReader(lines).read()
