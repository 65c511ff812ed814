"""The ``WAGTAILSEARCH_BACKENDS`` entry for the configured search service.

Read by the settings, so it imports nothing from Django or Wagtail.
"""

from urllib.parse import urlsplit

SEARCH_SERVICES = {
    "elasticsearch9": "search.backends.elasticsearch.Elasticsearch9SearchBackend",
    "elasticsearch8": "search.backends.elasticsearch.Elasticsearch8SearchBackend",
    "opensearch": "search.backends.opensearch.OpenSearch3SearchBackend",
    "opensearch3": "search.backends.opensearch.OpenSearch3SearchBackend",
    "opensearch2": "search.backends.opensearch.OpenSearch2SearchBackend",
}


def search_backend(search_url="", service=""):
    """The database backend without a search URL; else Elasticsearch 9 unless told otherwise.

    The service comes from ``service`` (``SEARCH_BACKEND``) or from the URL's scheme, as in
    ``opensearch+https://search.example.org:9200``.
    """
    if not search_url:
        return {"BACKEND": "search.backends.database"}
    parts = urlsplit(search_url)
    scheme_service, _plus, transport = parts.scheme.rpartition("+")
    service = (service or scheme_service or "elasticsearch9").lower()
    if service not in SEARCH_SERVICES:
        known = ", ".join(sorted(SEARCH_SERVICES))
        raise ValueError(f"Unknown search service {service!r}; use one of {known}.")
    url = parts._replace(scheme=transport or "http").geturl()
    return {
        "BACKEND": SEARCH_SERVICES[service],
        "URLS": [url],
        "INDEX_PREFIX": "samverkan_",
        "TIMEOUT": 10,
    }
