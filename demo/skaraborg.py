"""Skaraborg's network of school directors and its upper secondary sub-network.

The sub-network carries a full mission description: background, strategy period and
priorities, assignments, roles and responsibilities, meeting rules and where minutes go.
"""

import datetime

from demo.agenda import ScheduledMeeting, agenda_item, attendee
from demo.publishing import ensure_page, paragraphs
from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesPage
from networks.models.network_page import NetworkContact, NetworkMember, NetworkPage

MINUTES_EMAIL = "utbildning@skaraborg.example.org"

PRIORITIES = [
    (
        "priority",
        {
            "title": "Fullföljd utbildning",
            "description": (
                "Fler elever ska gå igenom sin utbildning hela vägen och lämna den med "
                "godkända resultat."
            ),
        },
    ),
    (
        "priority",
        {
            "title": "Kompetensförsörjning för en arbetsmarknadsregion i balans",
            "description": (
                "Utbildningarna ska ge arbetsmarknaden i Skaraborg den kompetens den "
                "behöver, både på bred front och i specialiserade yrken."
            ),
        },
    ),
]


def _directors_network(organisations, people):
    return NetworkPage(
        title="Skolchefsnätverket Skaraborg",
        organisation=organisations["skaraborg"],
        intro=(
            "Skol- och utbildningscheferna i Skaraborgs kommuner lär av varandra, följer "
            "vad som händer i omvärlden och planerar utvecklingen av utbildningen "
            "tillsammans med Skaraborgs Kommunalförbund."
        ),
        background=paragraphs(
            "Förbundsordningen ger Skaraborgs Kommunalförbund ansvaret för att driva "
            "gemensam utveckling tillsammans med kommunerna. Inom utbildning sker det "
            "under namnet Utbildning Skaraborg. Parterna har olika roller och mandat, och "
            "samarbetet fungerar för att de respekteras.",
            "Nätverket verkar också för att nämnderna i kommunerna samarbetar. När en "
            "fråga kräver särskild kunskap bildar skolchefsnätverket ett "
            "professionsnätverk med ett eget uppdrag, som återkommer till skolcheferna "
            "med resultat.",
        ),
        strategy_start_year=2023,
        strategy_end_year=2026,
        priorities=PRIORITIES,
        meeting_rules=paragraphs(
            "Nätverket träffas varannan månad under terminerna, växelvis i kommunerna."
        ),
        minutes_email=MINUTES_EMAIL,
        members=[
            NetworkMember(person=people["skovde"], role=NetworkRole.CHAIR, area="Skövde"),
            NetworkMember(person=people["lidkoping"], area="Lidköping"),
            NetworkMember(person=people["falkoping"], area="Falköping"),
            NetworkMember(person=people["mariestad"], area="Mariestad"),
            NetworkMember(
                person=people["skaraborg-contact"],
                role=NetworkRole.COORDINATOR,
                area="Utbildning Skaraborg",
            ),
        ],
        contacts=[NetworkContact(person=people["skaraborg-contact"])],
        meetings=[
            ScheduledMeeting(
                "2026-10-02", start="09:00", end="15:00", place="Skövde"
            ).as_network_meeting(),
            ScheduledMeeting(
                "2027-01-22", start="09:00", end="15:00", place="Mariestad"
            ).as_network_meeting(),
        ],
        page_owner=people["skaraborg-contact"],
    )


UPPER_SECONDARY_SCHEDULE = [
    ScheduledMeeting("2026-02-13", start="09:00", end="12:00", place="Skövde"),
    ScheduledMeeting("2026-05-08", start="09:00", end="12:00", place="Mariestad"),
    ScheduledMeeting("2026-10-09", start="09:00", end="12:00", place="Lidköping"),
    ScheduledMeeting("2026-12-04", start="09:00", end="12:00", place="Falköping"),
    ScheduledMeeting("2027-02-12", start="09:00", end="12:00", place="Skövde"),
    ScheduledMeeting("2027-04-23", start="09:00", end="15:00", place="Skövde"),
    ScheduledMeeting("2027-09-17", start="09:00", end="12:00", digital=True),
    ScheduledMeeting("2027-11-26", start="09:00", end="12:00", place="Lidköping"),
]


