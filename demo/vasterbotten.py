"""Region Västerbotten's school directors' conference and three of its meetings."""

import datetime

from demo import media
from demo.programme import local, programme_item, reference, speaker
from demo.publishing import bullet_list, ensure_page, paragraphs
from minutes.choices import NetworkRole
from networks.models.conference_page import ConferenceContact, ConferencePage
from networks.models.network_page import NetworkContact, NetworkMember, NetworkPage

REGION = "region-vasterbotten"
TEACHER_EDUCATION = "Lärarhögskolan, Umeå universitet"


def _network(organisations, people):
    contact = people["vasterbotten-contact"]
    return NetworkPage(
        title="Skolchefskonferensen i Västerbotten",
        organisation=organisations[REGION],
        intro=(
            "Skolcheferna i länets kommuner ses fyra gånger om året för att stämma av "
            "gemensamma frågor om förskola och skola och lära av varandra."
        ),
        background=paragraphs(
            "Regionen håller ihop konferensen och vill på så sätt få kommunerna att "
            "samarbeta mer om utbildning. Varje tillfälle har sitt eget tema.",
            "Det viktigaste är samtalen mellan kollegor: den som har löst ett problem i en "
            "kommun kan hjälpa en annan, och ur samtalen växer nya samarbeten fram.",
        ),
        meeting_rules=paragraphs(
            "Konferensen hålls fyra gånger om året, digitalt eller på plats i länet. En "
            "gång om året bjuds även presidierna i kommunernas utbildningsnämnder in."
        ),
        minutes_email="utbildning@regionvasterbotten.example.org",
        members=[
            NetworkMember(person=people["umea"], area="Umeå"),
            NetworkMember(person=people["lycksele"], area="Lycksele"),
            NetworkMember(person=contact, role=NetworkRole.COORDINATOR, area="Region Västerbotten"),
        ],
        contacts=[NetworkContact(person=contact)],
        page_owner=contact,
    )


def _digital_conference(report, collection, organisations, people):
    contact = people["vasterbotten-contact"]
    day = "2023-11-16"
    page = ConferencePage(
        title="Skolchefskonferens 16 november 2023",
        start=local(f"{day} 09:00"),
        end=local(f"{day} 12:00"),
        is_digital=True,
        organiser=organisations[REGION],
        audience="Skolchefer i Västerbottens kommuner",
        intro=(
            "En digital konferens tillsammans med Lärarhögskolan i Umeå om VFU, ULF och "
            "samverkan med lärarutbildningen, och om trygghet och säkerhet i skolan."
        ),
        image=media.banner(
            report, collection, "Skolchefskonferens 16 november 2023", "Digital konferens"
        ),
        programme=[
            programme_item(
                day,
                "09:00",
                "09:50",
                "Verksamhetsförlagd utbildning (VFU) i länet",
                speaker("Karolina Åström", "Prodekan", TEACHER_EDUCATION),
            ),
            programme_item(
                day,
                "09:50",
                "10:40",
                "Utbildning, lärande och forskning (ULF) – samverkansmodeller",
                speaker("Daniel Öberg", "Universitetslektor", TEACHER_EDUCATION),
            ),
            programme_item(
                day,
                "10:50",
                "11:20",
                "Framtidens lärarutbildning i Västerbotten",
                speaker("Karolina Åström", "Prodekan", TEACHER_EDUCATION),
            ),
            programme_item(
                day,
                "11:20",
                "12:00",
                "Trygghet och säkerhet i skolan",
                speaker("Sara Hjalmarsson", "Säkerhetssamordnare", "Region Västerbotten"),
            ),
        ],
        body=[
            (
                "paragraph",
                paragraphs(
                    "Lärarhögskolan i Umeå delade med sig av hur samarbetet med kommunerna "
                    "kring lärarstudenternas praktik och kring praktiknära forskning kan "
                    "utvecklas. Konferensen avslutades med ett pass om trygghet och "
                    "säkerhet i skolan."
                ),
            )
        ],
        contacts=[ConferenceContact(person=contact)],
        page_owner=contact,
    )
    page.topics.add("VFU", "ULF", "samverkan", "trygghet och säkerhet")
    return page


