"""Judged queries for comparing the doors of the search, by language and kind of compound.

Used by ``bench/bench_search_relevance.py``, not by the tests' quality floor: the English
queries of the main set, and Swedish compounds written otherwise than in the minutes —
one word where the text has its parts apart (split), two words where the text has one
compound (join).
"""

from tests.search_relevance.main_queries import QUERIES as MAIN_QUERIES
from tests.search_relevance.model import Query

ENGLISH = tuple(query for query in MAIN_QUERIES if query.language == "en") + (
    Query("principals", {"rel-en-principals": 2}, language="en", kind="english"),
    Query("attendance", {"rel-en-attendance": 2}, language="en", kind="english"),
)

SPLIT = (
    Query("vuxenutbildningsnätverket", {"rel-vuxenutbildning": 2}, kind="split"),
    Query("konferensplaneringen", {"rel-konferensplanering": 2}, kind="split"),
    Query("fritidshemskvaliteten", {"rel-fritidshem": 2}, kind="split"),
    Query("rektorsarbetsmiljön", {"rel-rektorer-arbetsmiljo": 2}, kind="split"),
    Query("skolekonomin", {"rel-skr-ekonomi": 2}, kind="split"),
)

JOIN = (
    Query("samverkans avtal", {"rel-samverkansavtal": 2}, kind="join"),
    Query("kompetens försörjning", {"rel-kompetensforsorjning": 2}, kind="join"),
    Query("lärlings utbildning", {"rel-larlingsutbildning": 2}, kind="join"),
    Query("matematik undervisningen", {"rel-matematik": 2}, kind="join"),
    Query("digitaliserings gruppen", {"rel-arbetsgrupp-digitalisering": 2}, kind="join"),
)

QUERIES = {
    "sv": tuple(query for query in MAIN_QUERIES if query.language == "sv"),
    "en": ENGLISH,
    "split": SPLIT,
    "join": JOIN,
}
