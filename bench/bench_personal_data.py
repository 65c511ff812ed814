"""Precision and recall of the identity-number check on generated strings.

Half the strings hold a valid personal identity number or coordination number in a
sentence as minutes write them (with or without century and separator); the other half
hold near-misses: a wrong check digit, a date that does not exist, the digits inside a
longer invoice or case number, phone numbers, organisation numbers. A string of the first
half counts as found when the check finds exactly its number; any other finding is a false
alarm. The numbers are made up and the run is the same every time (a fixed seed).

What it misses on purpose: a number written with a space for separator ("850709 1234"),
which would also take in many phone numbers and amounts. What it finds by mistake: a
mobile number written without spaces whose digits happen to form a valid date and check
digit (0701234567 reads as 1 January 2007).
"""

import datetime
import random
import sys
from pathlib import Path

from stdnum import luhn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from privacy.identity_numbers import find_identity_numbers

STRINGS_PER_HALF = int(sys.argv[1]) if len(sys.argv) > 1 else 150
CONTEXTS = [
    "Närvarande: Eva Holm ({number}), Kommunen.",
    "Personnummer {number} ska inte stå i protokollet.",
    "Elev med pnr {number} har flyttat.",
    "§ 4 Anmälan från {number} om skolskjuts.",
    "Deltagare\tBo Ek\t{number}\tGymnasiet",
    "The applicant, born {number}, was admitted.",
    "Samordningsnummer: {number}",
    "Kontaktperson: Lisa Berg, {number}, rektor.",
]
NEAR_MISS_CONTEXTS = [
    "Fakturanummer {number} betalas senast 30 dagar.",
    "Ärende {number} bordläggs.",
    "Ring {number} vid frågor.",
    "Organisationsnummer {number}.",
    "Mötet hölls {number} i Borås.",
    "Diarienummer {number}.",
]


def with_check_digit(digits9):
    return digits9 + luhn.calc_check_digit(digits9)


def random_birth(rng):
    return datetime.date(1930, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 90))


def written(born, serial, *, coordination=False, rng):
    day = born.day + (60 if coordination else 0)
    date = f"{born.year % 100:02d}{born.month:02d}{day:02d}"
    number = with_check_digit(date + serial)
    century = f"{born.year // 100}" if rng.random() < 0.4 else ""
    # Some write a space, which the check does not take for a separator (see the note).
    separator = rng.choice(["-"] * 9 + [""] * 4 + [" "])
    return f"{century}{number[:6]}{separator}{number[6:]}"


def valid_string(rng):
    born = random_birth(rng)
    number = written(born, f"{rng.randrange(1000):03d}", coordination=rng.random() < 0.2, rng=rng)
    return rng.choice(CONTEXTS).format(number=number), number


def near_miss_number(rng):
    born = random_birth(rng)
    serial = f"{rng.randrange(1000):03d}"
    date = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}"
    number = with_check_digit(date + serial)
    kind = rng.randrange(7)
    if kind == 0:  # wrong check digit
        return f"{date}-{serial}{(int(number[-1]) + rng.randrange(1, 10)) % 10}"
    if kind == 1:  # month that does not exist
        bad = with_check_digit(
            f"{born.year % 100:02d}{rng.randrange(13, 20)}{born.day:02d}{serial}"
        )
        return f"{bad[:6]}-{bad[6:]}"
    if kind == 2:  # day that does not exist, even as a coordination number
        bad = with_check_digit(
            f"{born.year % 100:02d}{born.month:02d}{rng.randrange(32, 60)}{serial}"
        )
        return f"{bad[:6]}-{bad[6:]}"
    if kind == 3:  # inside a longer run of digits
        return f"{rng.randrange(1, 99)}{number}{rng.randrange(10)}"
    if kind == 4:  # a mobile number, with or without spaces
        digits = f"07{rng.randrange(0, 10)}{rng.randrange(10**7):07d}"
        return rng.choice([digits, f"{digits[:3]}-{digits[3:6]} {digits[6:8]} {digits[8:]}"])
    if kind == 5:  # an organisation number: month 20 and above
        org = with_check_digit(
            f"{rng.randrange(21, 99)}{rng.randrange(20, 99)}{rng.randrange(10, 99)}{serial}"
        )
        return f"{org[:6]}-{org[6:]}"
    return f"{born.isoformat()} kl. {rng.randrange(8, 18)}.{rng.choice(['00', '15', '30'])}"


def main():
    rng = random.Random(21)  # noqa: S311 - made-up test strings, the same every run
    found = missed = false_alarms = 0
    for _ in range(STRINGS_PER_HALF):
        text, number = valid_string(rng)
        spans = [text[n.start : n.end] for n in find_identity_numbers(text)]
        found += number in spans
        missed += number not in spans
        false_alarms += sum(span != number for span in spans)
    for _ in range(STRINGS_PER_HALF):
        text = rng.choice(NEAR_MISS_CONTEXTS).format(number=near_miss_number(rng))
        false_alarms += len(find_identity_numbers(text))
    precision = found / (found + false_alarms) if found + false_alarms else 1.0
    recall = found / (found + missed)
    sys.stdout.write(
        f"{2 * STRINGS_PER_HALF} strings ({STRINGS_PER_HALF} with a valid number, "
        f"{STRINGS_PER_HALF} near-misses)\n"
        f"found {found}, missed {missed}, false alarms {false_alarms}\n"
        f"precision {precision:.3f}  recall {recall:.3f}\n"
    )


if __name__ == "__main__":
    main()
