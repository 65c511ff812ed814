"""Swedish personal identity numbers and coordination numbers in free text.

Pure text analysis, no database. Candidates are ten or twelve digits, with or without the
century and the separator ("-", or "+" for people of a hundred and more), standing on their
own: digits that are part of a longer run (an invoice or case number) are not candidates.
Each candidate is then validated: personal identity numbers by python-stdnum's
``stdnum.se.personnummer`` (date and Luhn check digit); coordination numbers, whose day is
the day of birth plus 60 and which stdnum does not know, by the same Luhn check
(``stdnum.luhn``) and the date with 60 taken off the day.

Nothing here keeps a number: a match carries its place in the text and its masked form.
"""

import datetime
import re
from dataclasses import dataclass

from stdnum import luhn
from stdnum.exceptions import ValidationError
from stdnum.se import personnummer

PERSONAL = "personal_identity_number"
COORDINATION = "coordination_number"

# Not preceded by a digit, or by a digit and a joining mark (12-850709-1234); not followed
# by a digit, or by a joining mark and a digit (850709-1234-5).
CANDIDATE = re.compile(
    r"(?<!\d)(?<!\d[-+./])"
    r"(?P<century>\d{2})?(?P<date>\d{6})(?P<separator>[-+]?)(?P<serial>\d{4})"
    r"(?!\d)(?![-+./]\d)"
)
COORDINATION_DAY_OFFSET = 60


@dataclass(frozen=True)
class IdentityNumber:
    """Where in a text a valid number stands, what kind it is and how it may be shown."""

    start: int
    end: int
    kind: str
    masked: str


def _birth_date(century, date, separator, coordination):
    year, month, day = int(date[:2]), int(date[2:4]), int(date[4:6])
    if coordination:
        day -= COORDINATION_DAY_OFFSET
    today = datetime.date.today()
    if century:
        full_year = int(century) * 100 + year
    else:
        full_year = (today.year // 100) * 100 + year
        if full_year > today.year:
            full_year -= 100
        if separator == "+":
            full_year -= 100
    try:
        born = datetime.date(full_year, month, day)
    except ValueError:
        return None
    if born > today or full_year < 1870:
        return None
    return born


def _kind(match):
    """The kind of a valid number, or None for digits that are no identity number."""
    century, date, separator, serial = match.group("century", "date", "separator", "serial")
    if separator == "+" and century:
        return None
    if int(date[4:6]) > COORDINATION_DAY_OFFSET:
        if _birth_date(century, date, separator, coordination=True) is None:
            return None
        return COORDINATION if luhn.is_valid(date + serial) else None
    if _birth_date(century, date, separator, coordination=False) is None:
        return None
    try:
        personnummer.validate(f"{century or ''}{date}{separator or '-'}{serial}")
    except ValidationError:
        return None
    return PERSONAL


def mask(match):
    """``19YYMMDD-****``: the birth date (or coordination date) with the serial hidden."""
    century, date, separator = match.group("century", "date", "separator")
    if not century:
        day_offset = COORDINATION_DAY_OFFSET if int(date[4:6]) > COORDINATION_DAY_OFFSET else 0
        born = _birth_date(None, date, separator, coordination=bool(day_offset))
        century = f"{born.year // 100:02d}" if born else "??"
    return f"{century}{date}-****"


def find_identity_numbers(text):
    """The valid personal identity and coordination numbers in ``text``, in order."""
    found = []
    for match in CANDIDATE.finditer(text or ""):
        kind = _kind(match)
        if kind is not None:
            found.append(IdentityNumber(match.start(), match.end(), kind, mask(match)))
    return found


def mask_identity_numbers(text):
    """``text`` with every valid number in it masked, for a message or a log line."""
    pieces, last = [], 0
    for number in find_identity_numbers(text):
        pieces += [text[last : number.start], number.masked]
        last = number.end
    return "".join(pieces) + (text or "")[last:]
