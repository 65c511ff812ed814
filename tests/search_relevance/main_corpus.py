"""Minutes written for the main relevance set: invented meetings of invented networks.

Every sentence is written for this set; the people are invented.
"""

from tests.search_relevance.model import Attachment, Item, Minutes

PAGES = (
    Minutes(
        slug="rel-skolchefer-kvalitet",
        title="Skolchefernas möte 10 februari 2023",
        date="2023-02-10",
        place="Kommunhuset i Lerum",
        items=(
            Item(
                "Skolchefens ansvar i huvudmannens kvalitetsarbete",
                "Nätverket diskuterade hur skolchefen kan följa upp resultaten utan att "
                "ta över rektorernas pedagogiska ledning. Flera kommuner saknar en "
                "gemensam mall för kvalitetsrapporter.",
                ("att skolcheferna tar fram en gemensam modell för kvalitetsrapporter",),
                ("Maria Lindqvist, Lerum",),
            ),
            Item(
                "Nästa möte",
                "Nästa möte hålls digitalt i april.",
            ),
        ),
        attendees=("Dennis Pavlovic", "Maria Lindqvist", "Olof Sandberg"),
    ),
    Minutes(
        slug="rel-dimensionering",
        title="Dimensionering av gymnasieskolans program 14 april 2023",
        date="2023-04-14",
        items=(
            Item(
                "Dimensioneringsprocessen inför antagningen",
                "Regionen redovisade elevprognoserna för de kommande fem åren. Antalet "
                "sextonåringar ökar, men söktrycket till yrkesprogrammen minskar.",
                (
                    "att regionen samordnar dimensioneringen av yrkesprogrammen",
                    "att kommunerna lämnar sina underlag före den 1 juni",
                ),
                ("Henrik Ström, regionen",),
                Attachment(
                    "pptx",
                    "Elevprognoser 2023–2028",
                    (
                        "Elevprognoser för gymnasieskolan 2023–2028",
                        "Lokalförsörjning: tre skolor når taket för sina lokaler",
                        "Söktrycket per program och kommun",
                    ),
                ),
            ),
        ),
        attendees=("Dennis Pavlovic", "Henrik Ström", "Ulla Bergkvist"),
    ),
    Minutes(
        slug="rel-forskola-barngrupper",
        title="Förskolenätverket 2 juni 2023",
        date="2023-06-02",
        items=(
            Item(
                "Barngruppernas storlek i förskolan",
                "Skolverkets riktmärken för barngruppernas storlek jämfördes med "
                "kommunernas statistik. De yngsta barnen går ofta i för stora grupper.",
                ("att förskolecheferna redovisar barngruppernas storlek varje höst",),
            ),
            Item(
                "Förskolans läroplan",
                "Den reviderade läroplanen för förskolan kräver mer undervisning i "
                "språk och matematik. Förskollärarna efterfrågar fortbildning.",
            ),
        ),
        attendees=("Karin Åberg", "Sofia Nyström"),
    ),
    Minutes(
        slug="rel-vfu",
        title="Lärarutbildningsrådet 15 september 2023",
        date="2023-09-15",
        items=(
            Item(
                "Verksamhetsförlagd utbildning för lärarstudenter",
                "Universitetet behöver fler platser för den verksamhetsförlagda "
                "utbildningen. Handledarna vill ha tid avsatt i sin tjänst.",
                ("att varje kommun anmäler sina handledare till universitetet senast i november",),
            ),
        ),
        attendees=("Lena Holm", "Petter Sjöberg"),
    ),
    Minutes(
        slug="rel-skr-ekonomi",
        title="Information om skolans ekonomi 6 oktober 2023",
        date="2023-10-06",
        items=(
            Item(
                "Sveriges Kommuner och Regioner om det ekonomiska läget",
                "Förbundets ekonom beskrev hur inflationen och pensionskostnaderna pressar "
                "kommunernas budgetar de närmaste åren.",
                (),
                ("Anders Ekman, Sveriges Kommuner och Regioner",),
            ),
        ),
        attendees=("Dennis Pavlovic", "Anders Ekman"),
    ),
    Minutes(
        slug="rel-vuxenutbildning",
        title="Vuxenutbildningens nätverk 17 november 2023",
        date="2023-11-17",
        items=(
            Item(
                "Yrkesutbildning för vuxna",
                "Kommunerna har gemensamt ansökt om statsbidrag för regionalt yrkesvux. "
                "Undervisningen i svenska för invandrare ska kombineras med yrkeskurser.",
                ("att den gemensamma ansökan om statsbidrag för vuxenutbildning godkänns",),
            ),
        ),
        attendees=("Ulla Bergkvist", "Johan Wikström"),
    ),
    Minutes(
        slug="rel-introduktionsprogram",
        title="Gymnasiechefernas möte 19 januari 2024",
        date="2024-01-19",
        items=(
            Item(
                "Elevernas övergångar från introduktionsprogrammen",
                "Många elever på introduktionsprogrammen byter program efter ett år. "
                "Skolorna vill följa upp hur många som når ett nationellt program.",
                ("att en uppföljning av övergångarna redovisas på nästa möte",),
            ),
        ),
        attendees=("Henrik Ström", "Karin Åberg"),
    ),
    Minutes(
        slug="rel-studie-yrkesvagledning",
        title="Nätverket för vägledning 23 februari 2024",
        date="2024-02-23",
        items=(
            Item(
                "Studie- och yrkesvägledning i grundskolan",
                "Studie- och yrkesvägledarna i kommunerna har olika många elever var. "
                "Nätverket vill ta fram en gemensam plan för vägledningen i årskurs 7–9.",
                ("att en gemensam plan för studie- och yrkesvägledningen tas fram",),
            ),
        ),
        attendees=("Sofia Nyström", "Lena Holm"),
    ),
    Minutes(
        slug="rel-lonekartlaggning",
        title="Personalfrågor 22 mars 2024",
        date="2024-03-22",
        items=(
            Item(
                "Lönekartläggning för lärare",
                "HR-cheferna redovisade årets lönekartläggning. Skillnaderna mellan "
                "kommunerna har minskat sedan förra löneöversynen.",
                ("att lönekartläggningen upprepas inför nästa löneöversyn",),
            ),
        ),
        attendees=("Olof Sandberg", "Petter Sjöberg"),
    ),
    Minutes(
        slug="rel-skolskjuts",
        title="Skolskjutsar 12 april 2024",
        date="2024-04-12",
        items=(
            Item(
                "Gemensam upphandling av skolskjutsar",
                "Fyra kommuner vill upphandla skolskjutsarna tillsammans från hösten. "
                "Kollektivtrafiken kan ta fler elever på landsbygden.",
                ("att en gemensam upphandling av skolskjuts förbereds",),
            ),
        ),
        attendees=("Johan Wikström", "Dennis Pavlovic"),
    ),
    Minutes(
        slug="rel-rektorer-arbetsmiljo",
        title="Rektorernas arbetsmiljö 17 maj 2024",
        date="2024-05-17",
        items=(
            Item(
                "Rektorns administrativa börda",
                "En enkät visar att rektorerna lägger mer än halva sin arbetstid på "
                "administration. Flera kommuner har anställt administratörer som stöd.",
                ("att nätverket sammanställer hur kommunerna avlastar sina rektorer",),
            ),
        ),
        attendees=("Maria Lindqvist", "Karin Åberg"),
    ),
    Minutes(
        slug="rel-digitala-prov",
        title="Digitala nationella prov 14 juni 2024",
        date="2024-06-14",
        items=(
            Item(
                "Införandet av digitala nationella prov",
                "Skolverket flyttar fram införandet. Kommunerna behöver se över elevdatorer "
                "och nätverkskapacitet i skolorna.",
                ("att kommunerna inventerar elevdatorerna före december",),
                (),
                Attachment(
                    "pdf",
                    "Tidplan för digitala prov",
                    (
                        "Tidplan för införandet av digitala prov",
                        "Provplattformen öppnar för övningsprov under våren",
                    ),
                ),
            ),
        ),
        attendees=("Petter Sjöberg", "Sofia Nyström"),
    ),
    Minutes(
        slug="rel-ulf",
        title="Samverkan med lärosätet 20 september 2024",
        date="2024-09-20",
        items=(
            Item(
                "Praktiknära forskning inom ULF-avtalet",
                "Universitetet och kommunerna förlänger försöksverksamheten med "
                "praktiknära forskning. Två lärare per kommun kan delta i forskningsprojekt.",
                ("att kommunerna anmäler intresse för forskningsprojekten",),
            ),
        ),
        attendees=("Lena Holm", "Olof Sandberg"),
    ),
    Minutes(
        slug="rel-nyanlanda",
        title="Mottagande av nyanlända elever 18 oktober 2024",
        date="2024-10-18",
        items=(
            Item(
                "Studiehandledning på modersmålet",
                "Det saknas studiehandledare på flera språk. Kommunerna kan dela på "
                "modersmålslärare via fjärrundervisning.",
                ("att ett gemensamt avtal om fjärrundervisning i modersmål tas fram",),
            ),
        ),
        attendees=("Ulla Bergkvist", "Dennis Pavlovic"),
    ),
    Minutes(
        slug="rel-budget-2025",
        title="Budgetförutsättningar inför 2025",
        date="2024-11-15",
        items=(
            Item(
                "Budgetarbetet och kostnadsökningarna",
                "Kostnaderna för lokaler och skolmåltider ökar mer än ramarna. "
                "Förvaltningscheferna jämförde hur kommunerna prioriterar.",
                ("att budgetfrågan tas upp igen på vårens första möte",),
            ),
        ),
        attendees=("Anders Ekman", "Johan Wikström"),
    ),
    Minutes(
        slug="rel-kompetensforsorjning",
        title="Kompetensförsörjning 24 januari 2025",
        date="2025-01-24",
        items=(
            Item(
                "Lärarförsörjningen i regionen",
                "Andelen behöriga lärare sjunker i de mindre kommunerna. Nätverket "
                "föreslår en gemensam kompetensförsörjningsplan.",
                ("att en regional plan för kompetensförsörjning tas fram under våren",),
                (),
                Attachment(
                    "docx",
                    "Underlag om behöriga lärare",
                    (
                        "Andelen lärare med lärarlegitimation per kommun och skolform. "
                        "Uppgifterna kommer från kommunernas personalsystem.",
                    ),
                ),
            ),
        ),
        attendees=("Maria Lindqvist", "Henrik Ström"),
    ),
    Minutes(
        slug="rel-franvaro",
        title="Närvaro och frånvaro 21 februari 2025",
        date="2025-02-21",
        items=(
            Item(
                "Problematisk skolfrånvaro",
                "Elevhälsan beskrev hur tidiga insatser kan bryta en lång frånvaro. "
                "Kommunerna vill följa närvaron veckovis.",
                ("att ett gemensamt närvarofrämjande arbetssätt prövas under ett år",),
            ),
        ),
        attendees=("Sofia Nyström", "Karin Åberg"),
    ),
    Minutes(
        slug="rel-larlingsutbildning",
        title="Lärlingsutbildning 21 mars 2025",
        date="2025-03-21",
        items=(
            Item(
                "Lärlingar inom bygg och anläggning",
                "Byggföretagen i regionen tar emot fler lärlingar än tidigare. "
                "Handledarna på arbetsplatserna behöver utbildning.",
                ("att en handledarutbildning för lärlingsplatser erbjuds i höst",),
            ),
        ),
        attendees=("Henrik Ström", "Johan Wikström"),
    ),
    Minutes(
        slug="rel-anpassad-gymnasieskola",
        title="Anpassad gymnasieskola 16 maj 2025",
        date="2025-05-16",
        items=(
            Item(
                "Den anpassade gymnasieskolans program",
                "Sedan namnbytet heter skolformen anpassad gymnasieskola. Eleverna "
                "behöver fler platser på de nationella programmen.",
                ("att platserna i den anpassade gymnasieskolan ses över",),
            ),
        ),
        attendees=("Karin Åberg", "Ulla Bergkvist"),
    ),
    Minutes(
        slug="rel-konferensplanering",
        title="Planering av höstens konferens 13 juni 2025",
        date="2025-06-13",
        items=(
            Item(
                "Program för skolchefskonferensen",
                "Konferensen hålls i oktober. Programgruppen föreslår teman om "
                "skolans styrning och om elevhälsa.",
                ("att programgruppen bjuder in talare till konferensen",),
            ),
        ),
        attendees=("Dennis Pavlovic", "Maria Lindqvist"),
    ),
    Minutes(
        slug="rel-samverkansavtal",
        title="Samverkansavtal om gymnasieutbildning 19 september 2025",
        date="2025-09-19",
        items=(
            Item(
                "Nytt samverkansavtal",
                "Det gamla avtalet löper ut vid årsskiftet. Det nya avtalet reglerar fritt "
                "sök och den interkommunala ersättningen.",
                ("att samverkansavtalet skickas till kommunstyrelserna för beslut",),
                (),
                Attachment(
                    "pdf",
                    "Prislista 2026",
                    (
                        "Interkommunal ersättning per program",
                        "Programpengen räknas upp med två procent",
                    ),
                ),
            ),
        ),
        attendees=("Olof Sandberg", "Anders Ekman"),
    ),
    Minutes(
        slug="rel-trygghet-studiero",
        title="Trygghet och studiero 17 oktober 2025",
        date="2025-10-17",
        items=(
            Item(
                "Ordningsregler och studiero",
                "Den nya lagstiftningen ger lärarna större befogenheter. Skolorna ser "
                "över sina ordningsregler.",
                ("att kommunerna delar sina ordningsregler i nätverkets arbetsrum",),
            ),
        ),
        attendees=("Petter Sjöberg", "Lena Holm"),
    ),
    Minutes(
        slug="rel-matematik",
        title="Matematikundervisningen 14 november 2025",
        date="2025-11-14",
        items=(
            Item(
                "Resultaten i matematik i årskurs 6",
                "Resultaten på de nationella proven i matematik sjönk. Lärarna pekar på "
                "brist på tid för problemlösning.",
                ("att matematikutvecklarna gör en gemensam analys av proven",),
            ),
        ),
        attendees=("Sofia Nyström", "Johan Wikström"),
    ),
    Minutes(
        slug="rel-arbetsgrupp-digitalisering",
        title="Digitaliseringsgruppen 23 januari 2026",
        date="2026-01-23",
        items=(
            Item(
                "Arbetsgruppens uppdrag",
                "Arbetsgruppen för skolans digitalisering ska samordna inköp av "
                "lärplattformar och utbilda personalen.",
                ("att arbetsgruppen rapporterar till nätverket två gånger per termin",),
            ),
        ),
        attendees=("Petter Sjöberg", "Dennis Pavlovic"),
    ),
    Minutes(
        slug="rel-fritidshem",
        title="Fritidshemmens kvalitet 20 februari 2026",
        date="2026-02-20",
        items=(
            Item(
                "Uppföljning av fritidshemmen",
                "Skolinspektionens granskning visar att undervisningen i fritidshemmet "
                "sällan planeras. Bilderna från dragningen bifogas.",
                ("att en gemensam planeringsmall för fritidshemmen prövas",),
                (),
                Attachment(
                    "pptx",
                    "Fritidshemmen i granskningen",
                    (
                        "Fritidshemmen i Skolinspektionens granskning",
                        "Vad granskningen visade",
                        "Fritidspedagoger saknar tid för planering",
                    ),
                ),
            ),
        ),
        attendees=("Lena Holm", "Karin Åberg"),
    ),
    # English pages of the English site.
    Minutes(
        slug="rel-en-principals",
        title="Minutes: principals' working conditions, 7 March 2025",
        date="2025-03-07",
        language="en",
        items=(
            Item(
                "Workload of principals",
                "The network discussed a survey showing that principals spend most of "
                "their week on administration.",
                ("that each municipality reports how it supports its principals",),
            ),
        ),
        attendees=("Dennis Pavlovic", "Maria Lindqvist"),
    ),
    Minutes(
        slug="rel-en-adult-education",
        title="Minutes: adult education, 4 April 2025",
        date="2025-04-04",
        language="en",
        items=(
            Item(
                "Vocational courses for adults",
                "Municipalities applied together for state funding for vocational adult "
                "education courses.",
                ("that the joint application is approved",),
            ),
        ),
        attendees=("Ulla Bergkvist",),
    ),
    Minutes(
        slug="rel-en-upper-secondary",
        title="Minutes: upper secondary programme planning, 9 May 2025",
        date="2025-05-09",
        language="en",
        items=(
            Item(
                "Dimensioning the upper secondary programmes",
                "The region presented forecasts of student numbers and the demand for "
                "vocational programmes.",
                ("that the region coordinates the number of places offered",),
            ),
        ),
        attendees=("Henrik Ström",),
    ),
    Minutes(
        slug="rel-en-attendance",
        title="Minutes: school attendance, 6 June 2025",
        date="2025-06-06",
        language="en",
        items=(
            Item(
                "Absence from school",
                "Student health teams described early measures against long absences.",
                ("that attendance is followed up every week",),
            ),
        ),
        attendees=("Sofia Nyström",),
    ),
)
