"""Follow-ups proposed from the sentences of minutes that promise a return to a question.

Pure text analysis: the minutes parser marks the sentences (``ParsedItem.follow_ups``);
this reads what kind of follow-up each promises and when it is due. The editor confirms
or corrects what is proposed.
"""

import datetime
import re
from dataclasses import dataclass, field

from importers.minutes_parser import MONTH, MONTHS
from minutes.models.follow_up import FollowUpKind

YEARLY = re.compile(r"\b(årligen|årlig|årliga|varje år)\b", re.IGNORECASE)
PROPOSAL = re.compile(
    r"\båterkom\w*\s+med\b|\b(förslag|alternativ|åtgärdsplan|handlingsplan)\b", re.IGNORECASE
)
NEXT_MEETING = re.compile(
    r"\b(till|på|vid)\s+nästa\s+(möte|sammanträde|nätverksträff)", re.IGNORECASE
)
MEETING_ON = re.compile(
    rf"\b(?:till|på|vid)\s+(?:mötet|sammanträdet|nätverksmötet|träffen)\s+(?:den\s+)?"
    rf"(\d{{1,2}})\s+({MONTH})(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
DEADLINE = re.compile(
    rf"\b(?:senast|före|innan)\s+(?:den\s+)?(\d{{1,2}})\s+({MONTH})(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)


# Who owes the follow-up, as the sentence names them: "X återkommer", "uppdra åt X att",
# "ge X i uppdrag", "Ansvarig: X". A name is up to five words; the register decides who it is.
NAME = r"[A-ZÅÄÖ][\w-]*(?:\s+(?:[A-ZÅÄÖ][\w-]*|och|i|för|av|de|den|det)){0,4}"
NAMED_RESPONSIBLE = (
    re.compile(
        rf"(?:^|[.:;]\s+|\batt\s+)(?P<who>{NAME})\s+(?:återkommer|återrapporterar|"
        r"ska\s+återrapportera|ansvarar\s+för|följer\s+upp|får\s+i\s+uppdrag)\b"
    ),
    re.compile(rf"\buppdra[rs]?\s+(?:åt|till)\s+(?P<who>{NAME})\s+att\b", re.IGNORECASE),
    re.compile(rf"\bge[r]?\s+(?P<who>{NAME})\s+i\s+uppdrag\b", re.IGNORECASE),
    re.compile(r"\bansvarig[a]?:\s*(?P<who>[^.,;]+)", re.IGNORECASE),
)


@dataclass
class ProposedFollowUp:
    text: str
    kind: str
    # Who may owe it, most likely first: the name the sentence gives, the item's presenters.
    responsible: list[str] = field(default_factory=list)
    due_next_meeting: bool = False
    due_meeting_date: datetime.date | None = None
    due_date: datetime.date | None = None


def written_date(match, after):
    """The date a match names; without a year, the first such day after ``after``."""
    day, month, year = match.groups()
    month = MONTHS[month.lower()]
    if year is None:
        year = after.year + ((month, int(day)) < (after.month, after.day))
    try:
        return datetime.date(int(year), month, int(day))
    except ValueError:
        return None


def kind_of(sentence):
    if YEARLY.search(sentence):
        return FollowUpKind.YEARLY_REPORT
    if PROPOSAL.search(sentence):
        return FollowUpKind.PROPOSAL
    return FollowUpKind.REPORT_BACK


def named_responsible(sentence):
    """The name of who owes what ``sentence`` promises, as written; "" if it names nobody."""
    for pattern in NAMED_RESPONSIBLE:
        match = pattern.search(sentence)
        if match:
            return match.group("who").strip()
    return ""


def proposed_follow_up(sentence, meeting_date, presenters=()):
    """The follow-up ``sentence`` promises at the meeting of ``meeting_date``.

    Who owes it is the one the sentence names, or else one of the item's presenters.
    """
    proposal = ProposedFollowUp(text=sentence.strip(), kind=kind_of(sentence))
    named = named_responsible(sentence)
    proposal.responsible = [*([named] if named else []), *presenters]
    meeting = MEETING_ON.search(sentence)
    deadline = DEADLINE.search(sentence)
    if meeting:
        proposal.due_meeting_date = written_date(meeting, meeting_date)
    elif NEXT_MEETING.search(sentence):
        proposal.due_next_meeting = True
    if deadline:
        proposal.due_date = written_date(deadline, meeting_date)
    return proposal


def proposed_follow_ups(item, meeting_date):
    """One proposal for each sentence of a parsed agenda item that promises a follow-up."""
    seen = set()
    proposals = []
    for sentence in item.follow_ups:
        if sentence and sentence not in seen:
            seen.add(sentence)
            proposals.append(proposed_follow_up(sentence, meeting_date, item.presenters))
    return proposals
