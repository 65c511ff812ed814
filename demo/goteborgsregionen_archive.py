"""Shorter minutes of Göteborgsregionen's network, so that its archive spans 2023–2026."""

import datetime

from demo.agenda import agenda_item, attendee, guest
from demo.goteborgsregionen_facts import MEMBERS, OFFICE
from demo.goteborgsregionen_minutes import DECISIONS, REPORTS, SKILLS, SUCCESS, meeting_slides
from demo.publishing import paragraphs
from minutes.choices import NetworkRole
from minutes.dates import swedish_date
from minutes.models.minutes_page import MinutesPage


def _short_minutes(people, date, agenda, present, absent=(), guests=()):
    """Minutes of an earlier meeting: a few items and a shorter attendance list."""
    roles = {key: (area, role) for key, area, role, _here in MEMBERS}

    def line(key, here):
        area, role = roles[key]
        return attendee(people[key], area, "" if role == NetworkRole.MEMBER else role, present=here)

    return MinutesPage(
        title=f"Minnesanteckningar {swedish_date(date)}",
        meeting_date=date,
        start_time=datetime.time(8, 30),
        end_time=datetime.time(14, 30),
        place=OFFICE,
        chair=people["kungsbacka-fg"],
        secretary=people["gr-secretary"],
        opening=paragraphs("Ordföranden öppnade mötet och hälsade alla välkomna."),
        agenda=agenda,
        closing=paragraphs("Ordföranden tackade för mötet."),
        attendees=[line(key, True) for key in present]
        + [guest(name, area=area) for name, area in guests]
        + [line(key, False) for key in absent],
        page_owner=people["gr-secretary"],
    )


_CORE = [
    "kungsbacka-fg",
    "partille",
    "ale",
    "alingsas-fg",
    "goteborg-grundskola",
    "goteborg-gymnasium",
    "lerum",
    "molndal-fg",
    "tjorn",
    "gr-head",
    "gr-secretary",
]


def _minutes_2026_04_17(report, people, collection):
    date = datetime.date(2026, 4, 17)
    agenda = [
        agenda_item(
            "Skolchefens uppdrag – erfarenhetsutbyte",
            section=REPORTS,
            number=1,
            presenters=["Camilla Nordin, Partille"],
            body=[
                "Camilla Nordin inledde ett samtal om hur uppdraget som skolchef har "
                "förändrats sedan rollen skrevs in i skollagen. Flera skolchefer "
                "beskrev hur det systematiska kvalitetsarbetet numera hänger ihop från "
                "förskolan till vuxenutbildning och komvux.",
                "Skolchefernas erfarenheter skilde sig mest åt i fråga om gymnasieskolan, "
                "där samverkansavtalet gör att en kommun ofta har elever hos flera "
                "huvudmän. Deltagarna var överens om att kompetensförsörjning är den "
                "gemensamma utmaning som kräver mest regional samverkan.",
            ],
            attachments=[
                meeting_slides(
                    report,
                    collection,
                    date,
                    "Skolchefens uppdrag",
                    [
                        "Skolchefen i skollagen: ansvar och mandat",
                        "Kvalitetsarbete från förskola till vuxenutbildning",
                        "Gymnasieskolan i samverkan – vad betyder det för skolchefer?",
                    ],
                )
            ],
            follow_up="Samtalet fortsätter vid internatet i september.",
        ),
        agenda_item(
            "Trygghet och studiero",
            section=SUCCESS,
            number=2,
            presenters=["Nadia Haddad, Göteborg"],
            body=[
                "Göteborg berättade om arbetet med ordningsregler och trygghetsvandringar "
                "på stadens gymnasieskolor. Nätverket vill sprida erfarenheterna till "
                "grundskolenätverket."
            ],
        ),
    ]
    return _short_minutes(
        people,
        date,
        agenda,
        present=[*_CORE, "goteborg-vux", "ockero"],
        absent=["harryda", "kungalv"],
    )


