"""Word lists the text analysis is built from: stop words and the domain's compound parts.

The synonyms every site starts with are seeded by ``search/migrations/0003_default_synonyms``
and maintained by editors as ``Synonym`` snippets.

The compound parts are the site's own vocabulary — the words Swedish education networks
build their compounds from (skolchefsnätverk, gymnasieskola, dimensioneringsprocess). A part
is written in its base form; the analysis stems and folds it the same way as any text.
"""


def word_set(text):
    """The words of a whitespace-separated list, easier to read and extend than a literal."""
    return frozenset(text.split())


SWEDISH_STOP_WORDS = word_set(
    """
    alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din
    dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne
    hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig
    min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin
    sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara
    varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är
    åt över
    """
)

ENGLISH_STOP_WORDS = word_set(
    """
    a about after all also an and any are as at be been but by can could did do does for
    from had has have he her his how i if in into is it its may more most not of on or our
    she should so than that the their them then there these they this those to under up
    was we were what when where which while who will with would you your
    """
)

# Parts Swedish compounds of the domain are made of, none shorter than four letters. A word
# is split when it ends with one of these and what comes before is another of them, or at
# least four letters long; or when it starts with one and goes on with a long word.
COMPOUND_PARTS = word_set(
    # organisation and people
    "nätverk chef skolchef rektor lärare elev student förälder vårdnadshavare huvudman "
    "kommun region förbund förvaltning nämnd styrelse ledning ledare ordförande sekreterare "
    "samordnare utvecklare handläggare kurator specialpedagog pedagog personal medarbetare "
    "grupp arbetsgrupp team "
    # schools and programmes
    "skola förskola grundskola gymnasie gymnasium särskola fritidshem vuxen komvux "
    "utbildning bildning undervisning lärling yrke yrkes program introduktion kurs "
    "examen betyg prov läsår termin "
    # work of a network
    "konferens möte sammanträde protokoll anteckning beslut avtal överenskommelse plan "
    "planering process strategi uppdrag ansvar samverkan samarbete försörjning "
    "dimensionering kompetens utveckling kvalitet uppföljning analys rapport statistik "
    "budget kostnad ersättning finansiering ansökan bidrag förordning skollag upphandling "
    "digital dator verktyg system plattform tjänst service "
    # subjects of the archive
    "mottagande nyanländ språk svenska modersmål matematik läsning "
    "hälsa trygghet närvaro frånvaro studie vägledning praktik arbete arbetsliv "
    "bygg vård omsorg handel teknik natur ekonomi barn ungdom"
)
