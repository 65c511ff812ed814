"""Judged queries over the held-out minutes, typed the way visitors type them."""

from tests.search_relevance.model import Query

QUERIES = (
    Query("lovskola", {"ho-sommarskola": 2}),
    Query("sommarskolor", {"ho-sommarskola": 2}),
    Query("skolskoterska", {"ho-elevhalsa": 2}),
    Query("skolpsykolog rekrytering", {"ho-elevhalsa": 2}),
    Query("journalsystemet", {"ho-elevhalsa": 2}),
    Query("skolvalet förskoleklass", {"ho-skolval": 2}),
    Query("placeringsregler", {"ho-skolval": 2}),
    Query("antagning gymnasiet", {"ho-gymnasieantagning": 2}),
    Query("naturvetenskapsprogrammet", {"ho-gymnasieantagning": 2}),
    Query("vård och omsorgsprogrammet", {"ho-gymnasieantagning": 2}),
    Query("förskollärarnas kompetensutveckling", {"ho-kompetensutveckling": 2}),
    Query("skolmaltider", {"ho-skolmat": 2}),
    Query("livsmedelsupphandling", {"ho-skolmat": 2}),
    Query("sfi väntetider", {"ho-sfi": 2}),
    Query("distansundervisning", {"ho-sfi": 2}),
    Query("skolbibliotekarie", {"ho-skolbibliotek": 2}),
    Query("statsbidrag lärarlöner", {"ho-larlonelyft": 2}),
    Query("skolplikten", {"ho-skolplikt": 2}),
    Query("socialtjansten", {"ho-skolplikt": 2}),
    Query(
        "Tomas Herrera",
        {"ho-sommarskola": 2, "ho-skolval": 2, "ho-skolmat": 2, "ho-larlonelyft": 2},
    ),
)
