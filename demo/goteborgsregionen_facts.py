"""Who is in Göteborgsregionen's network and when it meets.

Shared by the network page and its minutes, which adopt next year's schedule and list
the same people as present or absent.
"""

from demo.agenda import ScheduledMeeting
from minutes.choices import NetworkRole
from networks.models.choices import MeetingKind

ALL_FORMS = "förskola, grundskola, gymnasium och vuxenutbildning"
PRESCHOOL_AND_SCHOOL = "förskola och grundskola"
UPPER_AND_ADULT = "gymnasium och vuxenutbildning"

# (person, area of responsibility, role, present on 25 September 2026), in the order an
# attendance list is written: chair, vice chair, the municipalities, then GR's own staff.
MEMBERS = [
    ("kungsbacka-fg", PRESCHOOL_AND_SCHOOL, NetworkRole.CHAIR, True),
    ("partille", ALL_FORMS, NetworkRole.VICE_CHAIR, True),
    ("ale", ALL_FORMS, NetworkRole.MEMBER, True),
    ("alingsas-fg", PRESCHOOL_AND_SCHOOL, NetworkRole.MEMBER, True),
    ("alingsas-gv", UPPER_AND_ADULT, NetworkRole.MEMBER, True),
    ("goteborg-forskola", "förskola", NetworkRole.MEMBER, True),
    ("goteborg-grundskola", "grundskola", NetworkRole.MEMBER, True),
    ("goteborg-gymnasium", "gymnasieskola", NetworkRole.MEMBER, True),
    ("goteborg-vux", "vuxenutbildning", NetworkRole.MEMBER, True),
    ("harryda", "förskola, grundskola och gymnasium", NetworkRole.MEMBER, True),
    ("kungsbacka-gv", UPPER_AND_ADULT, NetworkRole.MEMBER, True),
    ("lerum", ALL_FORMS, NetworkRole.MEMBER, True),
    ("molndal-fg", PRESCHOOL_AND_SCHOOL, NetworkRole.MEMBER, True),
    ("molndal-gv", UPPER_AND_ADULT, NetworkRole.MEMBER, True),
    ("tjorn", ALL_FORMS, NetworkRole.MEMBER, True),
    ("ockero", ALL_FORMS, NetworkRole.MEMBER, True),
    ("gr-head", "utbildningschef vid GR", NetworkRole.COORDINATOR, True),
    ("gr-secretary", "", NetworkRole.SECRETARY, True),
    ("goteborg-forskola-2", "förskola", NetworkRole.MEMBER, False),
    ("goteborg-grundskola-2", "grundskola", NetworkRole.MEMBER, False),
    ("kungalv", ALL_FORMS, NetworkRole.MEMBER, False),
    ("lilla-edet", ALL_FORMS, NetworkRole.MEMBER, False),
    ("stenungsund", ALL_FORMS, NetworkRole.MEMBER, False),
]

OFFICE = "Göteborgsregionen, Göteborg"
RETREAT = "Konferensgård i Marstrand, Kungälv"
LUNCH_TO_LUNCH = "lunch till lunch"

SCHEDULE_2026 = [
    ScheduledMeeting(
        "2026-02-05",
        end_date="2026-02-06",
        time_note=LUNCH_TO_LUNCH,
        kind=MeetingKind.CONFERENCE,
        place=RETREAT,
    ),
    ScheduledMeeting("2026-03-13", place=OFFICE),
    ScheduledMeeting("2026-04-17", place=OFFICE),
    ScheduledMeeting("2026-05-22", place=OFFICE),
    ScheduledMeeting("2026-06-12", place=OFFICE),
    ScheduledMeeting("2026-09-25", place=OFFICE),
    ScheduledMeeting("2026-10-23", start="13:00", end="16:00", digital=True),
    ScheduledMeeting("2026-12-11", place=OFFICE),
]

# Adopted at the meeting of 25 September 2026 (agenda item 1).
SCHEDULE_2027 = [
    ScheduledMeeting(
        "2027-02-04",
        end_date="2027-02-05",
        time_note=LUNCH_TO_LUNCH,
        kind=MeetingKind.CONFERENCE,
        place=RETREAT,
    ),
    ScheduledMeeting("2027-03-12", place=OFFICE),
    ScheduledMeeting("2027-04-16", place=OFFICE),
    # Cancelled after the schedule was adopted; kept so that members see it was dropped.
    ScheduledMeeting("2027-05-21", place=OFFICE, cancelled=True),
    ScheduledMeeting("2027-06-11", place=OFFICE),
    ScheduledMeeting(
        "2027-09-02",
        end_date="2027-09-03",
        time_note=LUNCH_TO_LUNCH,
        kind=MeetingKind.CONFERENCE,
        place=RETREAT,
    ),
    ScheduledMeeting("2027-10-15", start="13:00", end="16:00", digital=True),
    ScheduledMeeting("2027-11-12", place=OFFICE),
    ScheduledMeeting("2027-12-10", place=OFFICE),
]
