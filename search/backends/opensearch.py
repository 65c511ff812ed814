"""Wagtail's OpenSearch 2 and 3 backends with the Swedish analysis of ``index_settings``.

Use as ``"BACKEND": "search.backends.opensearch.OpenSearch3SearchBackend"``, or
``OpenSearch2SearchBackend``; ``search.backends.config`` does so for an OpenSearch URL.
"""

from modelsearch.backends import opensearch2, opensearch3

from search.backends.elasticsearch import swedish_backend

OpenSearch3SearchBackend = swedish_backend(opensearch3, "OpenSearch3")
OpenSearch2SearchBackend = swedish_backend(opensearch2, "OpenSearch2")
