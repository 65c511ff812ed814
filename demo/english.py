"""English translations of part of the demo, made the way a translator makes them.

Each page is translated with wagtail-localize: a translation source is extracted from the
Swedish page, every string gets its English text in translation memory, and the English
page is saved from that. The rest of the Swedish tree appears in English as aliases,
kept in step by wagtail-localize's locale synchronisation.
"""

from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, StringTranslation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.synctree import synchronize_tree

from demo.english_standard_pages import STANDARD_PAGE_PATHS, STANDARD_PAGES_ENGLISH

# The Swedish pages translated, parents first, by their path below the home page.
TRANSLATED_PAGES = [
    "",
    "natverk/",
    "konferenser/",
    "kontakter/",
    "natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/",
    "natverk/skolchefsnatverket-skaraborg/natverket-gymnasieskola/minnesanteckningar-2026-10-09/",
    "natverk/skolchefskonferensen-i-vasterbotten/skolchefskonferens-2027-03-11/",
    *STANDARD_PAGE_PATHS,
]

ENGLISH = {
    # Slugs
    "samverkan": "samverkan-en",
    "natverk": "networks",
    "natverket-gymnasieskola": "upper-secondary-network",
    "minnesanteckningar-2026-10-09": "minutes-2026-10-09",
    "skolchefskonferens-2027-03-11": "school-directors-conference-2027-03-11",
    # Home page
    "Samverkan – kommunernas nätverk för utbildning": (
        "Samverkan – the municipalities' networks for education"
    ),
    "Nätverk, minnesanteckningar och konferenser för kommunernas samverkan om förskola, "
    "skola och vuxenutbildning.": (
        "Networks, minutes and conferences through which municipalities work together on "
        "preschool, school and adult education."
    ),
    "Här samlas de nätverk där kommuner, kommunalförbund och regioner arbetar tillsammans "
    "med förskola, skola och vuxenutbildning. Läs vad nätverken har beslutat, vem som "
    "deltog på mötena och vilka konferenser som är på gång.": (
        "This is where the networks meet in which municipalities, federations of "
        "municipalities and regions work together on preschool, school and adult education. "
        "Read what the networks have decided, who took part in their meetings and which "
        "conferences are coming up."
    ),
    "Sök i arkivet efter ett beslut eller en fråga, eller börja med ett nätverk i din region.": (
        "Search the archive for a decision or a question, or start with a network in your region."
    ),
    # Network index
    "Nätverk": "Networks",
    "Skolchefer, förvaltningschefer och deras medarbetare möts i nätverk som drivs av "
    "kommunalförbund, regioner och Sveriges Kommuner och Regioner. Varje nätverk beskriver "
    "sitt uppdrag, vilka som ingår och när det träffas, och publicerar minnesanteckningar "
    "från sina möten.": (
        "School directors, heads of education departments and their staff meet in networks "
        "run by federations of municipalities, regions and the Swedish Association of Local "
        "Authorities and Regions. Each network describes its assignment, who takes part and "
        "when it meets, and publishes the minutes of its meetings."
    ),
    # Conference and contact indexes
    "Konferenser": "Conferences",
    "konferenser": "conferences",
    "Kommande och tidigare konferenser, internat och informationsmöten i nätverkens regi. "
    "Anmälan görs via länken på respektive konferenssida.": (
        "Upcoming and past conferences, residential meetings and information meetings "
        "organised by the networks. Register through the link on each conference's page."
    ),
    "Kontakter": "Contacts",
    "kontakter": "contacts",
    "Kontaktpersoner för nätverken, ordnade efter organisation. Här visas bara de som har "
    "gått med på att deras kontaktuppgifter publiceras.": (
        "Contact people of the networks, by organisation. Only those who have agreed to "
        "publish their contact details are shown."
    ),
    # The upper secondary network of Skaraborg
    "Nätverket gymnasieskola": "Upper secondary school network",
    "Gymnasiecheferna i Skaraborg arbetar här på uppdrag av skolchefsnätverket, med fokus "
    "på elever som ännu inte är behöriga till ett nationellt program.": (
        "The heads of upper secondary education in Skaraborg work here on behalf of the "
        "school directors' network, focusing on students not yet eligible for a national "
        "programme."
    ),
    "Här möts gymnasiecheferna från kommunerna och en processledare från "
    "kommunalförbundet. Nätverket är ett av skolchefsnätverkets professionsnätverk och "
    "redovisar sitt arbete dit.": (
        "The municipalities' heads of upper secondary education meet here with a process "
        "lead from the federation. The network is one of the professional networks of the "
        "school directors' network and reports its work to it."
    ),
    "Det är i professionsnätverken som mycket av det praktiska arbetet med strategins två "
    "områden görs.": (
        "Much of the practical work on the strategy's two areas is done in the professional "
        "networks."
    ),
    "Fullföljd utbildning": "Completed education",
    "Fler elever ska gå igenom sin utbildning hela vägen och lämna den med godkända "
    "resultat.": "More students are to complete their education and leave it with passing grades.",
    "Kompetensförsörjning för en arbetsmarknadsregion i balans": (
        "Skills supply for a labour market region in balance"
    ),
    "Utbildningarna ska ge arbetsmarknaden i Skaraborg den kompetens den behöver, både på "
    "bred front och i specialiserade yrken.": (
        "Education is to give Skaraborg's labour market the skills it needs, both broadly and "
        "in specialised occupations."
    ),
    "Stärka samarbetet mellan Skaraborgs gymnasieskolor om elever som ännu inte är "
    "behöriga, med gymnasieavtalet som grund och med särskild blick på "
    "introduktionsprogrammen IMV och IMY.": (
        "Strengthen the cooperation between Skaraborg's upper secondary schools on students "
        "who are not yet eligible, based on the upper secondary agreement and with particular "
        "attention to the introductory programmes IMV and IMY."
    ),
    "Samarbeta med IM-nätverket, Vux-nätverket och andra nätverk som berörs, så att elever "
    "utan behörighet får ett bredare utbud att välja bland.": (
        "Work with the IM network, the adult education network and other networks concerned, "
        "so that students without eligibility have a wider range of options."
    ),
    "Arrangera ett möte för gymnasierektorerna varje år, som en del av arbetet med de två "
    "första uppdragen.": (
        "Arrange a meeting for upper secondary principals every year, as part of the work on "
        "the first two assignments."
    ),
    "Värd för kommande möte": "Host of the next meeting",
    "Skriver dagordningen, förbereder innehållet med de andra i gruppen och bjuder in till "
    "mötet.": (
        "Writes the agenda, prepares the content with the rest of the group and invites to the "
        "meeting."
    ),
    "Skol- och utbildningschef": "School and education director",
    "Är nätverkets länk till skolchefsgruppen och rapporterar i båda riktningarna. Gör "
    "varje år en översyn av uppdragen och håller koll på hur arbetet går. Ser till att "
    "medlemslistan och årets mötesdatum finns hos utbildning@skaraborg.example.org.": (
        "Is the network's link to the school directors' group and reports in both "
        "directions. Reviews the assignments every year and follows how the work is going. "
        "Makes sure the list of members and the year's meeting dates are sent to "
        "utbildning@skaraborg.example.org."
    ),
    "Sekreterare": "Secretary",
    "Den som är värd för nästa möte för minnesanteckningar och skickar dem till "
    "utbildning@skaraborg.example.org för publicering.": (
        "The host of the next meeting takes the minutes and sends them to "
        "utbildning@skaraborg.example.org for publication."
    ),
    "Nätverket träffas minst fyra gånger om året, och alltid på en fredag. Vid varje träff "
    "förs minnesanteckningar, som publiceras här.": (
        "The network meets at least four times a year, always on a Friday. Minutes are taken "
        "at every meeting and published here."
    ),
    # Minutes of 9 October 2026
    "Minnesanteckningar 9 oktober 2026": "Minutes 9 October 2026",
    "Viktor Boman hälsade välkommen till Lidköping. Amanda Hellström, som är värd för nästa "
    "möte, förde minnesanteckningar.": (
        "Viktor Boman welcomed everyone to Lidköping. Amanda Hellström, host of the next "
        "meeting, took the minutes."
    ),
    "Uppdrag": "Assignments",
    "Samverkan kring obehöriga elever på IMV och IMY": (
        "Cooperation on students not yet eligible in IMV and IMY"
    ),
    "Skolorna har olika sätt att organisera yrkesintroduktion och individuellt alternativ. "
    "En gemensam bild behövs innan nätverket kan föreslå ändringar i gymnasieavtalet.": (
        "The schools organise the vocational introduction and the individual alternative in "
        "different ways. A shared picture is needed before the network can propose changes to "
        "the upper secondary agreement."
    ),
    "att varje kommun till nästa möte redovisar antalet elever på IMV och IMY och hur "
    "utbildningen är organiserad": (
        "that each municipality reports, by the next meeting, the number of students in IMV "
        "and IMY and how their education is organised"
    ),
    "Samarbete med IM-nätverket och Vux-nätverket": (
        "Cooperation with the IM network and the adult education network"
    ),
    "Flera elever på introduktionsprogrammen är över 18 år och skulle kunna studera vidare "
    "inom vuxenutbildningen. Nätverken vill pröva gemensamma vägar mellan gymnasieskolan "
    "och komvux.": (
        "Several students in the introductory programmes are over 18 and could continue in "
        "adult education. The networks want to try shared paths between upper secondary "
        "school and municipal adult education."
    ),
    "Ett gemensamt möte med IM-nätverket planeras till februari 2027.": (
        "A joint meeting with the IM network is planned for February 2027."
    ),
    "Gymnasierektorsmöte 2027": "Upper secondary principals' meeting 2027",
    "att gymnasierektorsmötet 2027 hålls i Skövde i samband med nätverkets träff den 23 april": (
        "that the 2027 meeting of upper secondary principals is held in Skövde together with "
        "the network's meeting on 23 April"
    ),
    "Övrigt": "Other business",
    "Nästa möte": "Next meeting",
    "Nästa möte hålls den 4 december i Falköping.": (
        "The next meeting is held on 4 December in Falköping."
    ),
    "Mötet avslutades.": "The meeting was closed.",
    # The Västerbotten conference of March 2027
    "Skolchefskonferens 11 mars 2027": "School directors' conference 11 March 2027",
    "Region Västerbottens lokaler, Umeå": "Region Västerbotten's offices, Umeå",
    "Skolchefer i Västerbottens kommuner": "School directors of the municipalities of Västerbotten",
    "Vårens konferens handlar om kompetensförsörjning i skolan och om hur fler elever ska "
    "fullfölja sin utbildning. Anmäl dig senast den 25 februari.": (
        "The spring conference is about skills supply in schools and about how more students "
        "can complete their education. Register by 25 February."
    ),
    "Välkommen": "Welcome",
    "Lärarförsörjningen i länet fram till 2035": "Teacher supply in the county up to 2035",
    "Fullföljd utbildning – vad fungerar?": "Completed education – what works?",
    # Job titles of the people these pages name
    "Webbredaktör": "Web editor",
    "Utvecklingsledare": "Development lead",
    "Enhetschef Näringsliv och utbildning": "Head of Business and Education",
    "Gymnasiechef": "Head of upper secondary education",
}


