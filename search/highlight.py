"""Result snippets with the words that matched a query marked."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import analyse, analyse_with_spans


def highlight(text, query, language="sv", max_length=300):
    """Return an escaped excerpt of ``text`` around the first match, matches in ``<mark>``."""
    wanted = set(analyse(query, language))
    spans = [
        (start, end) for start, end, term in analyse_with_spans(text, language) if term in wanted
    ]
    begin = max(spans[0][0] - max_length // 3, 0) if spans else 0
    end = begin + max_length
    parts, cursor = [], begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark>{escape(text[start:stop])}</mark>")
        cursor = stop
    parts.append(escape(text[cursor:end]))
    prefix = "… " if begin else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part is escaped
