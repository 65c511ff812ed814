"""Foreign HTML made safe and reduced to what Wagtail's rich text of this site holds."""

import html
import re

import nh3

# The database form of the site's rich text features (core.blocks.RICH_TEXT_FEATURES).
ALLOWED_TAGS = {"p", "h2", "h3", "b", "i", "ol", "ul", "li", "a", "br"}
RENAMED_TAGS = {
    "h1": "h2",
    "h4": "h3",
    "h5": "h3",
    "h6": "h3",
    "strong": "b",
    "em": "i",
}
OPENING_TAG = re.compile(r"<(/?)(h1|h4|h5|h6|strong|em)\b", re.IGNORECASE)
LINK = re.compile(r'<a href="([^"]*)">')
BLOCK_END = re.compile(r"</(p|h2|h3|li|div|tr|h1|h4|h5|h6)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]+>")


def clean_html(source):
    """Only the allowed tags and safe links; scripts and styles go with their content."""
    renamed = OPENING_TAG.sub(
        lambda match: f"<{match[1]}{RENAMED_TAGS[match[2].lower()]}", source or ""
    )
    return nh3.clean(
        renamed,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
        strip_comments=True,
    ).strip()


def rewrite_links(cleaned, resolve):
    """Links to imported items as Wagtail's page or document links.

    ``resolve(href)`` returns ``("page", id)``, ``("document", id)`` or None to keep the
    link as written.
    """

    def replace(match):
        target = resolve(html.unescape(match[1]))
        if target is None:
            return match[0]
        linktype, pk = target
        return f'<a linktype="{linktype}" id="{pk}">'

    return LINK.sub(replace, cleaned)


def html_to_text(source):
    """Plain text of HTML, a line per paragraph, for the minutes parser."""
    text = BLOCK_END.sub("\n", clean_html(source))
    return html.unescape(TAG.sub("", text))