def _minutes_2025_05_16(report, people, collection):
    date = datetime.date(2025, 5, 16)
    agenda = [
        agenda_item(
            "Yrkesvux 2026 – regiongemensamt utbud",
            section=DECISIONS,
            number=1,
            presenters=["Lovisa Hammar, GR"],
            body=[
                "Förslaget till regiongemensamt utbud av yrkesinriktad vuxenutbildning "
                "för 2026 utgår från arbetsmarknadens behov inom vård, bygg och "
                "transport."
            ],
            decisions=[
                "att det regiongemensamma utbudet av yrkesvux för 2026 fastställs enligt förslaget",
                "att utbudet stäms av med vuxenutbildningsnätverket i november",
            ],
        ),
        agenda_item(
            "Lärarförsörjning – regional lägesbild",
            section=SKILLS,
            number=2,
            presenters=["Ida Forsell, GR"],
            body=[
                "Andelen behöriga lärare har ökat något i regionen, men bristen är "
                "fortsatt stor i yrkesämnen och i fritidshem."
            ],
        ),
        agenda_item(
            "Planering och dimensionering av gymnasial utbildning – gemensamt underlag",
            section="Återrapportering",
            number=3,
            presenters=["Mikael Strand, GR"],
            body=[
                "Som nätverket begärde den 15 mars 2024 redovisades det gemensamma "
                "underlaget för regionens gymnasiala utbildningsutbud. Det visar var "
                "elevernas önskemål och arbetsmarknadens behov går isär, och används när "
                "kommunerna planerar utbudet för 2026."
            ],
        ),
    ]
    return _short_minutes(
        people,
        date,
        agenda,
        present=[*_CORE, "kungsbacka-gv", "molndal-gv"],
        absent=["stenungsund"],
        guests=[("Lisa Granqvist", "Arbetsförmedlingen, gäst under punkt 1")],
    )


def _minutes_2024_03_15(report, people, collection):
    date = datetime.date(2024, 3, 15)
    agenda = [
        agenda_item(
            "Planering och dimensionering av gymnasial utbildning",
            section=REPORTS,
            number=1,
            presenters=["Mikael Strand, GR"],
            body=[
                "Nya regler gör att huvudmännen ska väga in både elevernas önskemål och "
                "arbetsmarknadens behov när de bestämmer vilka utbildningar som erbjuds. "
                "GR samordnar ett gemensamt underlag för regionen."
            ],
            decisions=[
                "att GR tar fram ett gemensamt underlag för regionen och återrapporterar "
                "det till nätverket"
            ],
            follow_up="Underlaget presenteras för nätverket i oktober.",
        ),
    ]
    return _short_minutes(
        people, date, agenda, present=_CORE, absent=["lilla-edet", "goteborg-forskola"]
    )


def _minutes_2023_11_17(report, people, collection):
    date = datetime.date(2023, 11, 17)
    agenda = [
        agenda_item(
            "Mötestider för 2024",
            section=DECISIONS,
            number=1,
            body=["Förslaget följer årets upplägg med två internat."],
            decisions=["att mötestiderna för 2024 fastställs enligt förslaget"],
        ),
        agenda_item(
            "Regional plan för förskolans kompetensförsörjning",
            section=SKILLS,
            number=2,
            presenters=["Malin Ekström, Göteborg"],
            body=[
                "Branschråd förskola redovisade kartläggningen av barnskötarnas "
                "utbildningsnivå och föreslog en gemensam befattning som "
                "förskoleassistent."
            ],
        ),
    ]
    return _short_minutes(people, date, agenda, present=_CORE[:-2] + ["gr-secretary"])


# (slug date, builder) of every archived meeting, oldest first.
ARCHIVE = [
    ("2023-11-17", _minutes_2023_11_17),
    ("2024-03-15", _minutes_2024_03_15),
    ("2025-05-16", _minutes_2025_05_16),
    ("2026-04-17", _minutes_2026_04_17),
]
