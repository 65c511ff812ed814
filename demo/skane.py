"""Skånes Kommuner's strategic network for education and its annual residential meeting."""

from demo import media
from demo.agenda import ScheduledMeeting
from demo.programme import local, programme_item, quote, speaker
from demo.publishing import ensure_page, paragraphs
from minutes.choices import NetworkRole
from networks.models.choices import MeetingKind
from networks.models.conference_page import ConferenceContact, ConferencePage
from networks.models.network_page import NetworkContact, NetworkMember, NetworkPage

DAY_ONE, DAY_TWO = "2023-11-09", "2023-11-10"


def _network(organisations, people):
    owner = people["skane-owner"]
    return NetworkPage(
        title="Strategiskt nätverk för utbildning",
        organisation=organisations["skanes-kommuner"],
        intro=(
            "Utbildnings- och förvaltningscheferna i de skånska kommunerna möts "
            "regelbundet. Nätverket är ett av Skånes Kommuners strategiska nätverk och "
            "driver förbundets prioriterade frågor inom utbildning."
        ),
        background=paragraphs(
            "Skånes Kommuner håller i nätverket. Tillsammans med de 33 skånska "
            "kommunerna och fyra kommuner i Blekinge går nätverket igenom utbudet av "
            "utbildning och hur det dimensioneras.",
            "Sedan 2024 är fullföljd utbildning ett nytt fokusområde – att varje barn och "
            "elev tar sig igenom förskola, grundskola och gymnasieskola.",
        ),
        strategy_start_year=2024,
        strategy_end_year=2027,
        priorities=[
            (
                "priority",
                {
                    "title": "Fullföljd utbildning",
                    "description": (
                        "Samverkan för att alla barn och elever ska klara sin utbildning, "
                        "från förskola till gymnasieskola."
                    ),
                },
            ),
            (
                "priority",
                {
                    "title": "Utbud och dimensionering",
                    "description": (
                        "En gemensam genomlysning av utbildningsutbudet i Skåne och Blekinge."
                    ),
                },
            ),
        ],
        meeting_rules=paragraphs(
            "Nätverket träffas flera gånger under året och samlas en gång om året till ett "
            "tvådagarsinternat."
        ),
        minutes_email="utbildning@skaneskommuner.example.org",
        members=[
            NetworkMember(person=people["helsingborg"], role=NetworkRole.CHAIR, area="Helsingborg"),
            NetworkMember(person=people["malmo"], area="Malmö"),
            NetworkMember(person=people["skurup"], area="Skurup"),
            NetworkMember(person=owner, role=NetworkRole.COORDINATOR, area="Skånes Kommuner"),
        ],
        contacts=[NetworkContact(person=owner)],
        meetings=[
            ScheduledMeeting(
                "2026-12-10", start="13:00", end="16:00", digital=True
            ).as_network_meeting(),
            ScheduledMeeting(
                "2027-03-18", start="09:00", end="15:00", place="Lund"
            ).as_network_meeting(),
            ScheduledMeeting(
                "2027-11-11",
                end_date="2027-11-12",
                time_note="lunch till lunch",
                kind=MeetingKind.CONFERENCE,
                place="Malmö",
            ).as_network_meeting(),
        ],
        page_owner=owner,
    )


