"""The project's calls into private APIs of Wagtail, treebeard, modelsearch, wagtail-localize,
django-csp and Django, each in a module named for what it adapts.

Each function says which private API it relies on and why the public one does not serve;
tests/test_wagtail_internals.py checks each against the library's own behaviour, so that an
upgrade that changes one fails there rather than somewhere downstream.
"""