def _lycksele_conference(report, collection, organisations, people):
    contact = people["vasterbotten-contact"]
    page = ConferencePage(
        title="Skolchefs- och presidiekonferens i Lycksele",
        start=local("2023-10-12 12:00"),
        end=local("2023-10-13 13:00"),
        place="Lycksele",
        organiser=organisations[REGION],
        audience=(
            "Skolchefer och utbildningspolitiker i länets kommuner, tillsammans med "
            "gymnasiekonferensen"
        ),
        intro=(
            "Två dagar i Lycksele om säkerhet och krisberedskap, omvärldsbevakning och "
            "hur huvudmännen tillsammans kan planera och dimensionera gymnasieskola och "
            "komvux."
        ),
        image=media.banner(
            report,
            collection,
            "Skolchefs- och presidiekonferens i Lycksele",
            "12–13 oktober 2023",
        ),
        programme=[
            programme_item(
                "2023-10-12",
                "12:00",
                "15:00",
                "Säkerhet och krisberedskap i skolväsendet",
            ),
            programme_item(
                "2023-10-12", "15:30", "17:00", "Omvärldsbevakning: vad händer runt skolan?"
            ),
            programme_item(
                "2023-10-13",
                "08:30",
                "12:00",
                "Övning: planering och dimensionering av gymnasial utbildning",
                description="Huvudmännen planerar utbudet tillsammans i ett övningsscenario.",
            ),
        ],
        body=[
            ("heading", "Nya regler för gymnasial utbildning"),
            (
                "paragraph",
                paragraphs(
                    "Skollagen har fått nya regler för hur gymnasieskolan och komvux ska "
                    "planera sitt utbud. Ändringarna ska bidra till att:"
                ),
            ),
            (
                "paragraph",
                bullet_list(
                    "fler utbildningar på gymnasial nivå ska bli tillgängliga,",
                    "det ska bli lättare för unga och vuxna att etablera sig på "
                    "arbetsmarknaden, och",
                    "välfärden och näringslivet ska få den kompetens de behöver.",
                ),
            ),
            (
                "paragraph",
                paragraphs(
                    "Huvudmännen ska därför låta både elevernas önskemål och "
                    "arbetsmarknadens behov styra vilka utbildningar de erbjuder."
                ),
            ),
            reference(
                "Prop. 2021/22:159 Dimensionering av gymnasial utbildning för bättre "
                "kompetensförsörjning",
                "Regeringens proposition, beslutad den 16 juni 2022.",
            ),
            reference(
                "SOU 2020:33 Gemensamt ansvar – en modell för planering och "
                "dimensionering av gymnasial utbildning",
                "Betänkandet från utredningen om planering och dimensionering av komvux "
                "och gymnasieskola.",
            ),
        ],
        contacts=[ConferenceContact(person=contact)],
        page_owner=contact,
    )
    page.topics.add(
        "säkerhet och krisberedskap",
        "omvärldsbevakning",
        "dimensionering",
        "gymnasieskola",
        "komvux",
    )
    return page


def _upcoming_conference(report, collection, organisations, people):
    contact = people["vasterbotten-contact"]
    day = "2027-03-11"
    page = ConferencePage(
        title="Skolchefskonferens 11 mars 2027",
        start=local(f"{day} 09:30"),
        end=local(f"{day} 15:30"),
        place="Region Västerbottens lokaler, Umeå",
        organiser=organisations[REGION],
        audience="Skolchefer i Västerbottens kommuner",
        intro=(
            "Vårens konferens handlar om kompetensförsörjning i skolan och om hur fler "
            "elever ska fullfölja sin utbildning. Anmäl dig senast den 25 februari."
        ),
        image=media.banner(report, collection, "Skolchefskonferens 11 mars 2027", "Umeå"),
        programme=[
            programme_item(
                day,
                "09:30",
                "10:00",
                "Välkommen",
                speaker(contact.name, contact.job_title, "Region Västerbotten"),
            ),
            programme_item(day, "10:00", "12:00", "Lärarförsörjningen i länet fram till 2035"),
            programme_item(day, "13:00", "15:30", "Fullföljd utbildning – vad fungerar?"),
        ],
        registration_url="https://example.org/anmalan/skolchefskonferens-vasterbotten-2027",
        registration_deadline=datetime.date(2027, 2, 25),
        contacts=[ConferenceContact(person=contact)],
        page_owner=contact,
    )
    page.topics.add("kompetensförsörjning", "fullföljd utbildning")
    return page


def ensure_network(report, index, organisations, people, collection):
    network = ensure_page(
        report,
        index,
        "skolchefskonferensen-i-vasterbotten",
        lambda: _network(organisations, people),
    )
    for slug, build in [
        ("skolchefs-och-presidiekonferens-lycksele-2023", _lycksele_conference),
        ("skolchefskonferens-2023-11-16", _digital_conference),
        ("skolchefskonferens-2027-03-11", _upcoming_conference),
    ]:
        ensure_page(
            report,
            network,
            slug,
            lambda build=build: build(report, collection, organisations, people),
        )
    return network
