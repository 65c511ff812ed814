"""English translations of the demo's standard pages: about, accessibility, personal data.

Kept apart from ``demo.english`` because these pages are linked from every page's footer:
an English reader meets them whatever part of the site is translated.
"""

# The Swedish pages translated, by their path below the home page.
STANDARD_PAGE_PATHS = [
    "om-samverkan/",
    "tillganglighetsredogorelse/",
    "behandling-av-personuppgifter/",
]

CONTACT = '<a id="a1">tillganglighet@samverkan.example.org</a>'

STANDARD_PAGES_ENGLISH = {
    # About Samverkan
    "Om Samverkan": "About Samverkan",
    "om-samverkan": "about-samverkan",
    "Samverkan är en gemensam webbplats för de nätverk där kommuner och regioner utvecklar "
    "förskola, skola och vuxenutbildning tillsammans.": (
        "Samverkan is a shared website for the networks in which municipalities and regions "
        "develop preschool, school and adult education together."
    ),
    "Varför en gemensam webbplats?": "Why a shared website?",
    "Nätverkens minnesanteckningar, uppdragsbeskrivningar och konferensprogram låg tidigare "
    "utspridda på många olika webbplatser. Här finns de på ett ställe, i samma form, så att "
    "det går att följa ett nätverks beslut över tid och jämföra hur olika regioner arbetar "
    "med samma frågor.": (
        "The networks' minutes, assignments and conference programmes used to be scattered "
        "over many different websites. Here they are in one place and in the same form, so "
        "that a network's decisions can be followed over time and the way different regions "
        "work on the same questions can be compared."
    ),
    "Vem gör vad?": "Who does what?",
    "Varje organisation ansvarar för sina egna nätverk. Nätverkens sekreterare skriver och "
    "lägger in minnesanteckningarna, och en granskare i samma organisation godkänner dem "
    "innan de publiceras. Varje sida visar vem som är sidansvarig och när sidan senast "
    "uppdaterades.": (
        "Each organisation is responsible for its own networks. The networks' secretaries "
        "write and enter the minutes, and a reviewer in the same organisation approves them "
        "before they are published. Every page shows who is responsible for it and when it "
        "was last updated."
    ),
    "Hitta i arkivet": "Finding your way in the archive",
    "Sökfunktionen hittar ord i alla böjningsformer och tål att du skriver utan å, ä och ö. "
    "Bifogade presentationer och dokument söks också igenom.": (
        "The search finds words in all their inflected forms and copes with words written "
        "without the Swedish letters å, ä and ö. Attached presentations and documents are "
        "searched too."
    ),
    # Accessibility statement
    "Tillgänglighetsredogörelse": "Accessibility statement",
    "tillganglighetsredogorelse": "accessibility-statement",
    "Samverkan ska gå att använda för alla, oavsett hur du tar del av webben. Här berättar vi "
    "hur långt vi har kommit, vad som återstår och vart du vänder dig när något inte "
    "fungerar för dig.": (
        "Samverkan is meant to be usable by everyone, however you use the web. Here we tell "
        "you how far we have come, what remains to be done and where to turn when something "
        "does not work for you."
    ),
    "Vilka omfattas av redogörelsen?": "What does this statement cover?",
    "Redogörelsen gäller hela webbplatsen Samverkan: startsidan, nätverkens sidor, "
    "minnesanteckningar, konferenssidor, kontaktsidan, sökningen och de engelska versionerna "
    "av sidorna. Den gäller också dokument som laddas upp som bilagor till minnesanteckningar "
    "och konferenser.": (
        "The statement covers the whole Samverkan website: the home page, the networks' "
        "pages, minutes, conference pages, the contacts page, the search and the English "
        "versions of the pages. It also covers documents uploaded as attachments to minutes "
        "and conferences."
    ),
    "Kommunalförbunden och regionerna som driver nätverken ansvarar var och en för de sidor "
    "och bilagor de publicerar. Webbplatsens gemensamma redaktion ansvarar för mallar, "
    "navigering och sökning.": (
        "The federations of municipalities and the regions that run the networks are each "
        "responsible for the pages and attachments they publish. The site's joint editorial "
        "team is responsible for the templates, the navigation and the search."
    ),
    "Hur tillgänglig är webbplatsen?": "How accessible is the website?",
    "Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till digital "
    "offentlig service. Sidornas mallar uppfyller kraven, men en del bilagor och äldre "
    "innehåll gör det inte ännu. Bristerna räknas upp under rubriken Innehåll som inte är "
    "tillgängligt.": (
        "The website is partially compliant with the Swedish Act on accessibility to digital "
        "public services (2018:1937). The page templates meet the requirements, but some "
        "attachments and older content do not yet. The shortcomings are listed under the "
        "heading Content that is not accessible."
    ),
    "Vad kan du göra om du inte kan använda delar av webbplatsen?": (
        "What can you do if you cannot use parts of the website?"
    ),
    f"Skriv till {CONTACT} om du behöver något av det vi publicerar i en annan form, till "
    "exempel en presentation som vanlig text, en tabell uppläst eller ett dokument i större "
    "stil. Berätta vilken sida det gäller. Du får svar inom fem arbetsdagar.": (
        f"Write to {CONTACT} if you need something we publish in another form, for example a "
        "presentation as plain text, a table read aloud or a document in large print. Tell us "
        "which page it concerns. You will have an answer within five working days."
    ),
    "Rapportera brister i webbplatsens tillgänglighet": (
        "Report shortcomings in the website's accessibility"
    ),
    "Har du stött på något som stänger ute dig, eller något vi inte nämner här? Skriv till "
    f"{CONTACT} och beskriv vad som hände och på vilken sida. Vi bekräftar att vi fått ditt "
    "meddelande och berättar vad vi gör åt det.": (
        "Have you come across something that shuts you out, or something we do not mention "
        f"here? Write to {CONTACT} and describe what happened and on which page. We will "
        "confirm that we have received your message and tell you what we are doing about it."
    ),
    "Tillsyn": "Supervision",
    "Myndigheten för digital förvaltning (DIGG) utövar tillsyn över lagen om tillgänglighet "
    "till digital offentlig service. Är du inte nöjd med vårt svar, eller har du inte fått "
    'något, kan du anmäla det till DIGG i <a id="a1">myndighetens formulär för anmälan av '
    "bristande tillgänglighet</a>.": (
        "The Agency for Digital Government (DIGG) supervises the Act on accessibility to "
        "digital public services. If you are not satisfied with our answer, or have had none, "
        'you can report it to DIGG through <a id="a1">the agency\'s form for reporting '
        "inaccessibility</a> (in Swedish)."
    ),
    "Teknisk information om webbplatsens tillgänglighet": (
        "Technical information about the website's accessibility"
    ),
    "Vi har som mål att webbplatsen ska uppfylla nivå AA i standarden WCAG 2.1, som den "
    "europeiska standarden EN 301 549 hänvisar till. Det gör mallarna i dag; de undantag vi "
    "känner till beskrivs nedan.": (
        "We aim for the website to meet level AA of WCAG 2.1, to which the European standard "
        "EN 301 549 refers. The templates do so today; the exceptions we know of are "
        "described below."
    ),
    "Innehåll som inte är tillgängligt": "Content that is not accessible",
    "Det här är de brister vi känner till, och vad vi gör åt dem.": (
        "These are the shortcomings we know of, and what we are doing about them."
    ),
    "Bristande förenlighet med lagkraven": "Non-compliance with the legal requirements",
    "En del presentationer som bifogats minnesanteckningar är PDF-filer som saknar taggad "
    "struktur, och deras diagram saknar textbeskrivning (WCAG 1.1.1 och 1.3.1). Vi ber "
    "nätverken bifoga tillgängliga filer och går igenom de äldre bilagorna under våren "
    "2027.": (
        "Some presentations attached to minutes are PDF files without a tagged structure, "
        "and their charts have no text description (WCAG 1.1.1 and 1.3.1). We ask the "
        "networks to attach accessible files and are going through the older attachments "
        "in the spring of 2027."
    ),
    "Minnesanteckningar som flyttats hit från nätverkens tidigare webbplatser kan innehålla "
    "tabeller utan rubrikceller (WCAG 1.3.1). De rättas i takt med att nätverken ser över "
    "sitt arkiv.": (
        "Minutes moved here from the networks' earlier websites may contain tables without "
        "header cells (WCAG 1.3.1). They are corrected as the networks review their archives."
    ),
    "Sidor som ännu inte översatts visas på svenska under den engelska adressen. Sidan säger "
    "då att den är på svenska, och texten är märkt med rätt språk (WCAG 3.1.2).": (
        "Pages not yet translated are shown in Swedish at their English address. The page "
        "then says that it is in Swedish, and its text is marked with its language "
        "(WCAG 3.1.2)."
    ),
    "Innehåll som inte omfattas av lagstiftningen": "Content not covered by the law",
    "Dokument som publicerades före den 23 september 2018 omfattas inte av lagen. Behöver du "
    "ett sådant dokument i tillgänglig form tar vi fram det på begäran.": (
        "Documents published before 23 September 2018 are not covered by the law. If you "
        "need such a document in an accessible form, we will provide it on request."
    ),
    "Hur vi testat webbplatsen": "How we tested the website",
    "Vi har själva granskat webbplatsen. Varje ändring av mallarna provas automatiskt i en "
    "riktig webbläsare: verktyget axe-core kontrollerar varje sidtyp, sökresultaten och "
    "felsidan på svenska och engelska, och andra tester går igenom sidorna med enbart "
    "tangentbord och kontrollerar att fokus syns. Därtill har vi manuellt gått igenom "
    "rubriker, länktexter, kontraster och förstoring till 400 procent. Den senaste "
    "granskningen gjordes i november 2026.": (
        "We have reviewed the website ourselves. Every change to the templates is tested "
        "automatically in a real browser: the axe-core tool checks every page type, the "
        "search results and the error page in Swedish and English, and other tests go "
        "through the pages with the keyboard alone and check that the focus is visible. We "
        "have also checked headings, link texts, contrasts and zooming to 400 percent by "
        "hand. The latest review was made in November 2026."
    ),
    "Redogörelsens datum": "Date of this statement",
    "Webbplatsen publicerades den 1 september 2026. Redogörelsen skrevs den 1 september 2026 "
    "och uppdaterades senast den 23 november 2026.": (
        "The website was published on 1 September 2026. This statement was written on "
        "1 September 2026 and last updated on 23 November 2026."
    ),
    # Personal data
    "Behandling av personuppgifter": "How we handle personal data",
    "behandling-av-personuppgifter": "personal-data",
    "Så behandlar vi personuppgifter om dig som är med i ett nätverk, deltar i ett möte eller "
    "är kontaktperson på webbplatsen.": (
        "How we handle personal data about you if you are a member of a network, take part "
        "in a meeting or are a contact person on the website."
    ),
    "Vem är personuppgiftsansvarig?": "Who is the data controller?",
    "Den organisation som driver ett nätverk är personuppgiftsansvarig för nätverkets sidor "
    "och minnesanteckningar. Vilken organisation det är framgår på varje nätverkssida.": (
        "The organisation that runs a network is the controller of the network's pages and "
        "minutes. Each network's page says which organisation that is."
    ),
    "Vilka uppgifter publiceras?": "What is published?",
    "I minnesanteckningar och på nätverkssidor publiceras namn, titel, organisation, "
    "ansvarsområde och roll i nätverket, samt vilka som deltog på ett möte. E-postadress och "
    "telefonnummer visas bara för personer som har samtyckt till att vara kontaktpersoner.": (
        "Minutes and network pages publish names, job titles, organisations, areas of "
        "responsibility and roles in the network, and who took part in a meeting. Email "
        "addresses and telephone numbers are shown only for people who have agreed to be "
        "contact persons."
    ),
    "Varför behandlar vi uppgifterna?": "Why do we process the data?",
    "Nätverken är en del av kommunernas och regionernas verksamhet. Minnesanteckningarna "
    "dokumenterar beslut och samråd, och behandlingen är nödvändig för att utföra en uppgift "
    "av allmänt intresse.": (
        "The networks are part of the work of municipalities and regions. The minutes record "
        "decisions and consultations, and the processing is necessary to perform a task in "
        "the public interest."
    ),
    "Hur länge sparas uppgifterna?": "How long is the data kept?",
    "Minnesanteckningar är allmänna handlingar och bevaras enligt respektive organisations "
    "dokumenthanteringsplan. Kontaktuppgifter tas bort från webbplatsen när en person lämnar "
    "sitt uppdrag.": (
        "Minutes are official documents and are kept according to each organisation's "
        "records management plan. Contact details are removed from the website when a "
        "person leaves their role."
    ),
    "Prenumerationer via e-post": "Email subscriptions",
    "Den som prenumererar på ett nätverks nyheter lämnar sin e-postadress, vad den "
    "vill följa och på vilket språk. Uppgifterna används bara för att skicka "
    "meddelandena, med samtycke som grund, och visas inte för någon utom webbplatsens "
    "administratörer. En adress som inte bekräftas inom sju dagar raderas. När du "
    "avslutar prenumerationen, med länken i varje meddelande, raderas adressen med "
    "alla dess prenumerationer. En administratör kan på begäran lämna ut eller radera "
    "uppgifterna.": (
        "Whoever subscribes to a network's news gives their email address, what they "
        "want to follow and in which language. The data is used only to send the "
        "messages, on the basis of consent, and is shown to no one but the website's "
        "administrators. An address not confirmed within seven days is deleted. When "
        "you end the subscription, with the link in every message, the address is "
        "deleted with all its subscriptions. An administrator can, on request, hand "
        "over or erase the data."
    ),
    "Dina rättigheter": "Your rights",
    "Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter "
    "rättade och att invända mot behandlingen. Kontakta den organisation som driver "
    "nätverket. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY).": (
        "You have the right to know what data we hold about you, to have incorrect data "
        "corrected and to object to the processing. Contact the organisation that runs the "
        "network. You can also complain to the Swedish Authority for Privacy Protection (IMY)."
    ),
    "Kakor": "Cookies",
    "Webbplatsen använder inga kakor för besöksstatistik eller marknadsföring. Bara "
    "redaktörer som loggar in får en kaka, och den behövs för inloggningen.": (
        "The website uses no cookies for visitor statistics or marketing. Only editors who "
        "sign in get a cookie, which the sign-in needs."
    ),
}
