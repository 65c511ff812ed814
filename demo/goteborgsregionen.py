"""Göteborgsregionen's network of education directors, its schedule and its minutes."""

from demo.follow_ups import ensure_follow_ups
from demo.goteborgsregionen_archive import ARCHIVE
from demo.goteborgsregionen_facts import MEMBERS, SCHEDULE_2026, SCHEDULE_2027
from demo.goteborgsregionen_minutes import minutes_2026_09_25
from demo.publishing import ensure_page, paragraphs
from networks.models.network_page import NetworkContact, NetworkMember, NetworkPage


def ensure_network(report, index, organisations, people, collection):
    gr = organisations["gr"]

    def build():
        return NetworkPage(
            title="Utbildningschefsnätverket",
            organisation=gr,
            intro=(
                "Utbildningscheferna i Göteborgsregionens tretton medlemskommuner samordnar "
                "sitt arbete med förskola, skola och vuxenutbildning och bereder gemensamma "
                "frågor inför GR:s styrelse."
            ),
            background=paragraphs(
                "Nätverket är GR:s forum för kommunernas högsta tjänstepersoner inom "
                "utbildningsområdet. Här stäms regiongemensamma avtal av, till exempel "
                "samverkan om gymnasieskola och yrkesinriktad vuxenutbildning, och här "
                "tillsätts de branschråd och professionsnätverk som arbetar vidare med "
                "enskilda frågor.",
                "Mötena hålls i GR:s lokaler i Göteborg, och nätverkets sekreterare kommer "
                "från GR:s utbildningsavdelning.",
            ),
            priorities=[
                (
                    "priority",
                    {
                        "title": "Strategisk kompetensförsörjning",
                        "description": (
                            "Gemensamma vägar till fler utbildade medarbetare i förskola, "
                            "fritidshem och skola, genom branschråd och validering."
                        ),
                    },
                ),
                (
                    "priority",
                    {
                        "title": "Framgångsrikt utbildningssystem",
                        "description": (
                            "Omvärldsbevakning och erfarenhetsutbyte om det som påverkar "
                            "elevernas möjligheter att lyckas i hela regionen."
                        ),
                    },
                ),
            ],
            assignments=[
                (
                    "assignment",
                    "Bereda och följa upp de regiongemensamma avtalen om gymnasieskola och "
                    "yrkesvux.",
                ),
                (
                    "assignment",
                    "Tillsätta och ge uppdrag till branschråd och professionsnätverk.",
                ),
            ],
            roles=[
                (
                    "role",
                    {
                        "title": "Ordförande",
                        "responsibilities": (
                            "Leder mötena och företräder nätverket i GR:s förvaltningschefsråd. "
                            "Väljs bland kommunernas utbildningschefer för två år."
                        ),
                    },
                ),
                (
                    "role",
                    {
                        "title": "Vice ordförande",
                        "responsibilities": "Ersätter ordföranden och förbereder dagordningen.",
                    },
                ),
                (
                    "role",
                    {
                        "title": "Sekreterare",
                        "responsibilities": (
                            "Skriver minnesanteckningar och skickar dem för publicering "
                            "inom två veckor efter mötet."
                        ),
                    },
                ),
            ],
            meeting_rules=paragraphs(
                "Nätverket träffas åtta till tio gånger om året, i regel fredagar klockan "
                "08.30–14.30. Två gånger om året hålls ett internat från lunch till lunch.",
                "Minnesanteckningarna publiceras på den här sidan när ordföranden har godkänt dem.",
            ),
            minutes_email="utbildningschefsnatverket@gr.example.org",
            standing_sections="Beslut\nRapport/information/diskussion\nVentilen",
            members=[
                NetworkMember(person=people[key], role=role, area=area)
                for key, area, role, _present in MEMBERS
            ],
            contacts=[
                NetworkContact(person=people["gr-head"]),
                NetworkContact(person=people["gr-secretary"]),
            ],
            meetings=[m.as_network_meeting() for m in SCHEDULE_2026 + SCHEDULE_2027],
            page_owner=people["gr-head"],
        )

    network = ensure_page(report, index, "utbildningschefsnatverket", build)
    for meeting_date, build_minutes in [*ARCHIVE, ("2026-09-25", minutes_2026_09_25)]:
        ensure_page(
            report,
            network,
            f"minnesanteckningar-{meeting_date}",
            lambda build_minutes=build_minutes: build_minutes(report, people, collection),
        )
    ensure_follow_ups(report, network, organisations, people)
    return network