ENGLISH.update(STANDARD_PAGES_ENGLISH)


def ensure_locale_synchronisation(swedish, english):
    """English mirrors the Swedish tree: pages not yet translated appear as aliases."""
    LocaleSynchronization.objects.get_or_create(locale=english, defaults={"sync_from": swedish})
    synchronize_tree(swedish, english)


def translate_page(page, locale, texts):
    """Translate and publish ``page`` and the snippets it refers to, from ``texts``.

    Strings missing from ``texts`` keep the source text. Publishing happens when the
    transaction commits, as wagtail-localize defers it.
    """
    creator = TranslationCreator(user=None, target_locales=[locale])
    creator.create_translations(page)
    # The creator maps each source it made, the related snippets before the page.
    for source, translations in creator.mappings.items():
        for segment in source.stringsegment_set.select_related("string", "context"):
            text = texts.get(segment.string.data)
            if text is not None:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text},
                )
        for translation in translations:
            translation.save_target(publish=True)
    return page.get_translation(locale).specific


def ensure_english_pages(report, home, paths=TRANSLATED_PAGES):
    swedish = home.locale
    english = Locale.objects.get(language_code="en")
    ensure_locale_synchronisation(swedish, english)
    for path in paths:
        page = Page.objects.get(url_path=f"{home.url_path}{path}", locale=swedish).specific
        existing = page.get_translation_or_none(english)
        if existing is not None and not existing.alias_of_id:
            report.present(existing.specific, f"{existing.title} (en)")
            continue
        translated = translate_page(page, english, ENGLISH)
        report.created(translated, f"{translated.title} ({translated.url})")
