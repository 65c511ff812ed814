"""The focus topics of conferences, and their names on English pages.

Topics are tags, shared by a conference page and its translations: wagtail-localize copies
a page's tags to its translation rather than offering them for translation. The topics in
use are few and stable, so their English names are kept here, beside the code that shows
them, rather than in a model of their own with an admin to keep it; the message catalogues
are not the place, since the English catalogue only repeats its (English) source strings.
A topic not named here is shown as the editor wrote it.
"""

ENGLISH_NAMES = {
    "ULF": "ULF (research partnerships)",
    "VFU": "teaching placements",
    "dimensionering": "provision planning",
    "fullföljd utbildning": "completing school",
    "förskola": "preschool",
    "gymnasieskola": "upper secondary school",
    "interkommunal ersättning": "inter-municipal compensation",
    "kompetensförsörjning": "skills supply",
    "komvux": "adult education",
    "kvalitet": "quality",
    "likvärdighet": "equity",
    "lärarförsörjning": "teacher supply",
    "omvärldsbevakning": "horizon scanning",
    "samverkan": "collaboration",
    "skolförfattningar": "school legislation",
    "språkutveckling": "language development",
    "statsbudget": "state budget",
    "säkerhet och krisberedskap": "security and crisis preparedness",
    "trygghet och säkerhet": "safety and security",
}
NAMES = {"en": {swedish.casefold(): english for swedish, english in ENGLISH_NAMES.items()}}


def topic_name(name, language):
    """A topic's name in ``language``, the language of the page's text."""
    return NAMES.get(language, {}).get(name.strip().casefold(), name)