def _residential_meeting(report, collection, organisations, people):
    owner = people["skane-owner"]
    page = ConferencePage(
        title="Utbildningscheferna på årligt internat",
        start=local(f"{DAY_ONE} 10:00"),
        end=local(f"{DAY_TWO} 14:00"),
        place="Malmö",
        organiser=organisations["skanes-kommuner"],
        audience="Utbildnings- och förvaltningschefer i Skånes kommuner",
        intro=(
            "Två dagar i Malmö med fördjupning i långsiktiga frågor: utbud och "
            "dimensionering, verksamhetsförlagd utbildning, förskolans betydelse och "
            "språkutvecklande arbete."
        ),
        image=media.banner(
            report, collection, "Utbildningscheferna på årligt internat", "Malmö 9–10 november 2023"
        ),
        programme=[
            programme_item(
                DAY_ONE,
                "10:00",
                "10:30",
                "Inledning: skolan i Malmö",
                speaker("Amira Hassan", "Skolkommunalråd", "Malmö stad"),
            ),
            programme_item(
                DAY_ONE,
                "10:30",
                "11:15",
                "Det nationella perspektivet",
                speaker("Louise Engdahl", "Avdelningschef", "Sveriges Kommuner och Regioner"),
                speaker("Erik Ståhlberg", "Sektionschef", "Sveriges Kommuner och Regioner"),
            ),
            programme_item(
                DAY_ONE,
                "11:15",
                "12:00",
                "Skånes Kommuners nya strategiska inriktning",
                speaker(
                    owner.name, "Biträdande förbundsdirektör, avdelningschef", "Skånes Kommuner"
                ),
                description="Utbildning är ett av de områden som inriktningen pekar ut.",
            ),
            programme_item(
                DAY_ONE,
                "13:00",
                "13:30",
                "Representation i förvaltningschefsrådet och i SKR:s skolchefsnätverk",
            ),
            programme_item(
                DAY_ONE,
                "13:30",
                "14:15",
                "Interkommunal ersättning i jämförelse",
                speaker("Karl Wennberg", "Controller", "arbetsgruppen för IKE"),
            ),
            programme_item(
                DAY_ONE,
                "14:15",
                "15:00",
                "Nytt från FoU Skola",
                speaker("Maja Lindell", "Vetenskaplig ledare, FoU Skola", "Skånes Kommuner"),
            ),
            programme_item(
                DAY_ONE,
                "15:15",
                "16:30",
                "Verksamhetsförlagd utbildning",
                description=(
                    "Uppföljning av ramavtalet för VFU och diskussion inför nästa VFU-konferens."
                ),
            ),
            programme_item(
                DAY_TWO,
                "08:30",
                "09:45",
                "Förskolan och barns uppväxtvillkor",
                speaker("Rebecka Sahlin", "Jurist, förskoleförvaltningen", "Malmö stad"),
            ),
            programme_item(
                DAY_TWO,
                "10:00",
                "11:45",
                "Språk- och kunskapsutvecklande arbete i alla verksamheter",
                speaker(
                    "Hanna Qvist",
                    "Vetenskaplig utvecklingsledare",
                    "Pedagogisk inspiration, Malmö stad",
                ),
                speaker(
                    "Jonas Mårtensson",
                    "Vetenskaplig utvecklingsledare",
                    "Pedagogisk inspiration, Malmö stad",
                ),
            ),
            programme_item(
                DAY_TWO,
                "12:45",
                "14:00",
                "Kan utbildningen möta arbetsmarknadens behov?",
                speaker(
                    "Lars Ekelund",
                    "Lektor, fakulteten för lärande och samhälle",
                    "Malmö universitet",
                ),
            ),
        ],
        body=[
            (
                "paragraph",
                paragraphs(
                    "Varje höst samlas de skånska utbildningscheferna till ett internat. "
                    "Dagarna ger tid att fördjupa sig i frågor som tar år att lösa, och att "
                    "lära känna kollegor från andra kommuner.",
                    "Första dagen handlade mycket om gymnasieskolan: hur utbudet ska "
                    "dimensioneras och hur kommunerna kan planera tillsammans. Andra dagen "
                    "ägnades åt förskolan och åt språkutvecklande arbete.",
                ),
            ),
            quote(
                "Här hinner vi gå på djupet i frågor som inte går att lösa på ett möte. "
                "Och när vi känner varandra är det lättare att ringa en kollega nästa gång "
                "något händer.",
                "Niklas Berglöf",
                "Utbildningsdirektör, Helsingborgs stad",
            ),
            quote(
                "Ingen kommun kan dimensionera gymnasieskolan ensam. Vi måste planera "
                "tillsammans – det är vårt ansvar mot eleverna.",
                "Sanna Ek",
                "Förvaltningschef, Skurups kommun",
            ),
            quote(
                "Vår uppgift är att skapa platser där skolcheferna kan dela idéer och hitta "
                "lösningar tillsammans.",
                owner.name,
                "Biträdande förbundsdirektör, Skånes Kommuner",
            ),
        ],
        contacts=[ConferenceContact(person=owner)],
        page_owner=owner,
    )
    page.topics.add(
        "VFU",
        "förskola",
        "dimensionering",
        "språkutveckling",
        "fullföljd utbildning",
        "interkommunal ersättning",
    )
    return page


def ensure_network(report, index, organisations, people, collection):
    network = ensure_page(
        report,
        index,
        "strategiskt-natverk-for-utbildning",
        lambda: _network(organisations, people),
    )
    ensure_page(
        report,
        network,
        "internat-2023",
        lambda: _residential_meeting(report, collection, organisations, people),
    )
    return network
