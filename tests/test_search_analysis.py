"""The Swedish and English text analysis every search backend shares."""

import pytest
from django.urls import reverse

from search.models import Synonym
from search.synonyms import analysed_query, analysed_terms
from search.text.analysis import analyse, term_matches
from search.text.highlight import highlight

# Queries are expanded with the synonyms editors keep in the database.
pytestmark = pytest.mark.django_db


def shares_a_term(text, query, language="sv"):
    indexed = set(analyse(text, language))
    return all(
        any(
            all(any(term_matches(i, wanted) for i in indexed) for wanted in alternative)
            for alternative in clause.alternatives
        )
        for clause in analysed_query(query, language)
    )


@pytest.mark.parametrize("form", ["skolchef", "skolchefer", "skolchefernas", "skolchefen"])
def test_inflections_of_skolchef_share_one_term(form):
    assert analyse(form)[0] == "skolchef"


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("gymnasieskola", "gymnasieskolan"),
        ("gymnasieskolan", "gymnasieskola"),
        ("förskola", "förskolan"),
        ("förskolan", "forskola"),
        ("Förskolorna", "forskolor"),
        ("rektorn", "rektorer"),
        ("rektor", "rektorn"),
        ("nätverket", "natverk"),
        ("mötet", "möten"),
        ("protokollet", "protokoll"),
        ("introduktionsprogrammen", "introduktionsprogram"),
    ],
)
def test_a_query_finds_other_forms_of_its_word_with_or_without_accents(text, query):
    assert shares_a_term(text, query)


@pytest.mark.parametrize("query", ["skolchef", "nätverk", "natverket", "skolchefsnätverk"])
def test_a_compound_is_found_by_its_parts(query):
    assert shares_a_term("Skolchefsnätverket sammanträdde", query)


def test_a_compound_query_finds_its_parts_written_apart():
    assert shares_a_term("nätverket för skolchefer", "skolchefsnätverket")
    assert shares_a_term("processen för dimensionering", "dimensioneringsprocessen")


@pytest.mark.parametrize(
    "word", ["vuxenutbildning", "dimensioneringsprocessen", "lärlingsutbildningen"]
)
def test_domain_compounds_are_split(word):
    terms = analyse(word)
    assert len(terms) > 1
    assert any(t.startswith("utbildning") or t.startswith("proc") for t in terms[1:])


def test_a_short_word_is_not_split_into_nonsense():
    assert analyse("förskola") == ["forskol"]


def test_stop_words_are_dropped():
    assert analyse("beslut om att det ska") == ["beslut", "ska"]
    assert analyse("the decisions of the network", "en") == ["decis", "network"]


def test_english_is_stemmed_with_the_english_stemmer():
    assert shares_a_term("The principals met", "principal", "en")
    assert shares_a_term("decisions on networks", "decision network", "en")
    assert analyse("meetings", "en") == ["meet"]


def test_short_stems_are_not_matched_as_prefixes():
    prefixes = {t.text: t.prefix for t in analysed_terms("IM skolchef")}
    assert prefixes == {"im": False, "skolchef": True, "introduktionsprogram": True}


def test_quoted_words_are_a_phrase():
    clauses = analysed_query('"förskolans budget" rektor')
    assert clauses[0].phrase
    assert [t.text for t in clauses[0].terms] == ["forskol", "budget"]
    assert not clauses[1].phrase


@pytest.mark.parametrize(
    "query", ['"obalanserat', "\x00nul", "a" * 5000, " ".join(["ord"] * 1000), "AND OR NOT *"]
)
def test_hostile_queries_parse_into_a_bounded_query(query):
    clauses = analysed_query(query)
    assert len(clauses) <= 32
    for t in analysed_terms(query):
        assert t.text.isalnum()


def test_seeded_synonyms_expand_a_query():
    assert shares_a_term("Sveriges Kommuner och Regioner bjöd in", "SKR")
    assert shares_a_term("SKR bjöd in", "Sveriges Kommuner och Regioner")
    assert shares_a_term("verksamhetsförlagd utbildning", "vfu")
    assert shares_a_term("platser på introduktionsprogrammen", "IM")
    assert shares_a_term("kommunal vuxenutbildning", "komvux")


def test_a_synonym_an_editor_adds_is_used_at_once():
    assert not shares_a_term("digitala nationella prov", "DNP")
    Synonym.objects.create(language="sv", terms="DNP, digitala nationella prov")
    assert shares_a_term("digitala nationella prov", "DNP")


def test_highlight_marks_stemmed_folded_and_compound_matches():
    text = "Förskolorna och skolchefsnätverket diskuterade <budget>."
    marked = highlight(text, "forskola nätverk budget")
    assert "<mark>Förskolorna</mark>" in marked
    assert "<mark>skolchefsnätverket</mark>" in marked
    assert "&lt;<mark>budget</mark>&gt;" in marked


def test_highlight_centres_the_excerpt_on_the_matches():
    text = "Inledning. " * 100 + "Beslut om lärlingsutbildning." + " Övrigt." * 100
    marked = highlight(text, "lärlingsutbildningen", max_length=120)
    assert "<mark>lärlingsutbildning</mark>" in marked
    assert marked.startswith("…") and marked.endswith("…")
    assert len(marked) < 220


def test_editors_keep_synonyms_in_the_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    add_url = reverse("wagtailsnippets_search_synonym:add")
    response = client.post(add_url, {"language": "sv", "terms": "LSS"})
    assert response.status_code == 200
    assert response.context["form"].errors["terms"]
    assert not Synonym.objects.filter(terms="LSS").exists()

    response = client.post(
        add_url, {"language": "sv", "terms": " LSS ,  lagen om stöd och service "}
    )
    assert response.status_code == 302
    assert Synonym.objects.filter(terms="LSS, lagen om stöd och service").exists()
    assert shares_a_term("insatser enligt lagen om stöd och service", "LSS")
    listing = client.get(reverse("wagtailsnippets_search_synonym:list"))
    assert "LSS, lagen om stöd och service" in listing.text
