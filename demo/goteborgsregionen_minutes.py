"""The full minutes of Göteborgsregionen's network meeting of 25 September 2026.

Shaped like the network's real minutes: an opening, numbered items grouped under
sections (decisions, reports, two themed sections), the unnumbered "Ventilen", a
closing, and the attendance list with everyone present or absent.
"""

import datetime

from demo import media
from demo.agenda import agenda_item, attendee
from demo.goteborgsregionen_facts import MEMBERS, OFFICE, SCHEDULE_2027
from demo.publishing import paragraphs
from minutes.choices import NetworkRole
from minutes.models.minutes_page import MinutesPage

DECISIONS = "Beslut"
REPORTS = "Rapport/information/diskussion"
SKILLS = "Strategisk kompetensförsörjning"
SUCCESS = "Framgångsrikt utbildningssystem"
VENTILEN = "Ventilen"


def meeting_slides(report, collection, meeting_date, heading, bullets):
    footer = f"Utbildningschefsnätverket, Göteborgsregionen – {meeting_date:%Y-%m-%d}"
    return media.slides(
        report, collection, f"Bilder: {heading} ({meeting_date:%Y-%m-%d})", bullets, footer
    )


def minutes_2026_09_25(report, people, collection):
    date = datetime.date(2026, 9, 25)

    def slides(heading, bullets):
        return meeting_slides(report, collection, date, heading, bullets)

    agenda = [
        agenda_item(
            "Förslag till mötestider för 2027",
            section=DECISIONS,
            number=1,
            presenters=["Jonas Ekdahl, GR"],
            body=[
                "Sekreteraren presenterade förslaget till nästa års mötestider. Upplägget "
                "är detsamma som i år: två internat från lunch till lunch, i februari och "
                "i september, och i övrigt heldagsmöten på fredagar. Oktobermötet läggs på "
                "eftermiddagen och hålls digitalt, eftersom SKR brukar sända sin "
                "webbkonferens för skolchefer samma vecka."
            ],
            decisions=["att nätverkets möten under 2027 hålls på de tider som anges nedan"],
            schedule=[row for entry in SCHEDULE_2027 for row in entry.as_adopted_rows()],
        ),
        agenda_item(
            "Förslag till urvalsprinciper för regionalt yrkesvux",
            section=DECISIONS,
            number=2,
            presenters=["Lovisa Hammar, GR"],
            body=[
                "Skollagens regler om vilka sökande som ska prioriteras till "
                "vuxenutbildning har ändrats. Eftersom många söker till de "
                "regiongemensamma yrkesutbildningarna behöver kommunerna göra urvalet på "
                "samma sätt. Förslaget har beretts i vuxenutbildningsnätverket."
            ],
            decisions=[
                "att en individuell studieplan delas upp i de kurser och utbildningar den "
                "består av, och att högst prioritet ges till de delar som den sökande redan "
                "har påbörjat",
                "att planeringen och dimensioneringen av det regionala utbildningsutbudet "
                "följs upp löpande, och att nätverket en gång om året får veta hur utbudet "
                "anpassas till olika målgrupper",
                "att utfallet av de nya urvalsprinciperna följs upp löpande och "
                "återrapporteras till nätverket",
            ],
        ),
        agenda_item(
            "Aktuellt från yrkesvuxsamverkan",
            section=REPORTS,
            number=3,
            presenters=["Lovisa Hammar, GR"],
            body=[
                "Lovisa Hammar gick igenom bakgrunden till förslaget under punkt 2: "
                "lagändringen, hur frågan har beretts i vuxenutbildningsnätverket och de "
                "avstämningar som gjorts med kommunerna under våren. Hon visade också hur "
                "många som sökt till varje yrkesområde inför höstens start.",
                "Presentationen bifogas.",
            ],
            attachments=[
                slides(
                    "Aktuellt från yrkesvuxsamverkan",
                    [
                        "Nya prioriteringsregler för vuxenutbildning i skollagen",
                        "Söktryck per yrkesområde inför hösten 2026",
                        "Förslag: gemensamma urvalsprinciper inom GR",
                        "Uppföljning av utfallet – återrapport till nätverket",
                    ],
                )
            ],
        ),
        agenda_item(
            "Aktuellt från gymnasiesamverkan – inför nytt samverkansavtal",
            section=REPORTS,
            number=4,
            presenters=["Mikael Strand, GR"],
            body=[
                "Avtalet om samverkan kring gymnasieskolan ska revideras. Som vid tidigare "
                "revideringar stäms förslagen av i de berörda nätverken, och kommunerna "
                "får svara på en enkät.",
                "Enkäten skickas till de utbildningschefer som ansvarar för "
                "gymnasieskolan och ska vara besvarad senast den 30 oktober.",
            ],
            attachments=[
                slides(
                    "Inför nytt samverkansavtal för gymnasieskolan",
                    [
                        "Tidsplan för revideringen",
                        "Avstämning i gymnasienätverken under hösten",
                        "Enkät till kommunerna – svar senast 30 oktober",
                    ],
                )
            ],
            follow_up="Enkätsvaren sammanställs till mötet den 11 december.",
        ),
        agenda_item(
            "Aktuellt från lärarutbildningens samverkansråd – förutsättningar för övningsskolor",
            section=REPORTS,
            number=5,
            presenters=["Mattias Grahn, Lerum", "Patrik Holmgren, Kungsbacka"],
            body=[
                "Samverkansrådet har gett en arbetsgrupp i uppdrag att undersöka vad som "
                "krävs för att inrätta övningsskolor i regionen. Universiteten förbereder "
                "sig redan, även om något nationellt beslut ännu inte är fattat.",
                "Arbetsgruppen lyfte flera frågor som behöver besvaras: vilken utbildning "
                "handledarna ska ha, hur man undviker att skolor delas in i ett A- och ett "
                "B-lag, vem som utser övningsskolorna och hur kostnaderna fördelas. "
                "Barnens perspektiv måste också finnas med.",
                "Nätverket ser positivt på att arbetet fortsätter.",
            ],
            attachments=[
                slides(
                    "Förutsättningar för övningsskolor",
                    [
                        "Uppdraget från lärarutbildningens samverkansråd",
                        "Handledarutbildning och krav på handledare",
                        "Risk för A- och B-skolor – bredd eller koncentration?",
                        "Vem utser övningsskolor och vem betalar?",
                    ],
                )
            ],
        ),
        agenda_item(
            "Branschråd grundskola – kartläggning av medarbetare på fritidshem",
            section=SKILLS,
            number=6,
            presenters=["Ida Forsell, GR", "Robert Sundqvist, Göteborg"],
            body=[
                "Nätverket har tidigare tillsatt branschråd för kompetensförsörjningen i "
                "förskola och skola. Branschrådet för grundskolan föreslår nu en gemensam "
                "kartläggning av alla som arbetar på fritidshem i regionen.",
                "När branschrådet för förskolan gjorde en liknande kartläggning av "
                "barnskötarnas utbildning ledde den till en ny befattning som "
                "förskoleassistent, nya utbildningsvägar och extern finansiering. Nu vill "
                "branschrådet veta hur många på fritidshemmen som arbetar utan pedagogisk "
                "utbildning och vilken bakgrund de har, som underlag för gemensamma "
                "befattningar och piloter.",
                "Kartläggningen har stämts av i grundskolenätverket, och nätverket ser "
                "positivt på att den genomförs.",
            ],
            attachments=[
                slides(
                    "Kartläggning av medarbetare på fritidshem",
                    [
                        "Varför en regiongemensam kartläggning?",
                        "Erfarenheter från branschråd förskola",
                        "Frågor: utbildning, bakgrund, befattningar",
                        "Tidsplan våren 2027",
                    ],
                )
            ],
        ),
        agenda_item(
            "Omvärldsanalys – trender som påverkar skolan fram till 2035",
            section=SUCCESS,
            number=7,
            presenters=["Oskar Lindqvist, GR"],
            body=[
                "Oskar Lindqvist presenterade en ny omvärldsanalys om de trender som "
                "väntas forma kommunernas och regionernas uppdrag det närmaste decenniet. "
                "Därefter samtalade deltagarna i mindre grupper om läget i den egna "
                "kommunen.",
                "Flera skolchefer lyfte att lärdomarna från distansundervisningen bör tas "
                "till vara där den fungerar, till exempel i delar av vuxenutbildningen, "
                "och att det kan bli ett av svaren på lärarbristen. Grupperna tog också "
                "upp behovet av att följa barn från förskolan in i förskoleklassen, "
                "särskilt de som behöver stöd i svenska språket. Skolchefernas "
                "gemensamma slutsats var att kompetensförsörjningen till både grundskolan "
                "och gymnasieskolan är den fråga som påverkar mest.",
            ],
            attachments=[
                slides(
                    "Trender som påverkar skolan fram till 2035",
                    [
                        "Demografi: färre barn, fler äldre",
                        "Kompetensförsörjning och lärarbrist",
                        "Digitalisering och distansundervisning",
                        "Frågor till gruppsamtalen",
                    ],
                )
            ],
            follow_up="Frågan återkommer till nätverket vid internatet i februari 2027.",
        ),
        agenda_item(
            "Interkommunal ersättning inför 2027",
            section=VENTILEN,
            presenters=[
                "Birgitta Olausson, ordförande i Gymnasieekonomnätverket",
                "Kent Fager, ordförande i Skolekonomnätverket",
            ],
            body=[
                "Ekonomnätverken frågade hur kostnadsutvecklingen det senaste året ska "
                "påverka principerna för interkommunal ersättning i nästa års beräkning."
            ],
            follow_up=(
                "Ekonomnätverken tar fram två alternativ och pekar ut det som bör "
                "uppmärksammas särskilt, till mötet den 23 oktober."
            ),
        ),
        agenda_item(
            "Nästa möte",
            section=VENTILEN,
            presenters=["Ulrika Sandberg, ordförande"],
            body=[
                "Mötet den 23 oktober samordnas med SKR:s webbkonferens för skolchefer så "
                "att de inte krockar. Nätverket träffas därför digitalt på eftermiddagen."
            ],
        ),
    ]

    return MinutesPage(
        title="Minnesanteckningar 25 september 2026",
        meeting_date=date,
        start_time=datetime.time(8, 30),
        end_time=datetime.time(14, 30),
        place=OFFICE,
        chair=people["kungsbacka-fg"],
        secretary=people["gr-secretary"],
        opening=paragraphs(
            "Ordföranden öppnade mötet och hälsade alla välkomna. Ahmed Karimi, ny "
            "skolchef för gymnasium och vuxenutbildning i Alingsås, hälsades särskilt "
            "välkommen."
        ),
        agenda=agenda,
        closing=paragraphs(
            "Ordföranden tackade för ett givande möte. Efteråt var både tjänstepersoner "
            "och politiker välkomna att lyssna på och samtala om utredningen om "
            "förutsättningarna för ett statligt huvudmannaskap för skolan."
        ),
        attendees=[
            attendee(people[key], area, role if role != NetworkRole.MEMBER else "", present=here)
            for key, area, role, here in MEMBERS
        ],
        page_owner=people["gr-secretary"],
    )
