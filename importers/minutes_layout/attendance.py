"""Attendance lists: one person a line, or a run of people in one paragraph.

A person is written "Name, Municipality (area), role", each part but the name optional;
in a protocol "Name (party), role". Lists copied out of a PDF lose their line breaks and
often the comma before the role: "Anna Ek, Lerum (gymn & vux) ordförande Bo Berg, Ale".
Each person there starts with a capitalised name followed by a comma, outside parentheses.
"""

import re
from dataclasses import dataclass

from minutes.choices import NetworkRole

ROLES = {
    "ordförande": NetworkRole.CHAIR,
    "ordf": NetworkRole.CHAIR,
    "vice ordförande": NetworkRole.VICE_CHAIR,
    "förste vice ordförande": NetworkRole.VICE_CHAIR,
    "andre vice ordförande": NetworkRole.VICE_CHAIR,
    "sekreterare": NetworkRole.SECRETARY,
    "nämndsekreterare": NetworkRole.SECRETARY,
    "samordnare": NetworkRole.COORDINATOR,
    "koordinator": NetworkRole.COORDINATOR,
    "processledare": NetworkRole.COORDINATOR,
    "ledamot": NetworkRole.MEMBER,
    "medlem": NetworkRole.MEMBER,
    "adjungerad": NetworkRole.CO_OPTED,
    "gäst": NetworkRole.GUEST,
    "inbjuden": NetworkRole.GUEST,
}
# Longest first, so that "vice ordförande" is not read as "ordförande".
ROLE_WORDS = "|".join(sorted((re.escape(role) for role in ROLES), key=len, reverse=True))
TRAILING_ROLE = re.compile(rf"^(?P<rest>.*?)[\s,]+(?P<role>{ROLE_WORDS})\.?$", re.IGNORECASE)
ATTENDEE = re.compile(
    r"^(?P<name>[^,()]+?)\s*(?:,\s*(?P<organisation>[^,()]+?))?\s*,?\s*"
    r"(?:\((?P<area>[^)]*)\))?\s*(?:,\s*(?P<role>.+?))?\s*$"
)
NAME = r"[A-ZÅÄÖÆØÉÜ][\w'’-]+"
PERSON_START = re.compile(rf"{NAME}(?:\s+(?:(?:af|von|van|de)\s+)?{NAME}){{1,3}}\s*(?=,)")


@dataclass
class ParsedAttendee:
    name: str
    line: int
    organisation: str = ""
    area: str = ""
    role: str = ""
    present: bool = True


def split_role(text):
    """ "Lerum ordförande" → ("Lerum", "ordförande"); text without a role → (text, "")."""
    match = TRAILING_ROLE.match(text)
    if not match:
        return text, ""
    return match["rest"].strip(" ,"), match["role"]


def parse_attendee(text, line, present):
    # "Anna Ek, Lerum (gymn) ordförande": the comma before the role, as a list has it.
    match = ATTENDEE.match(re.sub(r"\)\s+(?=\w)", "), ", text))
    if not match or not match["name"].strip():
        return ParsedAttendee(name=text.strip(), line=line, present=present)
    organisation = (match["organisation"] or "").strip()
    role_text = (match["role"] or "").strip(" .,")
    if not role_text and organisation:
        organisation, role_text = split_role(organisation)
    area = (match["area"] or "").strip()
    if organisation and organisation[0].islower():
        # "Lena Ek, förvaltningschef": a job title, not an organisation.
        organisation, role_text = "", f"{organisation} {role_text}".strip()
    role = ROLES.get(role_text.lower(), "")
    if role_text and not role:
        # A job title such as "Utbildningschef" rather than a role at the meeting.
        area = f"{area}; {role_text}" if area else role_text
    return ParsedAttendee(
        name=match["name"].strip(),
        organisation=organisation,
        area=area,
        role=role,
        line=line,
        present=present,
    )


def split_attendance_run(text):
    """The people of a paragraph that lists them one after another, one string each."""
    starts = []
    for match in PERSON_START.finditer(text):
        before = text[: match.start()]
        if before.count("(") == before.count(")"):
            starts.append(match.start())
    if not starts:
        return [text.strip()] if text.strip() else []
    people = [text[:start].strip(" ,;") for start in starts[:1]]
    people += [
        text[start:end].strip(" ,;")
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
    ]
    return [person for person in people if person]
