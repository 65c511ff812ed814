"""Held-out minutes: written apart from the tuning, in the manner of real minutes, to check
that the figures carry over to text the analysis was not adjusted for.

Every sentence is written for this set; the people are invented.
"""

from tests.search_relevance.model import Attachment, Item, Minutes

PAGES = (
    Minutes(
        slug="ho-sommarskola",
        title="Minnesanteckningar grundskolecheferna 8 mars 2024",
        date="2024-03-08",
        items=(
            Item(
                "Lovskola och sommarskola",
                "Huvudmännen är skyldiga att erbjuda lovskola till elever i årskurs 8 och 9 "
                "som riskerar att inte nå behörighet. Sommarskolan i juni samlade drygt "
                "200 elever från sex kommuner förra året.",
                ("att sommarskolan genomförs gemensamt även i år",),
                ("Birgitta Olofsson, Alingsås",),
            ),
        ),
        attendees=("Birgitta Olofsson", "Tomas Herrera", "Emelie Dahl"),
    ),
    Minutes(
        slug="ho-elevhalsa",
        title="Elevhälsochefernas nätverk 26 april 2024",
        date="2024-04-26",
        items=(
            Item(
                "Skolsköterskornas bemanning",
                "Rekryteringen av skolsköterskor och skolpsykologer är svår. Två kommuner "
                "köper psykologtjänster av privata utförare.",
                ("att frågan om gemensam rekrytering lyfts till förvaltningscheferna",),
            ),
            Item(
                "Medicinska elevhälsans journalsystem",
                "Upphandlingen av ett nytt journalsystem är försenad.",
            ),
        ),
        attendees=("Emelie Dahl", "Rasmus Lind"),
    ),
    Minutes(
        slug="ho-skolval",
        title="Minnesanteckningar 13 september 2024",
        date="2024-09-13",
        items=(
            Item(
                "Gemensamt skolval i grundskolan",
                "Kommunerna jämförde hur vårdnadshavarna gör skolvalet inför förskoleklass. "
                "E-tjänsten har fungerat men placeringsreglerna skiljer sig åt.",
                ("att en jämförelse av placeringsreglerna görs till december",),
            ),
        ),
        attendees=("Tomas Herrera", "Annika Persson"),
    ),
    Minutes(
        slug="ho-gymnasieantagning",
        title="Antagningsnämnden 7 februari 2025",
        date="2025-02-07",
        items=(
            Item(
                "Preliminär antagning till gymnasiet",
                "Antagningskansliet redovisade sökstatistiken. Naturvetenskapsprogrammet "
                "och el- och energiprogrammet har flest förstahandssökande.",
                (
                    "att den preliminära antagningen publiceras den 15 april",
                    "att reservplatserna fördelas enligt gällande regler",
                ),
                (),
                Attachment(
                    "pdf",
                    "Sökstatistik 2025",
                    (
                        "Förstahandssökande per program",
                        "Jämfört med 2024 ökar vård- och omsorgsprogrammet",
                    ),
                ),
            ),
        ),
        attendees=("Annika Persson", "Rasmus Lind"),
    ),
    Minutes(
        slug="ho-kompetensutveckling",
        title="Minnesanteckningar 11 april 2025",
        date="2025-04-11",
        items=(
            Item(
                "Kompetensutveckling för förskollärare",
                "Högskolan erbjuder en kurs i språkutvecklande arbetssätt på halvfart. "
                "Förskolecheferna vill att personalen ska kunna delta på arbetstid.",
                ("att varje kommun anmäler deltagare senast den 30 maj",),
            ),
        ),
        attendees=("Birgitta Olofsson", "Emelie Dahl"),
    ),
    Minutes(
        slug="ho-skolmat",
        title="Måltidsnätverket 6 juni 2025",
        date="2025-06-06",
        items=(
            Item(
                "Skolmåltidernas kostnader",
                "Livsmedelspriserna har stigit kraftigt. Kosthållet i flera kommuner "
                "har bytt leverantör för att klara budgeten.",
                ("att en gemensam livsmedelsupphandling utreds",),
            ),
        ),
        attendees=("Rasmus Lind", "Tomas Herrera"),
    ),
    Minutes(
        slug="ho-sfi",
        title="Vuxenutbildningscheferna 12 september 2025",
        date="2025-09-12",
        items=(
            Item(
                "Svenska för invandrare",
                "Väntetiderna till sfi har blivit längre. Kommunerna vill samordna "
                "kursstarter och dela distansundervisning.",
                ("att en gemensam kurskatalog för sfi tas fram",),
                (),
                Attachment(
                    "pptx",
                    "Sfi i siffror",
                    (
                        "Sfi i siffror",
                        "Väntetid i veckor per kommun",
                        "Distansundervisning och flexibla kursstarter",
                    ),
                ),
            ),
        ),
        attendees=("Annika Persson", "Birgitta Olofsson"),
    ),
    Minutes(
        slug="ho-skolbibliotek",
        title="Minnesanteckningar 10 oktober 2025",
        date="2025-10-10",
        items=(
            Item(
                "Bemannade skolbibliotek",
                "Lagkravet på bemannade skolbibliotek skärps. Flera skolor saknar "
                "bibliotekarie och delar bibliotek med folkbiblioteket.",
                ("att en kartläggning av skolbiblioteken görs under hösten",),
            ),
        ),
        attendees=("Emelie Dahl", "Annika Persson"),
    ),
    Minutes(
        slug="ho-larlonelyft",
        title="Minnesanteckningar 5 december 2025",
        date="2025-12-05",
        items=(
            Item(
                "Statsbidrag för lärarlöner",
                "Statsbidraget för höjda lärarlöner minskar nästa år. Kommunerna "
                "räknar med att behöva skjuta till egna medel.",
                ("att konsekvenserna av det minskade statsbidraget beskrivs för nämnderna",),
            ),
        ),
        attendees=("Tomas Herrera", "Rasmus Lind"),
    ),
    Minutes(
        slug="ho-skolplikt",
        title="Minnesanteckningar 30 januari 2026",
        date="2026-01-30",
        items=(
            Item(
                "Elever som inte fullgör sin skolplikt",
                "Kommunerna följer upp barn som inte är inskrivna i någon skola. "
                "Samarbetet med socialtjänsten behöver bli tätare.",
                ("att rutinen för anmälan till socialtjänsten ses över",),
            ),
        ),
        attendees=("Birgitta Olofsson", "Rasmus Lind"),
    ),
)
