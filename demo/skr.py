"""Sveriges Kommuner och Regioner's digital information meetings for school directors."""

import datetime

from demo.programme import local, programme_item, speaker
from demo.publishing import ensure_page, paragraphs
from networks.models.conference_page import ConferenceContact, ConferencePage
from networks.models.network_page import NetworkContact, NetworkPage

AUDIENCE = "Förvaltningschefer och skolchefer i landets kommuner"
SKR = "Sveriges Kommuner och Regioner"


def _network(organisations, people):
    return NetworkPage(
        title="Skolchefer i Sveriges kommuner",
        organisation=organisations["skr"],
        intro=(
            "SKR samlar kommunernas skolchefer på webben några gånger varje termin för att "
            "berätta vad som händer inom utbildningsområdet, från förskolan till "
            "vuxenutbildningen."
        ),
        background=paragraphs(
            "Många statliga utredningar och reformer pågår samtidigt, och det kan vara "
            "svårt att se hur de hänger ihop och vad de kommer att kräva av kommunerna.",
            "Mötena ger alla kommuner samma lägesbild samtidigt, och medlemmarna får veta "
            "hur SKR arbetar och vilka ståndpunkter förbundet driver. Eftersom mötena sänds "
            "på webben kan alla delta utan att resa.",
        ),
        meeting_rules=paragraphs(
            "Två informationsmöten per termin, webbsända. Anmälan krävs för att få länken."
        ),
        contacts=[
            NetworkContact(person=people["skr-officer"]),
            NetworkContact(person=people["skr-head"]),
        ],
        page_owner=people["skr-head"],
    )


def _first_meeting(organisations, people):
    head = people["skr-head"]
    day = "2021-10-14"
    page = ConferencePage(
        title="Informationsmöte för skolchefer 14 oktober 2021",
        start=local(f"{day} 13:00"),
        end=local(f"{day} 14:30"),
        is_digital=True,
        organiser=organisations["skr"],
        audience=AUDIENCE,
        intro=(
            "Premiären för SKR:s digitala informationsmöten, med statssekreteraren på "
            "Utbildningsdepartementet som gäst."
        ),
        programme=[
            programme_item(
                day, "13:00", "13:10", "Välkommen", speaker(head.name, head.job_title, SKR)
            ),
            programme_item(
                day,
                "13:10",
                "13:45",
                "Budgetpropositionens satsningar på skolan",
                speaker("Jakob Helander", "Statssekreterare", "Utbildningsdepartementet"),
            ),
            programme_item(
                day,
                "13:45",
                "14:10",
                "Regeringsuppdraget till skolmyndigheterna om kvalitet och likvärdighet",
            ),
            programme_item(
                day,
                "14:10",
                "14:30",
                "Så arbetar SKR – nyheter från förbundet",
                speaker(people["skr-officer"].name, people["skr-officer"].job_title, SKR),
            ),
        ],
        body=[
            (
                "paragraph",
                paragraphs(
                    "Mycket är på gång inom utbildningsområdet, och det är svårt att se "
                    "hur förslag och reformer hänger ihop och hur de kommer att fungera i "
                    "praktiken. Samtidigt fortsätter vardagens uppdrag: skolor som är "
                    "likvärdiga och håller hög kvalitet, arbetet mot segregation, "
                    "personalförsörjningen och det som pandemin har påverkat.",
                    "Därför startar SKR en serie digitala möten för skolchefer. Vid varje "
                    "tillfälle går vi igenom det senaste inom utbildningsområdet och "
                    "berättar om förbundets eget arbete.",
                    "Anmälan är öppen till och med den 12 oktober.",
                ),
            ),
        ],
        registration_url="https://example.org/anmalan/informationsmote-skolchefer-2021-10",
        registration_deadline=datetime.date(2021, 10, 12),
        contacts=[ConferenceContact(person=people["skr-officer"])],
        page_owner=head,
    )
    page.topics.add("statsbudget", "likvärdighet", "kvalitet")
    return page


def _upcoming_meeting(organisations, people):
    head = people["skr-head"]
    day = "2027-02-04"
    page = ConferencePage(
        title="Informationsmöte för skolchefer 4 februari 2027",
        start=local(f"{day} 13:00"),
        end=local(f"{day} 14:30"),
        is_digital=True,
        organiser=organisations["skr"],
        audience=AUDIENCE,
        intro=(
            "Vårterminens första informationsmöte: nya skolförfattningar, "
            "lärarförsörjningen och skolans finansiering."
        ),
        programme=[
            programme_item(
                day, "13:00", "13:10", "Välkommen", speaker(head.name, head.job_title, SKR)
            ),
            programme_item(day, "13:10", "13:50", "Nya skolförfattningar under 2027"),
            programme_item(day, "13:50", "14:30", "Lärarförsörjningen – läget i landet"),
        ],
        registration_url="https://example.org/anmalan/informationsmote-skolchefer-2027-02",
        registration_deadline=datetime.date(2027, 2, 1),
        contacts=[ConferenceContact(person=people["skr-officer"])],
        page_owner=head,
    )
    page.topics.add("lärarförsörjning", "skolförfattningar")
    return page


def ensure_network(report, index, organisations, people):
    network = ensure_page(
        report, index, "skolchefer-i-sveriges-kommuner", lambda: _network(organisations, people)
    )
    ensure_page(
        report,
        network,
        "informationsmote-2021-10-14",
        lambda: _first_meeting(organisations, people),
    )
    ensure_page(
        report,
        network,
        "informationsmote-2027-02-04",
        lambda: _upcoming_meeting(organisations, people),
    )
    return network
