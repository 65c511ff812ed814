"""About the site, its accessibility statement and how it handles personal data."""

from home.models import StandardPage

from .publishing import bullet_list, ensure_page, paragraphs


def _heading(text):
    return ("heading", text)


def _text(*texts):
    return ("paragraph", paragraphs(*texts))


def _about(owner):
    return StandardPage(
        title="Om Samverkan",
        show_in_menus=True,
        intro=(
            "Samverkan är en gemensam webbplats för de nätverk där kommuner och regioner "
            "utvecklar förskola, skola och vuxenutbildning tillsammans."
        ),
        body=[
            _heading("Varför en gemensam webbplats?"),
            _text(
                "Nätverkens minnesanteckningar, uppdragsbeskrivningar och konferensprogram "
                "låg tidigare utspridda på många olika webbplatser. Här finns de på ett ställe, "
                "i samma form, så att det går att följa ett nätverks beslut över tid och "
                "jämföra hur olika regioner arbetar med samma frågor."
            ),
            _heading("Vem gör vad?"),
            _text(
                "Varje organisation ansvarar för sina egna nätverk. Nätverkens sekreterare "
                "skriver och lägger in minnesanteckningarna, och en granskare i samma "
                "organisation godkänner dem innan de publiceras. Varje sida visar vem som är "
                "sidansvarig och när sidan senast uppdaterades."
            ),
            _heading("Hitta i arkivet"),
            _text(
                "Sökfunktionen hittar ord i alla böjningsformer och tål att du skriver utan "
                "å, ä och ö. Bifogade presentationer och dokument söks också igenom."
            ),
        ],
        page_owner=owner,
    )


def _accessibility_statement(owner):
    """Structured as the Swedish supervisory authority DIGG asks statements to be."""
    return StandardPage(
        title="Tillgänglighetsredogörelse",
        intro=(
            "Här beskriver vi hur webbplatsen Samverkan uppfyller lagen om tillgänglighet "
            "till digital offentlig service, vilka kända brister som finns och hur du kan "
            "rapportera problem."
        ),
        body=[
            _heading("Vilka omfattas av redogörelsen?"),
            _text(
                "Redogörelsen gäller webbplatsen Samverkan med nätverkssidor, "
                "minnesanteckningar, konferenssidor, kontaktsidor och sökfunktion. Den gäller "
                "även de dokument som publiceras som bilagor till minnesanteckningarna. "
                "Varje organisation som publicerar på webbplatsen ansvarar för sitt eget "
                "innehåll; den gemensamma redaktionen ansvarar för webbplatsens funktioner."
            ),
            _heading("Hur tillgänglig är webbplatsen?"),
            _text(
                "Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till "
                "digital offentlig service. De brister vi känner till beskrivs längre ned på "
                "den här sidan."
            ),
            _heading("Vad kan du göra om du inte kan använda delar av webbplatsen?"),
            _text(
                "Behöver du innehållet i ett annat format, till exempel en bilaga som vanlig "
                "text eller uppläst, kan du kontakta oss på tillganglighet@samverkan.example.org. "
                "Vi svarar inom fem arbetsdagar."
            ),
            _heading("Rapportera brister i webbplatsens tillgänglighet"),
            _text(
                "Vi strävar hela tiden efter att förbättra webbplatsen. Om du upptäcker "
                "problem som inte beskrivs här, eller om du anser att vi inte uppfyller "
                "lagens krav, meddela oss på tillganglighet@samverkan.example.org så att vi "
                "vet att problemet finns."
            ),
            _heading("Tillsyn"),
            _text(
                "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över "
                "lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd "
                "med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det via "
                "myndighetens webbformulär för anmälan av bristande tillgänglighet."
            ),
            _heading("Innehåll som inte är tillgängligt"),
            _text("Vi känner till följande brister i förhållande till lagens krav:"),
            (
                "paragraph",
                bullet_list(
                    "Vissa bifogade presentationer från nätverksmöten är PDF-filer utan "
                    "rubrikstruktur och med bilder som saknar textalternativ (WCAG 1.1.1 "
                    "och 1.3.1).",
                    "Äldre minnesanteckningar som förts över från tidigare webbplatser kan "
                    "ha tabeller utan rubrikceller (WCAG 1.3.1).",
                    "Inspelningar av digitala informationsmöten saknar i vissa fall textning "
                    "(WCAG 1.2.2).",
                ),
            ),
            _text(
                "Bilagor som publicerats före den 23 september 2018 omfattas inte av lagens "
                "krav, men vi tar gärna fram dem i ett tillgängligt format på begäran."
            ),
            _heading("Hur vi testat webbplatsen"),
            _text(
                "Vi har gjort en självskattning av webbplatsen med automatiska verktyg och "
                "med manuella tester: navigering med enbart tangentbord, skärmläsare i "
                "Windows och iOS, förstoring till 400 procent och granskning av rubriker, "
                "länktexter och formulär. Den senaste bedömningen gjordes i november 2026."
            ),
            _heading("Redogörelsens datum"),
            _text(
                "Webbplatsen publicerades i september 2026. Redogörelsen uppdaterades senast "
                "den 20 november 2026."
            ),
        ],
        page_owner=owner,
    )


def _privacy(owner):
    return StandardPage(
        title="Behandling av personuppgifter",
        intro=(
            "Så behandlar vi personuppgifter om dig som är med i ett nätverk, deltar i ett "
            "möte eller är kontaktperson på webbplatsen."
        ),
        body=[
            _heading("Vem är personuppgiftsansvarig?"),
            _text(
                "Den organisation som driver ett nätverk är personuppgiftsansvarig för "
                "nätverkets sidor och minnesanteckningar. Vilken organisation det är framgår "
                "på varje nätverkssida."
            ),
            _heading("Vilka uppgifter publiceras?"),
            _text(
                "I minnesanteckningar och på nätverkssidor publiceras namn, titel, "
                "organisation, ansvarsområde och roll i nätverket, samt vilka som deltog på "
                "ett möte. E-postadress och telefonnummer visas bara för personer som har "
                "samtyckt till att vara kontaktpersoner."
            ),
            _heading("Varför behandlar vi uppgifterna?"),
            _text(
                "Nätverken är en del av kommunernas och regionernas verksamhet. "
                "Minnesanteckningarna dokumenterar beslut och samråd, och behandlingen är "
                "nödvändig för att utföra en uppgift av allmänt intresse."
            ),
            _heading("Hur länge sparas uppgifterna?"),
            _text(
                "Minnesanteckningar är allmänna handlingar och bevaras enligt respektive "
                "organisations dokumenthanteringsplan. Kontaktuppgifter tas bort från "
                "webbplatsen när en person lämnar sitt uppdrag."
            ),
            _heading("Dina rättigheter"),
            _text(
                "Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga "
                "uppgifter rättade och att invända mot behandlingen. Kontakta den organisation "
                "som driver nätverket. Du kan också lämna klagomål till "
                "Integritetsskyddsmyndigheten (IMY)."
            ),
            _heading("Kakor"),
            _text(
                "Webbplatsen använder inga kakor för besöksstatistik eller marknadsföring. "
                "Bara redaktörer som loggar in får en kaka, och den behövs för inloggningen."
            ),
        ],
        page_owner=owner,
    )


def ensure_standard_pages(report, home, owner):
    return [
        ensure_page(report, home, "om-samverkan", lambda: _about(owner)),
        ensure_page(
            report, home, "tillganglighetsredogorelse", lambda: _accessibility_statement(owner)
        ),
        ensure_page(report, home, "behandling-av-personuppgifter", lambda: _privacy(owner)),
    ]
