"""Elasticsearch and OpenSearch index settings that analyse text as ``search.text.analysis`` does.

Stop words, then the domain's compounds split into their parts (in the text and in the
query, so a compound finds its parts written apart), then the Snowball stemmer, then å, ä, ö
folded — folding after stemming, as the Swedish stemmer needs the accents. The
synonyms editors keep are expanded at query time. Autocomplete folds accents on both sides,
where the stock settings fold only what they index ("försk" missed "förskola").

Elasticsearch analyses every document of an index with the same analyzer, so English pages
are analysed as Swedish there; the database backends choose by the page's language.
"""

from django.db import DatabaseError

from search.models import Synonym
from search.text.analysis import fold
from search.text.vocabulary import COMPOUND_PARTS, SWEDISH_STOP_WORDS

AUTOCOMPLETE_MAPPING = {
    "analyzer": "edgengram_analyzer",
    "search_analyzer": "autocomplete_search",
}


def synonym_rules():
    """The editors' Swedish synonym groups as Solr rules: "skr, sveriges kommuner och regioner"."""
    try:
        groups = list(Synonym.objects.filter(language="sv").values_list("terms", flat=True))
    except DatabaseError:
        return []
    rules = []
    for terms in groups:
        alternatives = [
            " ".join(term.lower().replace("-", " ").split()) for term in terms.split(",")
        ]
        alternatives = [alternative for alternative in alternatives if alternative]
        if len(alternatives) > 1:
            rules.append(", ".join(alternatives))
    return rules


def compound_word_list():
    """The domain's compound parts, as written and without accents."""
    words = set()
    for part in COMPOUND_PARTS:
        words.update({part, fold(part)})
    return sorted(words)


def index_settings(synonyms=None):
    """The ``INDEX_SETTINGS`` for Wagtail's Elasticsearch and OpenSearch backends."""
    synonyms = synonym_rules() if synonyms is None else synonyms
    filters = {
        "swedish_stop": {"type": "stop", "stopwords": sorted(SWEDISH_STOP_WORDS)},
        "swedish_decompound": {
            "type": "dictionary_decompounder",
            "word_list": compound_word_list(),
            "min_subword_size": 4,
            "only_longest_match": True,
        },
        "swedish_stemmer": {"type": "stemmer", "language": "swedish"},
        "swedish_synonyms": {"type": "synonym_graph", "synonyms": synonyms, "lenient": True},
    }
    index_filters = ["lowercase", "swedish_stop", "swedish_decompound", "swedish_stemmer"]
    # A query's compound also finds the text that writes its parts apart, as on the
    # database backends; split after the synonyms, whose rules the filters before them parse.
    search_filters = ["lowercase", "swedish_stop", "swedish_decompound", "swedish_stemmer"]
    if synonyms:
        search_filters.insert(1, "swedish_synonyms")
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*index_filters, "asciifolding"],
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*search_filters, "asciifolding"],
                    },
                    "autocomplete_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
            }
        }
    }


def with_index_settings(params):
    """Backend params with the Swedish analysis, under any ``INDEX_SETTINGS`` of their own."""
    from modelsearch.utils import deep_update

    settings = deep_update(index_settings(), params.get("INDEX_SETTINGS", {}))
    return {**params, "INDEX_SETTINGS": settings}
