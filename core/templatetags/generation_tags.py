"""The page cache's generation in templates, to key cached fragments by.

A fragment that shows only content (a network's member table, a minutes page's agenda)
is kept with Django's ``{% cache %}`` in the "pages" cache under the generation token, so
that any change to content, which replaces the token, renders it anew::

    {% load cache generation_tags %}
    {% content_generation as generation %}{% fragment_seconds as seconds %}
    {% cache seconds "network-members" page.pk generation request.is_preview using="pages" %}
"""

from django import template
from django.conf import settings

from core.per_generation import generation

register = template.Library()


@register.simple_tag(takes_context=True)
def content_generation(context):
    return generation(context.get("request"))


@register.simple_tag(takes_context=True)
def fragment_seconds(context):
    """How long a fragment is kept: until its generation ends, within this bound.

    A preview shows a draft, which is never kept: 0 stores nothing. Its key names the
    preview too (``request.is_preview``), so that a preview never shows the live fragment.
    """
    request = context.get("request")
    if getattr(request, "is_preview", False):
        return 0
    return settings.FRAGMENT_CACHE_SECONDS
