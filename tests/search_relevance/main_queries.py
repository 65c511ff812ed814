"""The judged queries of the main set: 2 = the page asked for, 1 = a page about it too."""

from tests.search_relevance.model import Query

QUERIES = (
    # Inflections
    Query("skolchefens ansvar", {"rel-skolchefer-kvalitet": 2}, kind="inflection"),
    Query("kvalitetsrapport", {"rel-skolchefer-kvalitet": 2}, kind="inflection"),
    Query("rektorernas arbetsmiljö", {"rel-rektorer-arbetsmiljo": 2}, kind="inflection"),
    Query("rektorn administration", {"rel-rektorer-arbetsmiljo": 2}, kind="inflection"),
    Query("barngrupperna", {"rel-forskola-barngrupper": 2}, kind="inflection"),
    Query("fritidshemmet", {"rel-fritidshem": 2}, kind="inflection"),
    Query("ordningsreglerna", {"rel-trygghet-studiero": 2}, kind="inflection"),
    Query("lärlingarna", {"rel-larlingsutbildning": 2}, kind="inflection"),
    Query("övergång introduktionsprogram", {"rel-introduktionsprogram": 2}, kind="inflection"),
    Query("budgetarna", {"rel-budget-2025": 2, "rel-skr-ekonomi": 1}, kind="inflection"),
    # Compounds
    Query("lärarförsörjning", {"rel-kompetensforsorjning": 2}, kind="compound"),
    Query("försörjning av lärare", {"rel-kompetensforsorjning": 2}, kind="compound"),
    Query("dimensioneringsprocessen", {"rel-dimensionering": 2}, kind="compound"),
    Query("yrkesprogram", {"rel-dimensionering": 2}, kind="compound"),
    Query("avtal om samverkan", {"rel-samverkansavtal": 2}, kind="compound"),
    Query("arbetsgrupp digitalisering", {"rel-arbetsgrupp-digitalisering": 2}, kind="compound"),
    Query("skolskjutsupphandling", {"rel-skolskjuts": 2}, kind="compound"),
    Query("handledarutbildning", {"rel-larlingsutbildning": 2}, kind="compound"),
    # Without å, ä, ö
    Query("forskolans laroplan", {"rel-forskola-barngrupper": 2}, kind="folding"),
    Query("lonekartlaggning", {"rel-lonekartlaggning": 2}, kind="folding"),
    Query("franvaro", {"rel-franvaro": 2}, kind="folding"),
    Query("nyanlanda", {"rel-nyanlanda": 2}, kind="folding"),
    Query("studiehandledning modersmal", {"rel-nyanlanda": 2}, kind="folding"),
    Query("behoriga larare", {"rel-kompetensforsorjning": 2}, kind="folding"),
    # Phrases
    Query('"anpassad gymnasieskola"', {"rel-anpassad-gymnasieskola": 2}, kind="phrase"),
    Query('"digitala nationella prov"', {"rel-digitala-prov": 2}, kind="phrase"),
    Query('"interkommunal ersättning"', {"rel-samverkansavtal": 2}, kind="phrase"),
    Query('"praktiknära forskning"', {"rel-ulf": 2}, kind="phrase"),
    # Names
    Query(
        "Dennis Pavlovic",
        {
            "rel-skolchefer-kvalitet": 2,
            "rel-dimensionering": 2,
            "rel-skr-ekonomi": 2,
            "rel-skolskjuts": 2,
            "rel-nyanlanda": 2,
            "rel-konferensplanering": 2,
            "rel-arbetsgrupp-digitalisering": 2,
        },
        kind="name",
    ),
    Query(
        "Karin Åberg",
        {
            "rel-forskola-barngrupper": 2,
            "rel-introduktionsprogram": 2,
            "rel-rektorer-arbetsmiljo": 2,
            "rel-franvaro": 2,
            "rel-anpassad-gymnasieskola": 2,
            "rel-fritidshem": 2,
        },
        kind="name",
    ),
    Query(
        "Henrik Strom",
        {
            "rel-dimensionering": 2,
            "rel-introduktionsprogram": 2,
            "rel-kompetensforsorjning": 2,
            "rel-larlingsutbildning": 2,
        },
        kind="name",
    ),
    # Synonyms and abbreviations
    Query(
        "VFU",
        {"rel-vfu": 2, "skolchefskonferens-2023-11-16": 2, "internat-2023": 1},
        kind="synonym",
    ),
    Query("SKR ekonomi", {"rel-skr-ekonomi": 2}, kind="synonym"),
    Query(
        "komvux",
        {
            "rel-vuxenutbildning": 2,
            "skolchefs-och-presidiekonferens-lycksele-2023": 2,
            "minnesanteckningar-2026-10-09": 1,
            "minnesanteckningar-2025-05-16": 1,
            "ho-sfi": 1,
        },
        kind="synonym",
    ),
    Query("IM elever", {"rel-introduktionsprogram": 2}, kind="synonym"),
    Query("SYV", {"rel-studie-yrkesvagledning": 2}, kind="synonym"),
    Query("gymnasiesärskola", {"rel-anpassad-gymnasieskola": 2}, kind="synonym"),
    Query("utveckling lärande forskning", {"rel-ulf": 2}, kind="synonym"),
    # Only in an attachment
    Query("provplattformen", {"rel-digitala-prov": 2}, kind="attachment"),
    Query("lärarlegitimation", {"rel-kompetensforsorjning": 2}, kind="attachment"),
    Query("fritidspedagoger", {"rel-fritidshem": 2}, kind="attachment"),
    Query("lokalförsörjning", {"rel-dimensionering": 2}, kind="attachment"),
    Query("programpeng", {"rel-samverkansavtal": 2}, kind="attachment"),
    # Decisions and agenda headings
    Query("inventera elevdatorer", {"rel-digitala-prov": 2}, kind="decision"),
    Query("planeringsmall", {"rel-fritidshem": 2}, kind="decision"),
    # English
    Query("principal workload", {"rel-en-principals": 2}, language="en", kind="english"),
    Query(
        "adult education",
        {"rel-en-adult-education": 2, "minutes-2026-10-09": 1, "upper-secondary-network": 1},
        language="en",
        kind="english",
    ),
    Query(
        "vocational programme",
        {"rel-en-upper-secondary": 2, "minutes-2026-10-09": 1},
        language="en",
        kind="english",
    ),
    Query("absences", {"rel-en-attendance": 2}, language="en", kind="english"),
    Query("forecast", {"rel-en-upper-secondary": 2}, language="en", kind="english"),
)
