"""Page numbers, running headers and signature footers: text of the page, not of the minutes.

A PDF repeats its header at the top of every page and numbers the pages; extracted, they
land between the lines of an agenda item. A line is a running header when it repeats the
opening lines of the document; page numbers have a few fixed forms ("Sida 2 av 5",
"2 (5)", "- 2 -", a number alone).
"""

import re

PAGE_NUMBER_LINE = re.compile(
    r"^(?:sida\s+)?\d{1,3}(?:\s*\(\s*\d{1,3}\s*\)|\s*(?:av|/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$",
    re.IGNORECASE,
)
# Written into a line, as a running header's end: "Sida 2 av 5", "Sida 2 (5)", or "2 (5)"
# at the end ("25 (30)" inside a sentence is a figure, not a page).
PAGE_NUMBER_IN_LINE = re.compile(
    r"\s*\bsida\s+\d{1,3}(?:\s*\(\s*\d{1,3}\s*\)|\s+av\s+\d{1,3}(?!\d))"
    r"|(?<=\s)\d{1,3}\s*\(\s*\d{1,3}\s*\)$",
    re.IGNORECASE,
)
SIGNATURE_FOOTER = re.compile(
    r"^(justerandes\s+sign(atur)?|ordförandes\s+sign(atur)?|utdragsbestyrkande)\b",
    re.IGNORECASE,
)
# A running header is one of the document's first lines, met again further down.
HEADER_LINES = 5
MIN_HEADER_LENGTH = 10


def without_page_numbers(line):
    return re.sub(r"\s{2,}", " ", PAGE_NUMBER_IN_LINE.sub("", line)).strip()


def remove_page_furniture(lines):
    """``lines`` with page furniture blanked: kept in place, so line numbers stay true."""
    cleaned = []
    for line in lines:
        if PAGE_NUMBER_LINE.match(line) or SIGNATURE_FOOTER.match(line):
            cleaned.append("")
            continue
        cleaned.append(without_page_numbers(line) if PAGE_NUMBER_IN_LINE.search(line) else line)
    first = [line for line in cleaned if line][:HEADER_LINES]
    headers = {line for line in first if len(line) >= MIN_HEADER_LENGTH}
    seen = set()
    for index, line in enumerate(cleaned):
        if line in headers:
            if line in seen:
                cleaned[index] = ""
            seen.add(line)
    return cleaned


def remove_running_header(text, title):
    """``text`` run together, without the repeats of its ``title`` and their page numbers."""
    text = PAGE_NUMBER_IN_LINE.sub(" ", text)
    if len(title) < MIN_HEADER_LENGTH:
        return re.sub(r" {2,}", " ", text)
    first = text.find(title)
    if first < 0:
        return text
    # A page number before the header ("… välkomna. 2 Minnesanteckningar …"), and a date
    # after it, belong to the header.
    repeat = re.compile(
        rf"(?:\s\d{{1,3}})?\s+{re.escape(title)}(?:\s+\d{{4}}-\d{{2}}-\d{{2}})?(?=\s|$)"
    )
    start = first + len(title)
    text = text[:start] + repeat.sub("", text[start:])
    return re.sub(r" {2,}", " ", text)
