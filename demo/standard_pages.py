"""About the site, its accessibility statement and how it handles personal data."""

from django.utils.html import escape
from wagtail.models import Site

from demo.publishing import bullet_list, ensure_page, paragraphs
from home.models.pages import StandardPage
from home.models.site_links import SiteLinks


def _heading(text):
    return ("heading", text)


CONTACT = (
    '<a href="mailto:tillganglighet@samverkan.example.org">tillganglighet@samverkan.example.org</a>'
)


def _subheading(text):
    return f"<h3>{escape(text)}</h3>"


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
    """In the order of the model statement published by DIGG, the supervisory authority."""
    return StandardPage(
        title="Tillgänglighetsredogörelse",
        intro=(
            "Samverkan ska gå att använda för alla, oavsett hur du tar del av webben. Här "
            "berättar vi hur långt vi har kommit, vad som återstår och vart du vänder dig "
            "när något inte fungerar för dig."
        ),
        body=[
            _heading("Vilka omfattas av redogörelsen?"),
            _text(
                "Redogörelsen gäller hela webbplatsen Samverkan: startsidan, nätverkens sidor, "
                "minnesanteckningar, konferenssidor, kontaktsidan, sökningen och de engelska "
                "versionerna av sidorna. Den gäller också dokument som laddas upp som bilagor "
                "till minnesanteckningar och konferenser.",
                "Kommunalförbunden och regionerna som driver nätverken ansvarar var och en för "
                "de sidor och bilagor de publicerar. Webbplatsens gemensamma redaktion ansvarar "
                "för mallar, navigering och sökning.",
            ),
            _heading("Hur tillgänglig är webbplatsen?"),
            _text(
                "Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till "
                "digital offentlig service. Sidornas mallar uppfyller kraven, men en del "
                "bilagor och äldre innehåll gör det inte ännu. Bristerna räknas upp under "
                "rubriken Innehåll som inte är tillgängligt."
            ),
            _heading("Vad kan du göra om du inte kan använda delar av webbplatsen?"),
            (
                "paragraph",
                f"<p>Skriv till {CONTACT} om du behöver något av det vi publicerar i en annan "
                "form, till exempel en presentation som vanlig text, en tabell uppläst eller "
                "ett dokument i större stil. Berätta vilken sida det gäller. Du får svar inom "
                "fem arbetsdagar.</p>",
            ),
            _heading("Rapportera brister i webbplatsens tillgänglighet"),
            (
                "paragraph",
                "<p>Har du stött på något som stänger ute dig, eller något vi inte nämner här? "
                f"Skriv till {CONTACT} och beskriv vad som hände och på vilken sida. Vi "
                "bekräftar att vi fått ditt meddelande och berättar vad vi gör åt det.</p>",
            ),
            _heading("Tillsyn"),
            (
                "paragraph",
                "<p>Myndigheten för digital förvaltning (DIGG) utövar tillsyn över lagen om "
                "tillgänglighet till digital offentlig service. Är du inte nöjd med vårt svar, "
                "eller har du inte fått något, kan du anmäla det till DIGG i "
                '<a href="https://www.digg.se/tdosanmalan">myndighetens formulär för '
                "anmälan av bristande tillgänglighet</a>.</p>",
            ),
            _heading("Teknisk information om webbplatsens tillgänglighet"),
            _text(
                "Vi har som mål att webbplatsen ska uppfylla nivå AA i standarden WCAG 2.1, "
                "som den europeiska standarden EN 301 549 hänvisar till. Det gör mallarna i "
                "dag; de undantag vi känner till beskrivs nedan."
            ),
            _heading("Innehåll som inte är tillgängligt"),
            _text("Det här är de brister vi känner till, och vad vi gör åt dem."),
            (
                "paragraph",
                _subheading("Bristande förenlighet med lagkraven")
                + bullet_list(
                    "En del presentationer som bifogats minnesanteckningar är PDF-filer som "
                    "saknar taggad struktur, och deras diagram saknar textbeskrivning "
                    "(WCAG 1.1.1 och 1.3.1). Vi ber nätverken bifoga tillgängliga filer och "
                    "går igenom de äldre bilagorna under våren 2027.",
                    "Minnesanteckningar som flyttats hit från nätverkens tidigare webbplatser "
                    "kan innehålla tabeller utan rubrikceller (WCAG 1.3.1). De rättas i takt "
                    "med att nätverken ser över sitt arkiv.",
                    "Sidor som ännu inte översatts visas på svenska under den engelska "
                    "adressen. Sidan säger då att den är på svenska, och texten är märkt "
                    "med rätt språk (WCAG 3.1.2).",
                ),
            ),
            (
                "paragraph",
                _subheading("Innehåll som inte omfattas av lagstiftningen")
                + paragraphs(
                    "Dokument som publicerades före den 23 september 2018 omfattas inte av lagen. "
                    "Behöver du ett sådant dokument i tillgänglig form tar vi fram det på "
                    "begäran."
                ),
            ),
            _heading("Hur vi testat webbplatsen"),
            _text(
                "Vi har själva granskat webbplatsen. Varje ändring av mallarna provas "
                "automatiskt i en riktig webbläsare: verktyget axe-core kontrollerar varje "
                "sidtyp, sökresultaten och felsidan på svenska och engelska, och andra tester "
                "går igenom sidorna med enbart tangentbord och kontrollerar att fokus syns. "
                "Därtill har vi manuellt gått igenom rubriker, länktexter, kontraster och "
                "förstoring till 400 procent. Den senaste granskningen gjordes i november 2026."
            ),
            _heading("Redogörelsens datum"),
            _text(
                "Webbplatsen publicerades den 1 september 2026. Redogörelsen skrevs den "
                "1 september 2026 och uppdaterades senast den 23 november 2026."
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
            _heading("Prenumerationer via e-post"),
            _text(
                "Den som prenumererar på ett nätverks nyheter lämnar sin e-postadress, vad "
                "den vill följa och på vilket språk. Uppgifterna används bara för att "
                "skicka meddelandena, med samtycke som grund, och visas inte för någon "
                "utom webbplatsens administratörer. En adress som inte bekräftas inom sju "
                "dagar raderas. När du avslutar prenumerationen, med länken i varje "
                "meddelande, raderas adressen med alla dess prenumerationer. En "
                "administratör kan på begäran lämna ut eller radera uppgifterna."
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
    about = ensure_page(report, home, "om-samverkan", lambda: _about(owner))
    statement = ensure_page(
        report, home, "tillganglighetsredogorelse", lambda: _accessibility_statement(owner)
    )
    privacy = ensure_page(report, home, "behandling-av-personuppgifter", lambda: _privacy(owner))
    _link_from_the_footer(report, home, statement, privacy)
    return [about, statement, privacy]


def _link_from_the_footer(report, home, statement, privacy):
    links = SiteLinks.for_site(Site.objects.get(root_page=home))
    if links.accessibility_statement_id and links.privacy_notice_id:
        report.present(links, str(links._meta.verbose_name))
        return
    links.accessibility_statement = links.accessibility_statement or statement
    links.privacy_notice = links.privacy_notice or privacy
    links.save()
    report.created(links, str(links._meta.verbose_name))