def _upper_secondary_network(organisations, people):
    def role(title, responsibilities):
        return ("role", {"title": title, "responsibilities": responsibilities})

    return NetworkPage(
        title="Nätverket gymnasieskola",
        organisation=organisations["skaraborg"],
        intro=(
            "Gymnasiecheferna i Skaraborg arbetar här på uppdrag av skolchefsnätverket, "
            "med fokus på elever som ännu inte är behöriga till ett nationellt program."
        ),
        background=paragraphs(
            "Här möts gymnasiecheferna från kommunerna och en processledare från "
            "kommunalförbundet. Nätverket är ett av skolchefsnätverkets "
            "professionsnätverk och redovisar sitt arbete dit.",
            "Det är i professionsnätverken som mycket av det praktiska arbetet med "
            "strategins två områden görs.",
        ),
        strategy_start_year=2023,
        strategy_end_year=2026,
        priorities=PRIORITIES,
        assignments=[
            (
                "assignment",
                "Stärka samarbetet mellan Skaraborgs gymnasieskolor om elever som ännu "
                "inte är behöriga, med gymnasieavtalet som grund och med särskild blick på "
                "introduktionsprogrammen IMV och IMY.",
            ),
            (
                "assignment",
                "Samarbeta med IM-nätverket, Vux-nätverket och andra nätverk som berörs, "
                "så att elever utan behörighet får ett bredare utbud att välja bland.",
            ),
            (
                "assignment",
                "Arrangera ett möte för gymnasierektorerna varje år, som en del av "
                "arbetet med de två första uppdragen.",
            ),
        ],
        roles=[
            role(
                "Värd för kommande möte",
                "Skriver dagordningen, förbereder innehållet med de andra i gruppen och "
                "bjuder in till mötet.",
            ),
            role(
                "Skol- och utbildningschef",
                "Är nätverkets länk till skolchefsgruppen och rapporterar i båda "
                "riktningarna. Gör varje år en översyn av uppdragen och håller koll på hur "
                "arbetet går. Ser till att medlemslistan och årets mötesdatum finns hos "
                f"{MINUTES_EMAIL}.",
            ),
            role(
                "Sekreterare",
                "Den som är värd för nästa möte för minnesanteckningar och skickar dem "
                f"till {MINUTES_EMAIL} för publicering.",
            ),
        ],
        meeting_rules=paragraphs(
            "Nätverket träffas minst fyra gånger om året, och alltid på en fredag. Vid "
            "varje träff förs minnesanteckningar, som publiceras här."
        ),
        minutes_email=MINUTES_EMAIL,
        members=[
            NetworkMember(
                person=people["lidkoping"],
                role=NetworkRole.COORDINATOR,
                area="ansvarig skol- och utbildningschef",
            ),
            NetworkMember(person=people["skovde-gy"], area="gymnasieskola, Skövde"),
            NetworkMember(person=people["lidkoping-gy"], area="gymnasieskola, Lidköping"),
            NetworkMember(person=people["falkoping-gy"], area="gymnasieskola, Falköping"),
            NetworkMember(person=people["mariestad-gy"], area="gymnasieskola, Mariestad"),
            NetworkMember(
                person=people["skaraborg-contact"], area="processtöd, Utbildning Skaraborg"
            ),
        ],
        contacts=[NetworkContact(person=people["skaraborg-contact"])],
        meetings=[entry.as_network_meeting() for entry in UPPER_SECONDARY_SCHEDULE],
        page_owner=people["skaraborg-contact"],
    )


def _upper_secondary_minutes(people):
    return MinutesPage(
        title="Minnesanteckningar 9 oktober 2026",
        meeting_date=datetime.date(2026, 10, 9),
        start_time=datetime.time(9, 0),
        end_time=datetime.time(12, 0),
        place="Lidköping",
        chair=people["lidkoping-gy"],
        secretary=people["falkoping-gy"],
        opening=paragraphs(
            "Viktor Boman hälsade välkommen till Lidköping. Amanda Hellström, som är värd "
            "för nästa möte, förde minnesanteckningar."
        ),
        agenda=[
            agenda_item(
                "Samverkan kring obehöriga elever på IMV och IMY",
                section="Uppdrag",
                number=1,
                presenters=["Emma Kjellberg, Skövde"],
                body=[
                    "Skolorna har olika sätt att organisera yrkesintroduktion och "
                    "individuellt alternativ. En gemensam bild behövs innan nätverket "
                    "kan föreslå ändringar i gymnasieavtalet."
                ],
                decisions=[
                    "att varje kommun till nästa möte redovisar antalet elever på IMV och "
                    "IMY och hur utbildningen är organiserad",
                ],
            ),
            agenda_item(
                "Samarbete med IM-nätverket och Vux-nätverket",
                section="Uppdrag",
                number=2,
                presenters=["Annelie Torstensson, Utbildning Skaraborg"],
                body=[
                    "Flera elever på introduktionsprogrammen är över 18 år och skulle "
                    "kunna studera vidare inom vuxenutbildningen. Nätverken vill pröva "
                    "gemensamma vägar mellan gymnasieskolan och komvux."
                ],
                follow_up="Ett gemensamt möte med IM-nätverket planeras till februari 2027.",
            ),
            agenda_item(
                "Gymnasierektorsmöte 2027",
                section="Uppdrag",
                number=3,
                decisions=[
                    "att gymnasierektorsmötet 2027 hålls i Skövde i samband med nätverkets "
                    "träff den 23 april",
                ],
            ),
            agenda_item(
                "Nästa möte",
                section="Övrigt",
                body=["Nästa möte hålls den 4 december i Falköping."],
            ),
        ],
        closing=paragraphs("Mötet avslutades."),
        attendees=[
            attendee(people["lidkoping-gy"], "gymnasieskola", NetworkRole.CHAIR),
            attendee(people["skovde-gy"], "gymnasieskola"),
            attendee(people["falkoping-gy"], "gymnasieskola", NetworkRole.SECRETARY),
            attendee(people["mariestad-gy"], "gymnasieskola"),
            attendee(people["skaraborg-contact"], "Utbildning Skaraborg"),
            attendee(people["lidkoping"], "ansvarig skol- och utbildningschef", present=False),
        ],
        page_owner=people["skaraborg-contact"],
    )


def ensure_networks(report, index, organisations, people):
    directors = ensure_page(
        report,
        index,
        "skolchefsnatverket-skaraborg",
        lambda: _directors_network(organisations, people),
    )
    upper_secondary = ensure_page(
        report,
        directors,
        "natverket-gymnasieskola",
        lambda: _upper_secondary_network(organisations, people),
    )
    ensure_page(
        report,
        upper_secondary,
        "minnesanteckningar-2026-10-09",
        lambda: _upper_secondary_minutes(people),
    )
    return directors
