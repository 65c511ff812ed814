"""Wagtail's Elasticsearch 8 and 9 backends with the Swedish analysis of ``index_settings``.

Use as ``"BACKEND": "search.backends.elasticsearch.Elasticsearch9SearchBackend"``, or
``Elasticsearch8SearchBackend``;
``search.backends.config`` does so when ``SEARCH_URL`` is set.
"""

from modelsearch.backends import elasticsearch8, elasticsearch9

from search.backends.index_settings import AUTOCOMPLETE_MAPPING, with_index_settings


def swedish_backend(module, prefix):
    """A subclass of ``module``'s backend whose mapping and settings analyse Swedish."""
    mapping = type(
        f"Swedish{prefix}Mapping",
        (getattr(module, f"{prefix}Mapping"),),
        {"edgengram_analyzer_config": AUTOCOMPLETE_MAPPING},
    )
    compiler = type(
        f"Swedish{prefix}SearchQueryCompiler",
        (getattr(module, f"{prefix}SearchQueryCompiler"),),
        {"mapping_class": mapping},
    )
    autocomplete = type(
        f"Swedish{prefix}AutocompleteQueryCompiler",
        (getattr(module, f"{prefix}AutocompleteQueryCompiler"),),
        {"mapping_class": mapping},
    )
    base = getattr(module, f"{prefix}SearchBackend")

    def __init__(self, params):  # the backend's constructor
        base.__init__(self, with_index_settings(params))

    return type(
        f"Swedish{prefix}SearchBackend",
        (base,),
        {
            "mapping_class": mapping,
            "query_compiler_class": compiler,
            "autocomplete_query_compiler_class": autocomplete,
            "__init__": __init__,
            "__module__": __name__,
        },
    )


Elasticsearch9SearchBackend = swedish_backend(elasticsearch9, "Elasticsearch9")
Elasticsearch8SearchBackend = swedish_backend(elasticsearch8, "Elasticsearch8")
