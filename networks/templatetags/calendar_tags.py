from django import template
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl

register = template.Library()


@register.simple_tag(takes_context=True)
def calendarfileurl(context, page, url_name, *args):
    """The URL of an ``.ics`` route, which is served without the trailing slash of pages.

    Wagtail hands routes a path ending in a slash, so the route patterns carry one that
    the file's address leaves out (see ``config.urls``).
    """
    return routablepageurl(context, page, url_name, *args).removesuffix("/")
