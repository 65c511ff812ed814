"""What the public may see in feeds, calendars, sitemaps and registers."""


def published(queryset):
    """Live pages without view restrictions, leaving out aliases.

    An alias shows another language's content, so it never counts as content of its own.
    """
    return queryset.live().public().filter(alias_of__isnull=True)
