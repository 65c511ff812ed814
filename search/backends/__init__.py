"""Search backends that apply the Swedish and English text analysis of ``search.text.analysis``.

``search.backends.database`` picks the SQLite or PostgreSQL subclass for the database in use;
``search.backends.elasticsearch`` and ``search.backends.opensearch`` configure the
Elasticsearch and OpenSearch backends with index settings that analyse text the same way.
"""
