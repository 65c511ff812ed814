"""What the public may see in feeds, calendars, sitemaps and registers."""

from core.text_language import with_own_text


def published(queryset):
    """Live pages without view restrictions, leaving out those whose text is not their own.

    An alias, or a translation not yet approved, shows another language's text, so it never
    counts as content of its own.
    """
    return with_own_text(queryset.live().public())
